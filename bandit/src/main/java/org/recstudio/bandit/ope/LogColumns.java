package org.recstudio.bandit.ope;

/**
 * Which columns of a logged-feedback file hold the action, the reward, the logging policy's propensity, the slot
 * position and the time; every other column is context. {@code position} and {@code time} may be absent from the
 * file.
 */
public record LogColumns(String action, String reward, String propensity, String position, String time) {

    public LogColumns {
        if (action == null || reward == null || propensity == null) {
            throw new IllegalArgumentException("the action, reward and propensity columns must be named");
        }
    }

    /** {@code action, reward, propensity, position, timestamp}. */
    public static LogColumns defaults() {
        return new LogColumns("action", "reward", "propensity", "position", "timestamp");
    }

    /** The Open Bandit Dataset's {@code item_id, click, propensity_score, position, timestamp}. */
    public static LogColumns obd() {
        return new LogColumns("item_id", "click", "propensity_score", "position", "timestamp");
    }

    boolean isRole(String column) {
        return column.equals(action) || column.equals(reward) || column.equals(propensity)
                || column.equals(position) || column.equals(time);
    }
}
