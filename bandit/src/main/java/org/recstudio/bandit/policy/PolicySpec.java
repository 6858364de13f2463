package org.recstudio.bandit.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed policy spec {@code name[:key=value,key=value…]}, e.g. {@code egreedy:epsilon=0.05}, and the binding
 * of its values onto a params record by component name (unknown keys and bad values are reported with the
 * keys the record has). Only the CLI, the studio and {@link Policies} use string keys; policies get records.
 */
public record PolicySpec(String name, Map<String, String> values) {

    public PolicySpec {
        values = Map.copyOf(values);
    }

    /** Parses {@code text}. */
    public static PolicySpec parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty policy spec; expected name[:key=value,...], e.g. ts or "
                    + "egreedy:epsilon=0.1");
        }
        int colon = t.indexOf(':');
        String name = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0) {
            for (String part : t.substring(colon + 1).split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("policy spec '" + text + "': '" + part
                            + "' is not key=value");
                }
                values.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return new PolicySpec(name, values);
    }

    /**
     * Splits a comma-separated list of specs where specs have comma-separated parameters themselves:
     * {@code random,egreedy:epsilon=0.1,decay=1,ts} is {@code [random, egreedy:epsilon=0.1,decay=1, ts]} — a part
     * with '=' but no ':' continues the previous spec.
     */
    public static java.util.List<String> splitList(String list) {
        java.util.List<String> specs = new ArrayList<>();
        for (String part : (list == null ? "" : list).split(",")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.contains("=") && !t.contains(":") && !specs.isEmpty()) {
                specs.set(specs.size() - 1, specs.getLast() + "," + t);
            } else {
                specs.add(t);
            }
        }
        return specs;
    }

    /** The params record of type {@code type}: {@code defaults} with this spec's values put in by name. */
    public <R extends Record> R bind(Class<R> type, R defaults) {
        RecordComponent[] comps = type.getRecordComponents();
        List<String> known = new ArrayList<>();
        for (RecordComponent c : comps) {
            known.add(c.getName());
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("policy '" + name + "' has no parameter '" + key + "'; it has "
                        + known);
            }
        }
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            String v = values.get(c.getName());
            try {
                args[i] = v == null ? c.getAccessor().invoke(defaults) : convert(c.getType(), v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("policy '" + name + "': parameter " + c.getName() + "=" + v
                        + " is not a " + c.getType().getSimpleName(), e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read default of " + c.getName(), e);
            }
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw new IllegalArgumentException("policy '" + name + "': " + iae.getMessage(), iae);
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object convert(Class<?> t, String v) {
        if (t == double.class) {
            return Double.parseDouble(v);
        } else if (t == int.class) {
            return Integer.parseInt(v);
        } else if (t == long.class) {
            return Long.parseLong(v);
        } else if (t == boolean.class) {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new NumberFormatException(v);
            }
            return Boolean.parseBoolean(v);
        }
        return v;
    }

    /** The canonical spec of a policy: its name and every parameter of its params record. */
    public static String format(String name, Record params) {
        StringBuilder b = new StringBuilder(name);
        RecordComponent[] comps = params.getClass().getRecordComponents();
        for (int i = 0; i < comps.length; i++) {
            b.append(i == 0 ? ':' : ',').append(comps[i].getName()).append('=');
            try {
                b.append(comps[i].getAccessor().invoke(params));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + comps[i].getName(), e);
            }
        }
        return b.toString();
    }
}
