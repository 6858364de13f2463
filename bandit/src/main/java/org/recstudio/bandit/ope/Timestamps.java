package org.recstudio.bandit.ope;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses log timestamps: epoch milliseconds, ISO-8601 with or without offset (UTC assumed), and the Open Bandit
 * Dataset's {@code 2019-11-24 00:01:03.979311+00:00} (space separator, microseconds, {@code +hh:mm}).
 */
final class Timestamps {

    private Timestamps() {
    }

    /** Epoch milliseconds, or {@link Long#MIN_VALUE} when {@code s} is not a timestamp. */
    static long parse(String s) {
        if (s.matches("-?\\d{1,19}")) {
            return Long.parseLong(s);
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e2) {
                return Long.MIN_VALUE;
            }
        }
    }
}
