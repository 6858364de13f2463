package org.recstudio.engine.model.content;

import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.progress.Progress;

/**
 * The content-based algorithm ({@code content}): builds TF-IDF, category, brand, price and attribute vectors from
 * item metadata and recency-weighted user profiles (Lops, de Gemmis &amp; Semeraro 2011). See {@link ContentModel}.
 *
 * <p>Deterministic: no randomness is used, the seed is only recorded. Requires a dataset loaded with metadata.
 */
public final class ContentAlgorithm implements Algorithm<ContentParams> {

    /** The registry name. */
    public static final String NAME = "content";

    @Override public String name() {
        return NAME;
    }

    @Override public Class<ContentParams> paramsType() {
        return ContentParams.class;
    }

    @Override public ContentParams defaults() {
        return ContentParams.defaults();
    }

    /**
     * Fits the content model.
     *
     * @throws IllegalArgumentException if {@code data} has no item metadata
     */
    @Override public ContentModel fit(Dataset data, ContentParams params, long seed, Progress progress) {
        requireMetadata(data, NAME);
        long start = System.nanoTime();
        ItemVectors vectors = new ItemFeaturizer(params).build(data, progress);
        progress.checkCancelled();
        UserProfiles profiles = UserProfiles.build(data.byUser(), params.recencyHalfLifeDays(),
                params.maxProfileItems(), progress);
        progress.message("Content: " + vectors.featureCount() + " features over " + data.itemCount() + " items");
        return new ContentModel(Provenances.of(NAME, params, data, seed, start), vectors, profiles);
    }

    /** Throws the documented error when {@code data} was loaded without metadata. */
    public static void requireMetadata(Dataset data, String algorithm) {
        if (!data.hasMetadata()) {
            throw new IllegalArgumentException("the " + algorithm + " algorithm needs item metadata (title, "
                    + "description, category, brand, price), but dataset '" + data.name() + "' was loaded without "
                    + "it: load with DatasetLoader.loadWithMetadata");
        }
    }
}
