package org.recstudio.engine.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A {@link ModelCodec} over a model class that persists itself by convention: an instance method
 * {@code write(DataOutput)} and a static {@code read(DataInput, ModelProvenance)} (as {@code AlsModel} does).
 */
final class ReflectiveModelCodec implements ModelCodec {

    private final Class<?> modelClass;
    private final MethodHandle write;
    private final MethodHandle read;

    private ReflectiveModelCodec(Class<?> modelClass, MethodHandle write, MethodHandle read) {
        this.modelClass = modelClass;
        this.write = write;
        this.read = read;
    }

    /** The codec of {@code modelClass}, or null when it does not follow the convention. */
    static ReflectiveModelCodec of(Class<?> modelClass) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle w = lookup.findVirtual(modelClass, "write", MethodType.methodType(void.class,
                    DataOutput.class));
            MethodHandle r = lookup.findStatic(modelClass, "read", MethodType.methodType(modelClass, DataInput.class,
                    ModelProvenance.class));
            return new ReflectiveModelCodec(modelClass, w, r);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    @Override public void write(Model model, DataOutput out) throws IOException {
        if (!modelClass.isInstance(model)) {
            throw new IllegalArgumentException("expected a " + modelClass.getSimpleName() + ", got " + model.getClass());
        }
        try {
            write.invoke(model, out);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    @Override public Model read(DataInput in, ModelProvenance provenance) throws IOException {
        try {
            return (Model) read.invoke(in, provenance);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }
}
