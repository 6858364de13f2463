package org.recstudio.engine.importer;

/**
 * Number parsing for the import hot path that neither allocates nor throws: failures come back as a sentinel
 * (NaN, or the caller's default) instead of a thrown exception, because bad numbers are data, not bugs.
 */
final class Numbers {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private Numbers() {
    }

    /** The decimal integer in {@code s} (optional sign, digits only), or {@code fail}. */
    static long parseLong(CharSequence s, long fail) {
        int n = s.length();
        if (n == 0 || n > 19) {
            return n > 19 ? parseLongSlow(s, fail) : fail;
        }
        int i = 0;
        boolean neg = false;
        char c0 = s.charAt(0);
        if (c0 == '-' || c0 == '+') {
            neg = c0 == '-';
            i = 1;
            if (n == 1) {
                return fail;
            }
        }
        long v = 0;
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return fail;
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    private static long parseLongSlow(CharSequence s, long fail) {
        String t = s.toString();
        if (!t.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-' || c == '+')) {
            return fail;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException tooBig) {
            return fail; // more than 19 digits: not a long, reported by the caller as a bad value
        }
    }

    /**
     * The decimal number in {@code s} ("4", "-1.5", "3.0e2", ".5"), or NaN when it is not one. Plain decimals of up
     * to 15 significant digits are converted exactly without {@link Double#parseDouble}.
     */
    static double parseDouble(String s) {
        int n = s.length();
        if (n == 0) {
            return Double.NaN;
        }
        int i = 0;
        boolean neg = false;
        char c0 = s.charAt(0);
        if (c0 == '-' || c0 == '+') {
            neg = c0 == '-';
            i = 1;
        }
        long mant = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    mant = mant * 10 + (c - '0');
                    if (mant != 0) {
                        digits++;
                    }
                    if (dot) {
                        scale++;
                    }
                } else {
                    return slow(s);
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else if (c == 'e' || c == 'E') {
                return slow(s);
            } else {
                return Double.NaN;
            }
        }
        boolean anyDigit = n > (neg || c0 == '+' ? 1 : 0) + (dot ? 1 : 0);
        if (!anyDigit) {
            return Double.NaN;
        }
        if (digits > 15 || scale >= POW10.length) {
            return slow(s);
        }
        double v = scale == 0 ? mant : mant / POW10[scale];
        return neg ? -v : v;
    }

    private static double slow(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException notANumber) {
            return Double.NaN; // e.g. "1e" or "--1": NaN is this method's documented "not a number" answer
        }
    }

    /** Whether {@code s} is a decimal number. */
    static boolean isNumeric(String s) {
        return !s.isEmpty() && !Double.isNaN(parseDouble(s));
    }
}
