package org.recstudio.engine.model;

/**
 * Hyperparameters of an algorithm: implemented by records whose compact constructor validates every component
 * (message naming the parameter and the bad value) and which offer a static {@code defaults()}.
 *
 * <p>{@link ParamsBinder} turns {@code key=value} strings (CLI {@code --param}, studio forms) into such a record by
 * its component names, so no algorithm reads parameters by string key.
 */
public interface Params {
}
