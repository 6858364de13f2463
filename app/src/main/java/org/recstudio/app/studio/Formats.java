package org.recstudio.app.studio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the studio writes numbers, shares and times: one place, so every screen says things the same way. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** 1234567 → "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 1234 → "1.2k", 2500000 → "2.5M"; below 1000 the number itself. */
    public static String compact(double n) {
        double a = Math.abs(n);
        if (a >= 1e9) {
            return trim(n / 1e9) + "B";
        }
        if (a >= 1e6) {
            return trim(n / 1e6) + "M";
        }
        if (a >= 1e3) {
            return trim(n / 1e3) + "k";
        }
        return trim(n);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, Math.abs(v) >= 100 || v == Math.rint(v) ? "%.0f" : "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A size in bytes: "812 B", "4.2 kB", "17 MB", "1.3 GB" (powers of 1000). */
    public static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return trim(v) + " " + units[u];
    }

    /** 0.12345 → "12.3%"; fractions very close to 0 or 1 keep more digits ("99.87%"). */
    public static String percent(double fraction) {
        double p = fraction * 100;
        String pattern = p > 99 && p < 100 || p > 0 && p < 1 ? "%.2f%%" : "%.1f%%";
        return String.format(Locale.ROOT, pattern, p);
    }

    /** A decimal with up to {@code digits} digits after the point, trailing zeros dropped. */
    public static String decimal(double v, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s;
    }

    /** An epoch-millisecond time as "2024-03-01 14:05" (UTC), or "—" when unknown. */
    public static String time(long epochMillis) {
        return epochMillis == Long.MIN_VALUE ? "\u2014"
                : DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
    }

    /** An instant as "2024-03-01" (UTC), or "—" when null. */
    public static String date(Instant instant) {
        return instant == null ? "\u2014" : DATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A date as "2024-03-01". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A date as "Mar 2024". */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }
}
