package org.recstudio.engine.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binds {@code key=value} strings (CLI {@code --param}, studio form fields) to a params record by its component
 * names, starting from the algorithm's defaults, and describes a params record for generated forms.
 *
 * <p>Supported component types: {@code int}, {@code long}, {@code double}, {@code float}, {@code boolean},
 * {@code String}, enums (matched case-insensitively, {@code -} read as {@code _}) and {@code List} of those
 * (comma-separated). Keys match component names ignoring case, {@code _} and {@code -}, so {@code half_life_days}
 * binds {@code halfLifeDays}. Unknown keys and unparsable values are rejected with a message naming the key, the
 * value and what was expected; the record's own validating constructor then checks the ranges.
 */
public final class ParamsBinder {

    private ParamsBinder() {
    }

    /** The params of {@code algorithm}: its defaults with {@code values} applied. */
    public static <P extends Record & Params> P bind(Algorithm<P> algorithm, Map<String, String> values) {
        return bind(algorithm.name(), algorithm.paramsType(), algorithm.defaults(), values);
    }

    /**
     * {@code defaults} with {@code values} applied, built through the canonical constructor of {@code type}.
     *
     * @param label names the owner of the params in error messages (e.g. the algorithm name)
     * @throws IllegalArgumentException for an unknown key, an unparsable value or a value the record rejects
     */
    public static <P extends Record> P bind(String label, Class<P> type, P defaults, Map<String, String> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = get(components[i], defaults);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            int i = indexOf(components, e.getKey());
            if (i < 0) {
                throw new IllegalArgumentException("Unknown parameter '" + e.getKey() + "' for " + label
                        + "; valid parameters: " + String.join(", ", names(components)));
            }
            args[i] = parse(label, components[i].getName(), e.getValue(), components[i].getGenericType());
        }
        return construct(label, type, components, args);
    }

    /** The components of {@code params} by name, each value formatted as {@link #bind} parses it, in order. */
    public static Map<String, String> toMap(Record params) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : params.getClass().getRecordComponents()) {
            out.put(c.getName(), format(get(c, params)));
        }
        return out;
    }

    /** Describes the params of {@code algorithm}. */
    public static List<ParamSpec> describe(Algorithm<?> algorithm) {
        return describe(algorithm.paramsType(), algorithm.defaults());
    }

    /**
     * Describes each component of {@code type}: name, type, default value (from its static {@code defaults()})
     * and the {@link Doc} description.
     *
     * @throws IllegalArgumentException if {@code type} has no static no-argument {@code defaults()} method
     */
    public static List<ParamSpec> describe(Class<? extends Record> type) {
        try {
            Method m = type.getMethod("defaults");
            if (!Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
                throw new NoSuchMethodException("static " + type.getSimpleName() + " defaults()");
            }
            return describe(type, (Record) m.invoke(null));
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("Params record " + type.getName()
                    + " needs a public static defaults() method returning its default params: " + e, e);
        }
    }

    private static List<ParamSpec> describe(Class<? extends Record> type, Record defaults) {
        List<ParamSpec> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> element = elementClass(c.getGenericType());
            boolean list = c.getType() == List.class;
            String typeName = list ? "list<" + simpleName(element) + ">" : simpleName(element);
            List<String> choices = element.isEnum()
                    ? Arrays.stream(element.getEnumConstants()).map(x -> ((Enum<?>) x).name()).toList() : List.of();
            Doc doc = c.getAnnotation(Doc.class);
            out.add(new ParamSpec(c.getName(), typeName, c.getType(), element, format(get(c, defaults)),
                    doc == null ? "" : doc.value(), choices));
        }
        return List.copyOf(out);
    }

    /** Formats a component value the way {@link #bind} parses it back. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(ParamsBinder::format).toList());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    private static Object parse(String label, String key, String text, Type type) {
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            Type element = pt.getActualTypeArguments()[0];
            if (text.isBlank()) {
                return List.of();
            }
            List<Object> out = new ArrayList<>();
            for (String part : text.split(",", -1)) {
                out.add(parse(label, key, part.trim(), element));
            }
            return List.copyOf(out);
        }
        Class<?> c = (Class<?>) type;
        String t = c == String.class ? text : text.trim();
        try {
            if (c == int.class || c == Integer.class) {
                return Integer.parseInt(t);
            } else if (c == long.class || c == Long.class) {
                return Long.parseLong(t);
            } else if (c == double.class || c == Double.class) {
                return Double.parseDouble(t);
            } else if (c == float.class || c == Float.class) {
                return Float.parseFloat(t);
            } else if (c == boolean.class || c == Boolean.class) {
                return parseBoolean(t);
            } else if (c == String.class) {
                return t;
            } else if (c.isEnum()) {
                return parseEnum(c, t);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Parameter '" + key + "' of " + label + ": '" + text
                    + "' is not a valid " + expected(c), e);
        }
        throw new IllegalArgumentException("Parameter '" + key + "' of " + label + " has type " + type.getTypeName()
                + ", which --param cannot set (supported: int, long, double, float, boolean, String, enums, lists)");
    }

    private static boolean parseBoolean(String t) {
        if (t.equalsIgnoreCase("true")) {
            return true;
        }
        if (t.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean: " + t);
    }

    private static Object parseEnum(Class<?> c, String t) {
        String wanted = t.replace('-', '_');
        for (Object constant : c.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no constant " + t);
    }

    private static String expected(Class<?> c) {
        if (c.isEnum()) {
            return "choice; expected one of " + Arrays.stream(c.getEnumConstants())
                    .map(x -> ((Enum<?>) x).name()).toList();
        }
        return simpleName(c) + (c == boolean.class || c == Boolean.class ? " (true or false)" : "");
    }

    private static String simpleName(Class<?> c) {
        if (c == Integer.class) {
            return "int";
        }
        if (c.isEnum()) {
            return "enum";
        }
        return c.isPrimitive() ? c.getName() : c.getSimpleName().replace("Double", "double")
                .replace("Long", "long").replace("Float", "float").replace("Boolean", "boolean");
    }

    private static Class<?> elementClass(Type type) {
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class
                && pt.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e;
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static int indexOf(RecordComponent[] components, String key) {
        String k = normalize(key);
        for (int i = 0; i < components.length; i++) {
            if (normalize(components[i].getName()).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalize(String key) {
        return key.trim().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read parameter '" + c.getName() + "' of " + r + ": " + e, e);
        }
    }

    private static <P extends Record> P construct(String label, Class<P> type, RecordComponent[] components,
                                                  Object[] args) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<P> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                throw new IllegalArgumentException("Invalid parameters for " + label + ": " + iae.getMessage(), iae);
            }
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + ": " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + ": " + e, e);
        }
    }
}
