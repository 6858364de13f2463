package org.recstudio.bandit.ope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One context column of a log, stored compactly: numbers as doubles while every value parses as a number, else
 * categorical codes over a dictionary (earlier numbers become their text). Empty values are NaN / code -1.
 */
public final class ContextColumn {

    private final String name;
    private double[] numbers = new double[1024];
    private int[] codes;
    private List<String> dictionary;
    private Map<String, Integer> lookup;
    private int size;

    ContextColumn(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Whether every value was a number. */
    public boolean numeric() {
        return codes == null;
    }

    public int size() {
        return size;
    }

    /** The number in row {@code i} (numeric columns; NaN when empty). */
    public double number(int i) {
        return numbers[i];
    }

    /** The category code of row {@code i} (categorical columns; -1 when empty). */
    public int code(int i) {
        return codes[i];
    }

    /** The category texts, by code (categorical columns). */
    public List<String> dictionary() {
        return List.copyOf(dictionary);
    }

    /** The value of row {@code i} as text (null when empty). */
    public String text(int i) {
        if (numeric()) {
            return Double.isNaN(numbers[i]) ? null : Double.toString(numbers[i]);
        }
        return codes[i] < 0 ? null : dictionary.get(codes[i]);
    }

    void add(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (numeric()) {
            if (size == numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, size * 2);
            }
            if (v.isEmpty()) {
                numbers[size++] = Double.NaN;
                return;
            }
            double d = parse(v);
            if (!Double.isNaN(d)) {
                numbers[size++] = d;
                return;
            }
            toCategorical();
        }
        if (size == codes.length) {
            codes = java.util.Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = v.isEmpty() ? -1 : code(v);
    }

    private static double parse(String v) {
        char c = v.charAt(0);
        if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.') {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private int code(String v) {
        Integer c = lookup.get(v);
        if (c == null) {
            c = dictionary.size();
            dictionary.add(v);
            lookup.put(v, c);
        }
        return c;
    }

    private void toCategorical() {
        dictionary = new ArrayList<>();
        lookup = new HashMap<>();
        codes = new int[Math.max(1024, numbers.length)];
        for (int i = 0; i < size; i++) {
            codes[i] = Double.isNaN(numbers[i]) ? -1 : code(Double.toString(numbers[i]));
        }
        numbers = null;
    }
}
