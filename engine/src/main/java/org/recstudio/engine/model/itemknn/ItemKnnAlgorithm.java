package org.recstudio.engine.model.itemknn;

import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.model.UserItemMatrix;
import org.recstudio.engine.progress.Progress;

/**
 * Item-based k-nearest-neighbours: items are similar when the same users use them (cosine over the item columns
 * of the user × item matrix, with shrinkage), each item keeps its top-N neighbours, and a user's score for item
 * {@code j} is {@code Σ_{i in history} x_ui · sim(i, j)} over the history items that have {@code j} as a
 * neighbour.
 *
 * <p>Optional TF-IDF or BM25 weighting of the matrix (items as documents, users as terms; as in the
 * {@code implicit} library's {@code TFIDFRecommender}/{@code BM25Recommender}) lowers the weight of very active
 * users. References: Sarwar et al., "Item-based collaborative filtering recommendation algorithms" (WWW 2001);
 * Deshpande &amp; Karypis, "Item-based top-N recommendation algorithms" (TOIS 2004); the shrunk cosine as
 * in Ferrari Dacrema et al., "Are we really making much progress?" (RecSys 2019); Robertson &amp; Zaragoza,
 * "The probabilistic relevance framework: BM25 and beyond" (2009).
 */
public final class ItemKnnAlgorithm implements Algorithm<ItemKnnParams> {

    static final String NAME = "itemknn";

    @Override public String name() {
        return NAME;
    }

    @Override public Class<ItemKnnParams> paramsType() {
        return ItemKnnParams.class;
    }

    @Override public ItemKnnParams defaults() {
        return ItemKnnParams.defaults();
    }

    @Override public Model fit(Dataset data, ItemKnnParams params, long seed, Progress progress) {
        long start = System.nanoTime();
        progress.update("Preparing interactions", 0, 1);
        UserItemMatrix x = UserItemMatrix.of(data, params.value());
        UserItemMatrix byItem = x.transpose();
        UserItemMatrix weightedByItem = weight(byItem, x, params);
        // unweighted, the transpose of the transpose is x itself (rows sorted, one entry per pair): share it
        UserItemMatrix weightedByUser = weightedByItem == byItem ? x : weightedByItem.transpose();
        progress.checkCancelled();
        progress.update("Preparing interactions", 1, 1);
        ItemSimilarities sims = ItemSimilarities.compute(weightedByItem, weightedByUser, params, progress);
        float[] popularity = new float[data.itemCount()];
        for (int k = 0; k < x.nnz(); k++) {
            popularity[x.col(k)]++;
        }
        return new ItemKnnModel(Provenances.of(NAME, params, data, seed, start), x, sims.ptr(), sims.neighbour(),
                sims.similarity(), popularity);
    }

    /**
     * The item × user matrix weighted as {@code params} asks: TF-IDF {@code sqrt(x) · idf(u)} or BM25
     * {@code x (K1 + 1) / (K1 · norm(i) + x) · idf(u)}, with {@code idf(u) = ln(items) - ln(1 + items of u)} and
     * {@code norm(i) = 1 - B + B · len(i) / mean len}, {@code len(i)} the sum of item {@code i}'s row.
     */
    static UserItemMatrix weight(UserItemMatrix byItem, UserItemMatrix byUser, ItemKnnParams params) {
        if (params.weighting() == ItemKnnParams.Weighting.NONE) {
            return byItem;
        }
        int items = byItem.rows();
        double[] idf = new double[byUser.rows()];
        for (int u = 0; u < idf.length; u++) {
            idf[u] = Math.log(items) - Math.log1p(byUser.rowLength(u));
        }
        if (params.weighting() == ItemKnnParams.Weighting.TFIDF) {
            return byItem.map((i, u, v) -> (float) (Math.sqrt(v) * idf[u]));
        }
        double[] length = new double[items];
        double mean = 0;
        for (int i = 0; i < items; i++) {
            length[i] = byItem.rowSum(i);
            mean += length[i];
        }
        mean = items == 0 ? 0 : mean / items;
        double k1 = params.bm25K1();
        double b = params.bm25B();
        double avg = mean;
        return byItem.map((i, u, v) -> {
            double norm = (1 - b) + (avg > 0 ? b * length[i] / avg : 0);
            return (float) (v * (k1 + 1) / (k1 * norm + v) * idf[u]);
        });
    }
}
