package org.recstudio.engine.model.seq;

import org.recstudio.engine.model.DenseSpd;
import org.recstudio.engine.progress.Progress;

/**
 * The closed-form SLIST solve (Choi et al., WWW 2021): from the sessions, the matrices
 * {@code A = α XᵀWX + (1-α) SᵀWS} and {@code C = α XᵀWX + (1-α) SᵀWT}, then
 * {@code B = P C - P · diag(diag(P C) / diag(P))} with {@code P = (A + λI)⁻¹} — the minimiser of
 * {@code α‖W^½(X - XB)‖² + (1-α)‖W^½(T - SB)‖² + λ‖B‖²} subject to {@code diag(B) = 0}.
 *
 * <p>{@code X}: one row per session, 1 for each item in it (SLIS). {@code S}, {@code T}: for each prediction
 * point {@code t} of a session, the items of the {@code window} positions before {@code t} (past) and from
 * {@code t} on (future), weighted {@code exp(-d / δ)} by their distance {@code d} to the point (SLIT). {@code W}:
 * each session's time weight.
 */
final class SlistSolver {

    /** Peak heap bytes per item-item cell: A (factor), C, P in doubles and B in floats. */
    static final long BYTES_PER_CELL = 28;

    private SlistSolver() {
    }

    /** The weights {@code B}, row-major as floats. */
    static float[] solve(Sessions s, int n, SequentialParams p, Progress progress) {
        double[] a = new double[n * n];
        double[] c = new double[n * n];
        accumulate(s, n, p, a, c, progress);
        for (int i = 0; i < n; i++) {
            a[i * n + i] += p.lambda();
        }
        progress.update("Solving SLIST", 0, 3);
        DenseSpd factor = DenseSpd.factor(a, n);
        a = null; // now held by the factor only
        double[] inv = factor.inverse();
        progress.checkCancelled();
        progress.update("Solving SLIST", 1, 3);
        factor.solveInPlace(c, n); // c := P C, column-major
        factor = null; // release the factor before allocating B
        progress.checkCancelled();
        progress.update("Solving SLIST", 2, 3);
        float[] b = new float[n * n];
        for (int j = 0; j < n; j++) {
            double mu = c[j + j * n] / inv[j + j * n];
            for (int i = 0; i < n; i++) {
                b[i * n + j] = i == j ? 0f : (float) (c[i + j * n] - inv[i + j * n] * mu);
            }
        }
        progress.update("Solving SLIST", 3, 3);
        return b;
    }

    /** Adds the SLIS and SLIT terms of every session to {@code a} (symmetric) and {@code c} (column-major). */
    static void accumulate(Sessions s, int n, SequentialParams p, double[] a, double[] c, Progress progress) {
        long latest = s.latestEnd();
        int[] items = new int[Math.max(2 * p.window(), 1)];
        double[] weights = new double[items.length];
        int[] futureItems = new int[p.window()];
        double[] futureWeights = new double[p.window()];
        for (int x = 0; x < s.count(); x++) {
            if ((x & 1023) == 0) {
                progress.checkCancelled();
                progress.update("Session matrices", x, s.count());
            }
            double w = sessionWeight(s.endTime()[x], latest, p.sessionRecencyDays());
            int from = s.start(x);
            int to = s.end(x);
            if (p.alpha() > 0) {
                int[] distinct = distinct(s.item(), from, to);
                double v = p.alpha() * w;
                for (int i : distinct) {
                    for (int j : distinct) {
                        a[i * n + j] += v;
                        c[i + j * n] += v;
                    }
                }
            }
            if (p.alpha() < 1) {
                double v = (1 - p.alpha()) * w;
                for (int t = from + 1; t < to; t++) {
                    int past = vector(s.item(), Math.max(from, t - p.window()), t, t - 1, p.positionDecay(),
                            items, weights);
                    int future = vector(s.item(), t, Math.min(to, t + p.window()), t, p.positionDecay(),
                            futureItems, futureWeights);
                    for (int q = 0; q < past; q++) {
                        for (int r = 0; r < past; r++) {
                            a[items[q] * n + items[r]] += v * weights[q] * weights[r];
                        }
                        for (int r = 0; r < future; r++) {
                            c[items[q] + futureItems[r] * n] += v * weights[q] * futureWeights[r];
                        }
                    }
                }
            }
        }
        progress.update("Session matrices", s.count(), s.count());
    }

    /**
     * Collects the distinct items of positions {@code [from, to)} with weight {@code exp(-|pos - anchor| / δ)},
     * keeping an item's largest weight; returns how many.
     */
    static int vector(int[] seq, int from, int to, int anchor, double delta, int[] items,
                      double[] weights) {
        int n = 0;
        for (int k = from; k < to; k++) {
            double w = Math.exp(-Math.abs(k - anchor) / delta);
            int at = indexOf(items, n, seq[k]);
            if (at < 0) {
                items[n] = seq[k];
                weights[n++] = w;
            } else if (w > weights[at]) {
                weights[at] = w;
            }
        }
        return n;
    }

    private static int indexOf(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int[] distinct(int[] seq, int from, int to) {
        int[] copy = java.util.Arrays.copyOfRange(seq, from, to);
        return java.util.Arrays.stream(copy).sorted().distinct().toArray();
    }

    /** {@code exp(-(latest - end) / days)}, or 1 when decay is off or a time is unknown. */
    static double sessionWeight(long end, long latest, double days) {
        if (days <= 0 || end == Long.MIN_VALUE || latest == Long.MIN_VALUE) {
            return 1;
        }
        return Math.exp(-(latest - end) / (days * 86_400_000.0));
    }
}
