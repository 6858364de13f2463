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
 * <p>A second, quarter-size copy holds every row quantised to signed bytes with a per-row scale (max |x| / 127), in
 * the same panel layout, for a memory-bound first pass ({@link #approximateScore}), with a per-row bound
 * ({@link #slack}) on how far an approximate score can be from the exact one: {@link ExactTopK} scans the
 * quarter-size copy and rescores only the rows whose bound reaches the top k, so its answer stays exact.
 *
 * <p>Immutable after construction; safe to share between threads.
 */
public final class PanelMatrix {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Ints in a vector of the same size: one int holds four dimensions (bytes) of one row. */
    private static final VectorSpecies<Integer> SI = VectorSpecies.of(int.class, S.vectorShape());
    /** Unit roundoff of float. */
    private static final double U = Math.ulp(1.0f) / 2;
    /** Rows per panel: the lanes of one vector. */
    static final int W = S.length();
    /** Panels scored together: independent FMA chains that hide the FMA latency. */
    private static final int GROUP = 4;

    private final float[] data;
    /** Per panel and group of four dimensions, W ints: row j's bytes for dimensions 4g..4g+3, low byte first. */
    private final int[] bytes;
    private final float[] scale;
    private final float[] slack;
    private final int rows;
    private final int dim;
    /** {@code dim} rounded up to a multiple of 4: the row length in {@link #bytes}. */
    private final int dim4;

    private PanelMatrix(float[] data, int[] bytes, float[] scale, float[] slack, int rows, int dim) {
        this.data = data;
        this.bytes = bytes;
        this.scale = scale;
        this.slack = slack;
        this.rows = rows;
        this.dim = dim;
        this.dim4 = (dim + 3) / 4 * 4;
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
        int dim4 = (dim + 3) / 4 * 4;
        int[] bytes = new int[Math.toIntExact((long) panels * W * dim4 / 4)];
        float[] scale = new float[panels * W];
        float[] slack = new float[panels * W];
        // rounding of the two dot products and of the bound arithmetic, relative to the l1 norms (generous)
        double gamma = 2.0 * (dim + 8) * U;
        for (int r = 0; r < rows; r++) {
            int base = (r / W) * W * dim + r % W;
            int byteBase = (r / W) * W * (dim4 / 4) + r % W;
            int src = r * dim;
            float max = 0f;
            for (int d = 0; d < dim; d++) {
                float x = matrix[src + d];
                data[base + d * W] = x;
                max = Math.abs(x) > max || x != x ? Math.abs(x) : max;
            }
            float s = max / 127f;
            if (!Float.isFinite(s)) {
                // NaN or infinity in the row: an infinite slack makes it a candidate for exact scoring
                slack[r] = Float.POSITIVE_INFINITY;
                continue;
            }
            scale[r] = s;
            double err = 0;
            double l1 = 0;
            for (int d = 0; d < dim; d++) {
                float x = matrix[src + d];
                int v = s == 0 ? 0 : (int) Math.max(-127, Math.min(127, Math.rint(x / s)));
                bytes[byteBase + (d / 4) * W] |= (v & 0xFF) << (8 * (d % 4));
                double h = (double) s * v;
                err += Math.abs(x - h);
                l1 += Math.abs((double) x) + Math.abs(h);
            }
            double bound = (err + gamma * l1) * (1 + 0x1p-10);
            slack[r] = Double.isFinite(bound) ? Math.nextUp((float) bound) : Float.POSITIVE_INFINITY;
        }
        return new PanelMatrix(data, bytes, scale, slack, rows, dim);
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
     * Approximate scores from the byte copy: {@code out[r - from]} is within
     * {@code max|q| · slack(r) + absoluteSlack()} of {@link #score} for row r (when both are finite). Same range
     * rules as {@link #score}.
     */
    public void approximateScore(float[] q, int from, int to, float[] out) {
        checkRange(q, from, to);
        int firstPanel = from / W;
        int endPanel = (to + W - 1) / W;
        int groups = dim4 / 4;
        int stride = W * groups;
        int full = dim / 4;
        for (int p = firstPanel; p < endPanel; p++) {
            int o = p * stride;
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            for (int g = 0; g < groups; g++) {
                IntVector v = IntVector.fromArray(SI, bytes, o + g * W);
                int d = 4 * g;
                if (g < full) {
                    a0 = signedByte(v, 0).fma(FloatVector.broadcast(S, q[d]), a0);
                    a1 = signedByte(v, 1).fma(FloatVector.broadcast(S, q[d + 1]), a1);
                    a0 = signedByte(v, 2).fma(FloatVector.broadcast(S, q[d + 2]), a0);
                    a1 = signedByte(v, 3).fma(FloatVector.broadcast(S, q[d + 3]), a1);
                } else { // the last, partial group: padded bytes are zero, and so are their weights
                    for (int k = 0; k < 4; k++) {
                        a0 = signedByte(v, k).fma(FloatVector.broadcast(S, d + k < dim ? q[d + k] : 0f), a0);
                    }
                }
            }
            a0.add(a1).mul(FloatVector.fromArray(S, scale, p * W)).intoArray(out, (p - firstPanel) * W);
        }
    }

    /**
     * Which of the {@link #panelRows()} rows from {@code row} (panel-aligned) may reach {@code floor}: bit j is set
     * unless {@code approx[at + j] + max|q| · slack + absolute} is below it (a NaN bound counts as reaching).
     */
    int reaching(float[] approx, int at, int row, float qMax, float absolute, float floor) {
        FloatVector upper = FloatVector.fromArray(S, slack, row)
                .fma(FloatVector.broadcast(S, qMax), FloatVector.broadcast(S, absolute))
                .add(FloatVector.fromArray(S, approx, at));
        return (int) upper.compare(VectorOperators.LT, floor).not().toLong();
    }

    /** Byte {@code k} (0 = lowest) of every lane of {@code v}, sign-extended, as floats. */
    private static FloatVector signedByte(IntVector v, int k) {
        IntVector x = k == 3 ? v : v.lanewise(VectorOperators.LSHL, 24 - 8 * k);
        return (FloatVector) x.lanewise(VectorOperators.ASHR, 24).convert(VectorOperators.I2F, 0);
    }

    /**
     * The bound on |exact − approximate score| of {@code row} per unit of {@code max|q|}: the quantisation of the
     * row to bytes plus the rounding of both dot products; infinite for a row with a non-finite value.
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
