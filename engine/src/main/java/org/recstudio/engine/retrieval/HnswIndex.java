package org.recstudio.engine.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;
import org.recstudio.engine.model.ScoredItem;
import org.recstudio.engine.progress.Progress;

/**
 * An approximate {@link VectorIndex}: a hierarchical navigable small-world graph (Malkov &amp; Yashunin 2018,
 * "Efficient and robust approximate nearest neighbor search using HNSW graphs") built and searched with Lucene's
 * on-heap HNSW ({@link HnswGraphBuilder}, {@link HnswGraphSearcher}).
 *
 * <p>For {@link Similarity#COSINE} the graph links the normalised rows under Lucene's dot-product similarity. For
 * {@link Similarity#INNER_PRODUCT} there are two kinds of graph ({@link HnswParams.InnerProductGraph}), and by
 * default both are built and searched, their candidates merged. The transform maps each row {@code v} to
 * {@code [v, sqrt(M² − |v|²)] / M} with {@code M} the largest norm, and a query {@code q} to {@code [q/|q|, 0]}
 * (Bachrach et al. 2014, "Speeding up the Xbox recommender system using a Euclidean transformation for
 * inner-product spaces", RecSys): their dot product is {@code q·v / (|q| M)}, so nearest neighbours on the unit
 * sphere are exactly the maximum-inner-product rows. The direct graph links the raw rows by inner product
 * (Lucene's {@code MAXIMUM_INNER_PRODUCT}; Morozov &amp; Babenko 2018, "Non-metric similarity graphs for maximum
 * inner product search", NeurIPS). Neither wins everywhere: on the ALS factors of the MovieLens 1M subset recall@10
 * at efSearch 50 was 0.95 with the transform and 0.71 with the direct graph, on a synthetic factor-like set of
 * 100K vectors 0.03 and 0.99 (see {@code docs/benchmarks/algorithms.md}) — so the default pays twice the build
 * time and memory for an index that is never the bad one. Candidates are rescored exactly and the best {@code k}
 * returned, ties by the lower index.
 *
 * <p>Construction is single-threaded and seeded, so the same vectors, params and seed give the same graphs.
 */
public final class HnswIndex implements VectorIndex {

    /** One searchable graph, the vectors it links and the Lucene similarity it links them by. */
    private record Layer(FloatVectorValues values, OnHeapHnswGraph graph, VectorSimilarityFunction function) {
    }

    private final float[] vectors;
    private final int dim;
    private final Similarity similarity;
    private final HnswParams params;
    private final List<Layer> layers;

    private HnswIndex(float[] vectors, int dim, Similarity similarity, HnswParams params, List<Layer> layers) {
        this.vectors = vectors;
        this.dim = dim;
        this.similarity = similarity;
        this.params = params;
        this.layers = List.copyOf(layers);
    }

