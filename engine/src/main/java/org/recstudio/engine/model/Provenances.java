package org.recstudio.engine.model;

import java.time.Instant;
import org.recstudio.engine.data.Dataset;

/** Builds the {@link ModelProvenance} an algorithm attaches to the model it fitted. */
public final class Provenances {

    /** The RecStudio version written into provenance: the jar's implementation version, or the build's default. */
    public static final String RECSTUDIO_VERSION = version();

    private Provenances() {
    }

    /**
     * The provenance of a model fitted by {@code algorithm} with {@code params} on {@code data} with {@code seed},
     * whose fit started at {@code startNanos} ({@link System#nanoTime()}).
     */
    public static ModelProvenance of(String algorithm, Record params, Dataset data, long seed, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new ModelProvenance(algorithm, ParamsBinder.toMap(params), data.name(), data.info().version(),
                data.fingerprint(), seed, RECSTUDIO_VERSION, Instant.now(), seconds);
    }

    private static String version() {
        String v = Provenances.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "0.1.0-SNAPSHOT" : v;
    }
}
