package org.recstudio.engine.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The timestamp parser for real data files, giving epoch milliseconds (UTC): epoch seconds, millis, micros or
 * nanos (the unit chosen per column by magnitude), ISO instants, date-times and dates (with {@code T} or a
 * space, optional fraction and offset, e.g. Open Bandit's {@code 2019-11-24 00:03:13.442536+00:00}), Amazon's
 * {@code 06 17, 2018} and MovieLens' {@code 01-Jan-1995}.
 *
 * <p>Parsing never throws: {@link #INVALID} means "not a timestamp of this kind".
 */
public final class Timestamps {

    /** What {@link #parse} returns for text that is not a timestamp of the given kind. */
    public static final long INVALID = Long.MIN_VALUE;
    /** 1970-01-01, the earliest interaction time accepted. */
    public static final long MIN_INTERACTION_MILLIS = 0;

    private static final DateTimeFormatter MONTH_DAY_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M d, uuuu").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MON_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH);

    /** The format of one timestamp column. */
    public enum Kind {
        EPOCH_SECONDS, EPOCH_MILLIS, EPOCH_MICROS, EPOCH_NANOS, ISO, MONTH_DAY_YEAR, DAY_MON_YEAR
    }

    private Timestamps() {
    }

    /**
     * The kind of the non-empty {@code samples}: epoch numbers when at least 90% are integers (the unit from the
     * largest: below 1e11 seconds, 1e14 millis, 1e17 micros, else nanos), else the date format that parses the
     * most of them, if at least half; null when none does.
     */
    public static Kind detect(List<String> samples) {
        List<String> values = samples.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            return null;
        }
        long max = 0;
        int numeric = 0;
        for (String v : values) {
            long n = Numbers.parseLong(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v, INVALID);
            if (n != INVALID) {
                numeric++;
                max = Math.max(max, Math.abs(n));
            }
        }
        if (numeric >= 0.9 * values.size()) {
            return max < 100_000_000_000L ? Kind.EPOCH_SECONDS : max < 100_000_000_000_000L ? Kind.EPOCH_MILLIS
                    : max < 100_000_000_000_000_000L ? Kind.EPOCH_MICROS : Kind.EPOCH_NANOS;
        }
        Kind best = null;
        long bestCount = 0;
        for (Kind k : List.of(Kind.ISO, Kind.MONTH_DAY_YEAR, Kind.DAY_MON_YEAR)) {
            long ok = values.stream().filter(v -> parse(k, v) != INVALID).count();
            if (ok > bestCount) {
                best = k;
                bestCount = ok;
            }
        }
        return bestCount * 2 >= values.size() ? best : null;
    }

    /** {@code text} as epoch milliseconds (UTC), or {@link #INVALID}. */
    public static long parse(Kind kind, String text) {
        String s = text.strip();
        return switch (kind) {
            case EPOCH_SECONDS -> epoch(s, 1000, 1);
            case EPOCH_MILLIS -> epoch(s, 1, 1);
            case EPOCH_MICROS -> epoch(s, 1, 1000);
            case EPOCH_NANOS -> epoch(s, 1, 1_000_000);
            case ISO -> iso(s);
            case MONTH_DAY_YEAR -> pattern(MONTH_DAY_YEAR, s);
            case DAY_MON_YEAR -> pattern(DAY_MON_YEAR, s);
        };
    }

    private static long epoch(String s, long multiply, long divide) {
        long v = Numbers.parseLong(s, INVALID);
        if (v == INVALID) {
            double d = Numbers.parseDouble(s);
            if (Double.isNaN(d) || Math.abs(d) > 9e15) {
                return INVALID;
            }
            return Math.round(d * multiply / divide);
        }
        if (Math.abs(v) > Long.MAX_VALUE / multiply) {
            return INVALID;
        }
        return Math.floorDiv(v * multiply, divide);
    }

    private static long pattern(DateTimeFormatter f, String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return INVALID;
        }
        try {
            return LocalDate.parse(s, f).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException notThisFormat) {
            return INVALID; // INVALID is this method's documented answer for text of another format
        }
    }

    /** {@code yyyy-MM-dd[( |T)HH:mm[:ss[.f…]]][Z|±HH[:mm]]}, also with '/' between date parts; hand-parsed. */
    static long iso(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != s.charAt(7) || (s.charAt(4) != '-' && s.charAt(4) != '/')) {
            return INVALID;
        }
        int y = digits(s, 0, 4);
        int mo = digits(s, 5, 2);
        int d = digits(s, 8, 2);
        if (y < 0 || mo < 0 || d < 0) {
            return INVALID;
        }
        long millis;
        try {
            millis = LocalDate.of(y, mo, d).toEpochDay() * 86_400_000L;
        } catch (DateTimeException e) {
            return INVALID; // e.g. 2019-02-30: reported by the caller as an unparsable timestamp
        }
        int i = 10;
        if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == ' ') && n >= i + 6 && s.charAt(i + 3) == ':') {
            int h = digits(s, i + 1, 2);
            int mi = digits(s, i + 4, 2);
            if (h < 0 || h > 23 || mi < 0 || mi > 59) {
                return INVALID;
            }
            millis += h * 3_600_000L + mi * 60_000L;
            i += 6;
            if (i < n && s.charAt(i) == ':') {
                int sec = digits(s, i + 1, 2);
                if (sec < 0 || sec > 60) {
                    return INVALID;
                }
                millis += sec * 1000L;
                i += 3;
                if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                    int start = ++i;
                    int frac = 0;
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        if (i - start < 3) {
                            frac = frac * 10 + (s.charAt(i) - '0');
                        }
                        i++;
                    }
                    if (i == start) {
                        return INVALID;
                    }
                    for (int k = i - start; k < 3; k++) {
                        frac *= 10;
                    }
                    millis += frac;
                }
            }
        }
        return offset(s, i, millis);
    }

    private static long offset(String s, int i, long millis) {
        int n = s.length();
        if (i == n) {
            return millis;
        }
        String rest = s.substring(i).strip();
        if (rest.equals("Z") || rest.equals("UTC") || rest.equals("GMT")) {
            return millis;
        }
        if (rest.length() >= 3 && (rest.charAt(0) == '+' || rest.charAt(0) == '-')) {
            int h = digits(rest, 1, 2);
            int m = 0;
            if (rest.length() == 6 && rest.charAt(3) == ':') {
                m = digits(rest, 4, 2);
            } else if (rest.length() == 5) {
                m = digits(rest, 3, 2);
            } else if (rest.length() != 3) {
                return INVALID;
            }
            if (h < 0 || h > 18 || m < 0 || m > 59) {
                return INVALID;
            }
            long off = (h * 60L + m) * 60_000L;
            return rest.charAt(0) == '+' ? millis - off : millis + off;
        }
        return INVALID;
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Why {@code millis} is not a plausible interaction time — before 1970-01-01, or after {@code latest} (e.g. now
     * plus one day) — or null when it is.
     */
    public static String rangeProblem(long millis, long latest) {
        if (millis < MIN_INTERACTION_MILLIS) {
            return format(millis) + " is before 1970-01-01";
        }
        if (millis > latest) {
            return format(millis) + " is in the future (after " + format(latest) + ")";
        }
        return null;
    }

    /** Text for people: an ISO instant, or "unknown". */
    public static String format(long millis) {
        return millis == INVALID ? "unknown" : Instant.ofEpochMilli(millis).toString();
    }
}
