package org.recstudio.engine.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line description of a params record component, shown by the CLI help and as the tooltip of the field in
 * the studio's generated params form (see {@link ParamsBinder#describe}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Doc {

    /** The description: what the parameter does, its unit and its valid range. */
    String value();
}
