package org.recstudio.engine.model;

import java.util.List;

/**
 * The description of one parameter of a params record, from which the studio builds a form field and the CLI its
 * help: name, type, default value (as {@link ParamsBinder} formats it) and description.
 *
 * @param type        a readable type: {@code int}, {@code long}, {@code double}, {@code float}, {@code boolean},
 *                    {@code String}, {@code enum}, or {@code list<...>} of one of those
 * @param javaType    the component's class ({@link List} for lists)
 * @param elementType the element class of a list, else the same as {@code javaType}
 * @param choices     the constant names of an enum (or of a list of enums), else empty
 * @param description the {@link Doc} text, or an empty string when the component has none
 */
public record ParamSpec(String name, String type, Class<?> javaType, Class<?> elementType, String defaultValue,
                        String description, List<String> choices) {

    public ParamSpec {
        choices = List.copyOf(choices);
    }
}
