package org.recstudio.bandit.context;

/**
 * What is known about one request besides user and item: when (epoch milliseconds) and on which device
 * (free text such as {@code mobile}; null when unknown).
 */
public record RequestContext(long time, String device) {

    /** A request at {@code time} on an unknown device. */
    public static RequestContext at(long time) {
        return new RequestContext(time, null);
    }
}
