package org.recstudio.engine.importer;

/**
 * The price parser for prices as data files write them: {@code 29.99}, {@code $1,250.00}, {@code €12},
 * {@code 12.50 USD}. Anything else (ranges, scraped CSS or HTML, as in Amazon metadata) is not a price.
 */
final class Prices {

    private Prices() {
    }

    /** The price in {@code text}, or NaN when it is not a single non-negative price. */
    static double parse(String text) {
        String s = text.strip();
        s = stripCurrency(s);
        if (s.isEmpty() || s.length() > 30) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder(s.length());
        int groupLength = -1;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (groupLength >= 0 && !dot) {
                    groupLength++;
                }
            } else if (c == ',' && !dot && !digits.isEmpty() && (groupLength < 0 || groupLength == 3)) {
                if (groupLength < 0 && digits.length() > 3) {
                    return Double.NaN;
                }
                groupLength = 0;
            } else if (c == '.' && !dot && (groupLength < 0 || groupLength == 3)) {
                dot = true;
                digits.append('.');
            } else {
                return Double.NaN;
            }
        }
        if (groupLength >= 0 && !dot && groupLength != 3) {
            return Double.NaN;
        }
        double v = Numbers.parseDouble(digits.toString());
        return v >= 0 ? v : Double.NaN;
    }

    private static String stripCurrency(String s) {
        for (String c : new String[] {"US$", "$", "€", "£", "¥", "USD", "EUR", "GBP"}) {
            if (s.startsWith(c)) {
                return s.substring(c.length()).strip();
            }
            if (s.endsWith(c)) {
                return s.substring(0, s.length() - c.length()).strip();
            }
        }
        return s;
    }
}
