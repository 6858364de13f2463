package org.recstudio.engine.retrieval;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A row-major float matrix re-laid out for scoring every row against one query: rows are grouped in panels of
 * {@code W} (the machine's preferred vector length), and a panel stores dimension {@code d} of its {@code W} rows
 * side by side. One vector fused multiply-add then advances {@code W} dot products by one dimension, so a query
 * costs {@code rows · dim / W} FMAs and no lane reductions (the "panel" or "packed" layout of BLAS kernels).
 *
 * <p>Every lane adds its products in dimension order with fused multiply-adds starting from zero, so a score equals
 * {@link VectorMath#sequentialDot} bit for bit, whatever the vector width, thread or JIT state: results are
 * identical across machines. The last panel is padded with zero rows, whose scores are never reported.
 *
 * <p>A second, half-size copy holds every value rounded to bfloat16 (two per int: even dimension in the high half,
 * odd in the low half) for a memory-bound first pass ({@link #approximateScore}), with a per-row bound
 * ({@link #slack}) on how far an approximate score can be from the exact one: {@link ExactTopK} scans the half-size
 * copy and rescores only the rows whose bound reaches the top k, so its answer stays exact.
 *
 * <p>Immutable after construction; safe to share between threads.
 */
public final class PanelMatrix {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> SI = IntVector.SPECIES_PREFERRED;
    /** Unit roundoff of float. */
    private static final double U = Math.ulp(1.0f) / 2;
    /** Rows per panel: the lanes of one vector. */
    static final int W = S.length();
    /** Panels scored together: independent FMA chains that hide the FMA latency. */
    private static final int GROUP = 4;

    private final float[] data;
    private final int[] bf16;
    private final float[] slack;
    private final int rows;
    private final int dim;
    /** Dimension pairs per row in {@link #bf16}. */
    private final int pairs;

    private PanelMatrix(float[] data, int[] bf16, float[] slack, int rows, int dim) {
        this.data = data;
        this.bf16 = bf16;
        this.slack = slack;
        this.rows = rows;
        this.dim = dim;
        this.pairs = (dim + 1) / 2;
    }

    /** The panel layout of {@code matrix} (row-major, rows of length {@code dim}); the matrix is copied. */
    public static PanelMatrix of(float[] matrix, int dim) {
        if (dim < 1 || matrix.length % dim != 0) {
            throw new IllegalArgumentException("matrix length " + matrix.length + " is not a multiple of dim " + dim);
        }
        int rows = matrix.length / dim;
        int panels = (rows + W - 1) / W;
        long size = (long) panels * W * dim;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(rows + " rows × " + dim + " dims do not fit in one float array");
        }
        float[] data = new float[(int) size];
        int pairs = (dim + 1) / 2;
        int[] bf16 = new int[panels * W * pairs];
        float[] slack = new float[panels * W];
        // rounding of the two dot products and of the bound arithmetic, relative to the l1 norms (generous)
        double gamma = 2.0 * (dim + 8) * U;
        for (int r = 0; r < rows; r++) {
            int base = (r / W) * W * dim + r % W;
            int pairBase = (r / W) * W * pairs + r % W;
            int src = r * dim;
            double err = 0;
            double l1 = 0;
            for (int d = 0; d < dim; d++) {
                float x = matrix[src + d];
                data[base + d * W] = x;
                float h = roundToBf16(x);
                err += Math.abs((double) x - h);
                l1 += Math.abs((double) x) + Math.abs((double) h);
                int bits = Float.floatToRawIntBits(h);
                bf16[pairBase + (d / 2) * W] |= d % 2 == 0 ? bits : bits >>> 16;
            }
            double bound = (err + gamma * l1) * (1 + 0x1p-10);
            // NaN or overflow anywhere in the row: an infinite slack makes the row a candidate for exact scoring
            slack[r] = Double.isFinite(bound) ? Math.nextUp((float) bound) : Float.POSITIVE_INFINITY;
        }
        return new PanelMatrix(data, bf16, slack, rows, dim);
    }

    /** {@code x} rounded to the nearest bfloat16 (ties to even), as a float; NaN stays NaN. */
    static float roundToBf16(float x) {
        int bits = Float.floatToRawIntBits(x);
        if (x != x) {
            return x;
        }
        int rounded = bits + 0x7FFF + ((bits >>> 16) & 1);
        return Float.intBitsToFloat(rounded & 0xFFFF0000);
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The row length. */
    public int dim() {
        return dim;
    }

    /** Rows per panel on this machine; {@link #score} ranges start at multiples of it. */
    public static int panelRows() {
        return W;
    }

    /**
     * {@code out[r - from] = q · row r} for the rows {@code [from, to)}; {@code from} must be a multiple of
     * {@link #panelRows()} and {@code out} must have room for {@code to - from} rounded up to whole panels.
     */
    public void score(float[] q, int from, int to, float[] out) {
        checkRange(q, from, to);
        int firstPanel = from / W;
        int endPanel = (to + W - 1) / W;
        int stride = W * dim;
        int p = firstPanel;
        for (; p + GROUP <= endPanel; p += GROUP) {
            int o = p * stride;
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            FloatVector a2 = FloatVector.zero(S);
            FloatVector a3 = FloatVector.zero(S);
            for (int d = 0; d < dim; d++) {
                FloatVector qd = FloatVector.broadcast(S, q[d]);
                int od = o + d * W;
                a0 = FloatVector.fromArray(S, data, od).fma(qd, a0);
                a1 = FloatVector.fromArray(S, data, od + stride).fma(qd, a1);
                a2 = FloatVector.fromArray(S, data, od + 2 * stride).fma(qd, a2);
                a3 = FloatVector.fromArray(S, data, od + 3 * stride).fma(qd, a3);
            }
            int at = (p - firstPanel) * W;
            a0.intoArray(out, at);
            a1.intoArray(out, at + W);
            a2.intoArray(out, at + 2 * W);
            a3.intoArray(out, at + 3 * W);
        }
        for (; p < endPanel; p++) {
            int o = p * stride;
            FloatVector a = FloatVector.zero(S);
            for (int d = 0; d < dim; d++) {
                a = FloatVector.fromArray(S, data, o + d * W).fma(FloatVector.broadcast(S, q[d]), a);
            }
            a.intoArray(out, (p - firstPanel) * W);
        }
    }

    /**
     * Approximate scores from the bfloat16 copy: {@code out[r - from]} is within
     * {@code max|q| · slack(r) + absoluteSlack()} of {@link #score} for row r (when both are finite). Same range
     * rules as {@link #score}.
     */
    public void approximateScore(float[] q, int from, int to, float[] out) {
        checkRange(q, from, to);
        int firstPanel = from / W;
        int endPanel = (to + W - 1) / W;
        int stride = W * pairs;
        int p = firstPanel;
        for (; p + 2 <= endPanel; p += 2) {
            int o = p * stride;
            FloatVector e0 = FloatVector.zero(S);
            FloatVector d0 = FloatVector.zero(S);
            FloatVector e1 = FloatVector.zero(S);
            FloatVector d1 = FloatVector.zero(S);
            for (int j = 0; j < pairs; j++) {
                FloatVector qe = FloatVector.broadcast(S, q[2 * j]);
                FloatVector qo = FloatVector.broadcast(S, 2 * j + 1 < dim ? q[2 * j + 1] : 0f);
                IntVector v0 = IntVector.fromArray(SI, bf16, o + j * W);
                IntVector v1 = IntVector.fromArray(SI, bf16, o + stride + j * W);
                e0 = v0.and(0xFFFF0000).reinterpretAsFloats().fma(qe, e0);
                d0 = v0.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats().fma(qo, d0);
                e1 = v1.and(0xFFFF0000).reinterpretAsFloats().fma(qe, e1);
                d1 = v1.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats().fma(qo, d1);
            }
            int at = (p - firstPanel) * W;
            e0.add(d0).intoArray(out, at);
            e1.add(d1).intoArray(out, at + W);
        }
        for (; p < endPanel; p++) {
            int o = p * stride;
            FloatVector e = FloatVector.zero(S);
            FloatVector d = FloatVector.zero(S);
            for (int j = 0; j < pairs; j++) {
                IntVector v = IntVector.fromArray(SI, bf16, o + j * W);
                e = v.and(0xFFFF0000).reinterpretAsFloats().fma(FloatVector.broadcast(S, q[2 * j]), e);
                d = v.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats()
                        .fma(FloatVector.broadcast(S, 2 * j + 1 < dim ? q[2 * j + 1] : 0f), d);
            }
            e.add(d).intoArray(out, (p - firstPanel) * W);
        }
    }

    /**
     * The bound on |exact − approximate score| of {@code row} per unit of {@code max|q|}: the rounding of the row to
     * bfloat16 plus the rounding of both dot products; infinite for a row with a non-finite value.
     */
    public float slack(int row) {
        return slack[row];
    }

    /** An absolute term added to every bound: the rounding of products that underflow. */
    public float absoluteSlack() {
        return (dim + 2) * Float.MIN_NORMAL;
    }

    /** The exact score of one row: {@link VectorMath#sequentialDot} of {@code q} and the row. */
    public float score(float[] q, int row) {
        int base = (row / W) * W * dim + row % W;
        float s = 0f;
        for (int d = 0; d < dim; d++) {
            s = Math.fma(q[d], data[base + d * W], s);
        }
        return s;
    }

    private void checkRange(float[] q, int from, int to) {
        if (q.length < dim) {
            throw new IllegalArgumentException("query has " + q.length + " dimensions, matrix has " + dim);
        }
        if (from % W != 0 || from < 0 || to > rows || from > to) {
            throw new IllegalArgumentException("row range [" + from + ", " + to + ") is not panel-aligned within "
                    + rows + " rows");
        }
    }

    /** {@code out[r] = q · row r} for every row; {@code out} must have at least {@link #rows()} entries. */
    public void scoreAll(float[] q, float[] out) {
        int whole = rows - rows % W;
        if (whole > 0) {
            score(q, 0, whole, out);
        }
        if (whole < rows) {
            float[] tail = new float[W];
            score(q, whole, rows, tail);
            System.arraycopy(tail, 0, out, whole, rows - whole);
        }
    }
}
