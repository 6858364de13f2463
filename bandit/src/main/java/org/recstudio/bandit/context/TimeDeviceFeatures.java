package org.recstudio.bandit.context;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Request features: the hour of day on the unit circle (sin, cos — so 23:00 is next to 00:00), a weekend flag in
 * the given time zone, and a one-hot of the device over a fixed vocabulary plus "other".
 */
public final class TimeDeviceFeatures implements RequestFeatures {

    private final ZoneId zone;
    private final CategoricalEncoder devices;

    public TimeDeviceFeatures(ZoneId zone, List<String> devices) {
        this.zone = zone;
        this.devices = CategoricalEncoder.of(devices);
    }

    /** UTC with the devices mobile, desktop and tablet. */
    public static TimeDeviceFeatures defaults() {
        return new TimeDeviceFeatures(ZoneId.of("UTC"), List.of("mobile", "desktop", "tablet"));
    }

    @Override public int dimension() {
        return 3 + devices.dimension();
    }

    @Override public void write(RequestContext request, double[] out, int offset) {
        ZonedDateTime t = Instant.ofEpochMilli(request.time()).atZone(zone);
        double hour = t.getHour() + t.getMinute() / 60.0;
        out[offset] = Math.sin(2 * Math.PI * hour / 24);
        out[offset + 1] = Math.cos(2 * Math.PI * hour / 24);
        out[offset + 2] = t.getDayOfWeek().getValue() >= 6 ? 1.0 : 0.0;
        devices.write(request.device() == null ? null : request.device().toLowerCase(java.util.Locale.ROOT), out,
                offset + 3);
    }
}