    /**
     * Builds the graph(s) over the rows of {@code vectors} (row-major, length {@code dim}; shared, do not modify),
     * reporting progress per 1000 rows and checking cancellation.
     */
    public static HnswIndex build(float[] vectors, int dim, Similarity similarity, HnswParams params, long seed,
                                  Progress progress) {
        if (dim < 1 || vectors.length % dim != 0) {
            throw new IllegalArgumentException("vectors length " + vectors.length + " is not a multiple of dim " + dim);
        }
        int n = vectors.length / dim;
        List<Layer> layers = new ArrayList<>();
        HnswParams.InnerProductGraph ip = params.innerProduct();
        if (similarity == Similarity.COSINE) {
            layers.add(layer(cosineRows(vectors, dim), dim, VectorSimilarityFunction.DOT_PRODUCT));
        } else {
            if (ip != HnswParams.InnerProductGraph.DIRECT) {
                layers.add(layer(innerProductRows(vectors, dim), dim + 1, VectorSimilarityFunction.DOT_PRODUCT));
            }
            if (ip != HnswParams.InnerProductGraph.EUCLIDEAN_TRANSFORM) {
                layers.add(layer(rawRows(vectors, dim), dim, VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT));
            }
        }
        try {
            List<Layer> built = new ArrayList<>();
            long total = (long) n * layers.size();
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                RandomVectorScorerSupplier supplier = DefaultFlatVectorScorer.INSTANCE
                        .getRandomVectorScorerSupplier(layer.function(), layer.values());
                HnswGraphBuilder builder = HnswGraphBuilder.create(supplier, params.m(), params.efConstruction(),
                        seed, n);
                for (int node = 0; node < n; node++) {
                    if (node % 1000 == 0) {
                        progress.checkCancelled();
                        progress.update("HNSW", (long) l * n + node, total);
                    }
                    builder.addGraphNode(node);
                }
                built.add(new Layer(layer.values(), builder.getCompletedGraph(), layer.function()));
            }
            progress.update("HNSW", total, total);
            return new HnswIndex(vectors, dim, similarity, params, built);
        } catch (IOException e) {
            throw new UncheckedIOException("building the HNSW graph failed", e);
        }
    }

    private static Layer layer(List<float[]> rows, int dim, VectorSimilarityFunction f) {
        return new Layer(FloatVectorValues.fromFloats(rows, dim), null, f);
    }

    private static List<float[]> cosineRows(float[] m, int dim) {
        List<float[]> out = new ArrayList<>(m.length / dim);
        for (int off = 0; off < m.length; off += dim) {
            float[] v = new float[dim];
            System.arraycopy(m, off, v, 0, dim);
            out.add(unitOrAxis(v, (float) Math.sqrt(VectorMath.squaredNorm(v, 0, dim))));
        }
        return out;
    }

    private static List<float[]> rawRows(float[] m, int dim) {
        List<float[]> out = new ArrayList<>(m.length / dim);
        for (int off = 0; off < m.length; off += dim) {
            float[] v = new float[dim];
            System.arraycopy(m, off, v, 0, dim);
            out.add(v);
        }
        return out;
    }

    /** Rows {@code [v, sqrt(M² − |v|²)] / M}, unit length; all-zero input gives the extra axis. */
    private static List<float[]> innerProductRows(float[] m, int dim) {
        double maxSq = 0;
        for (int off = 0; off < m.length; off += dim) {
            maxSq = Math.max(maxSq, VectorMath.squaredNorm(m, off, dim));
        }
        double max = Math.sqrt(maxSq);
        List<float[]> out = new ArrayList<>(m.length / dim);
        for (int off = 0; off < m.length; off += dim) {
            float[] v = new float[dim + 1];
            if (max == 0) {
                out.add(axis(dim + 1));
                continue;
            }
            double sq = 0;
            for (int j = 0; j < dim; j++) {
                v[j] = (float) (m[off + j] / max);
                sq += (double) v[j] * v[j];
            }
            v[dim] = (float) Math.sqrt(Math.max(0, 1 - sq));
            out.add(unitOrAxis(v, (float) Math.sqrt(VectorMath.squaredNorm(v, 0, dim + 1))));
        }
        return out;
    }

    /** {@code v / norm}, or the last unit axis when {@code v} is zero (a zero vector has no direction). */
    private static float[] unitOrAxis(float[] v, float norm) {
        if (norm == 0 || !Float.isFinite(norm)) {
            return axis(v.length);
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= norm;
        }
        return v;
    }

    private static float[] axis(int len) {
        float[] v = new float[len];
        v[len - 1] = 1;
        return v;
    }

    @Override public int size() {
        return vectors.length / dim;
    }

    @Override public int dimension() {
        return dim;
    }

    @Override public Similarity similarity() {
        return similarity;
    }

    /** The build and default search params. */
    public HnswParams params() {
        return params;
    }

    /** Approximate heap bytes of the graphs (the vectors not included). */
    public long graphBytes() {
        return layers.stream().mapToLong(l -> l.graph().ramBytesUsed()).sum();
    }

    @Override public List<ScoredItem> search(float[] query, int k, IntPredicate allowed) {
        return search(query, k, params.efSearch(), allowed);
    }

    /** {@link #search(float[], int, IntPredicate)} keeping {@code efSearch} candidates (at least {@code k}). */
    public List<ScoredItem> search(float[] query, int k, int efSearch, IntPredicate allowed) {
        if (query.length != dim) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, index has " + dim);
        }
        if (k < 0 || efSearch < 1) {
            throw new IllegalArgumentException("k must be >= 0 and efSearch >= 1, got k " + k + ", efSearch "
                    + efSearch);
        }
        float qNorm = (float) Math.sqrt(VectorMath.squaredNorm(query, 0, dim));
        int n = size();
        if (k == 0 || n == 0) {
            return List.of();
        }
        if (qNorm == 0 || !Float.isFinite(qNorm)) {
            // every score is equal (or undefined): the exact answer is the lowest allowed indexes
            return new ExactIndex(vectors, dim, similarity).search(query, k, allowed);
        }
        Bits accept = new Bits() {
            @Override public boolean get(int index) {
                return allowed.test(index);
            }

            @Override public int length() {
                return n;
            }
        };
        int ef = Math.min(n, Math.max(k, efSearch));
        int[] found = new int[layers.size() * ef];
        int count = 0;
        try {
            for (Layer layer : layers) {
                float[] q = new float[layer.values().dimension()];
                for (int j = 0; j < dim; j++) {
                    q[j] = query[j] / qNorm;
                }
                RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE
                        .getRandomVectorScorer(layer.function(), layer.values(), q);
                KnnCollector c = HnswGraphSearcher.search(scorer, ef, layer.graph(), accept, Integer.MAX_VALUE);
                for (ScoreDoc d : c.topDocs().scoreDocs) {
                    found[count++] = d.doc;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the HNSW graph failed", e);
        }
        Arrays.sort(found, 0, count);
        return rescore(query, qNorm, found, count, k);
    }

    /** The best {@code k} of the distinct candidates {@code found[0..count)} (sorted), by the exact similarity. */
    private List<ScoredItem> rescore(float[] query, float qNorm, int[] found, int count, int k) {
        TopKHeap heap = new TopKHeap(Math.min(k, count));
        for (int c = 0; c < count; c++) {
            int doc = found[c];
            if (c > 0 && found[c - 1] == doc) {
                continue;
            }
            int off = doc * dim;
            float s = VectorMath.sequentialDot(query, 0, vectors, off, dim);
            if (similarity == Similarity.COSINE) {
                float vNorm = (float) Math.sqrt(VectorMath.squaredNorm(vectors, off, dim));
                s = vNorm == 0 ? 0 : s / (qNorm * vNorm);
            }
            heap.offer(s, doc);
        }
        return heap.drainItems();
    }
}
