package org.recstudio.bandit.policy;

import java.util.Map;
import org.recstudio.bandit.linalg.Cholesky;
import org.recstudio.bandit.linalg.LinAlg;

/**
 * LinUCB with hybrid linear models (Li, Chu, Langford &amp; Schapire 2010, Algorithm 2): the expected reward of
 * arm a is zᵀβ + xᵀθ_a, where β is shared by all arms over shared features z (e.g. item content, so a new item
 * starts from what similar items taught) and θ_a is the arm's own over its context x. The index adds α times the
 * standard deviation s of the paper's equation (12). Per-arm A_a⁻¹ is maintained by Sherman–Morrison with periodic
 * refactorisation; the shared k×k system is re-solved by Cholesky after each update. Deterministic up to ties.
 */
public final class HybridLinUcb extends IndexPolicy {

    /**
     * @param alpha         the width of the confidence bound
     * @param lambda        the ridge regulariser of the shared and per-arm models
     * @param refactorEvery Sherman–Morrison updates between exact refactorisations of an arm's A⁻¹
     */
    public record Params(double alpha, double lambda, int refactorEvery) {
        public Params {
            if (!(alpha >= 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha must be >= 0 and finite, got " + alpha);
            }
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda must be > 0 and finite, got " + lambda);
            }
            if (refactorEvery < 1) {
                throw new IllegalArgumentException("refactorEvery must be >= 1, got " + refactorEvery);
            }
        }

        public static Params defaults() {
            return new Params(1.0, 1.0, 1000);
        }
    }

    private final Params params;
    private final int d;
    private final int k;
    private final double[] a0;
    private final double[] b0;
    private final double[] a0inv;
    private final double[] beta;
    private boolean dirty;
    private final RidgeState[] arm;
    private final double[][] bArm;
    private final double[] w;
    private final double[] v;
    private final double[] g;
    private final double[] h;

    public HybridLinUcb(int arms, int dimension, int sharedDimension, Params params) {
        super("hybrid-linucb", PolicySpec.format("hybrid-linucb", params), arms);
        if (dimension < 1 || sharedDimension < 1 || dimension > 4096 || sharedDimension > 4096) {
            throw new IllegalArgumentException("hybrid-linucb dimensions must be in 1..4096, got " + dimension
                    + " and " + sharedDimension);
        }
        this.params = params;
        this.d = dimension;
        this.k = sharedDimension;
        this.a0 = LinAlg.scaledIdentity(k, params.lambda());
        this.a0inv = LinAlg.scaledIdentity(k, 1 / params.lambda());
        this.b0 = new double[k];
        this.beta = new double[k];
        this.arm = new RidgeState[arms];
        this.bArm = new double[arms][];
        this.w = new double[d];
        this.v = new double[k];
        this.g = new double[k];
        this.h = new double[k];
    }

    @Override public int dimension() {
        return d;
    }

    @Override public int sharedDimension() {
        return k;
    }

    private void solveShared() {
        if (!dirty) {
            return;
        }
        double[] l = new double[k * k];
        if (!Cholesky.factor(a0, k, l)) {
            throw new IllegalStateException("hybrid-linucb shared matrix lost positive-definiteness");
        }
        Cholesky.inverse(l, k, a0inv, new double[k]);
        System.arraycopy(b0, 0, beta, 0, k);
        Cholesky.solve(l, k, beta);
        dirty = false;
    }

    /** The index of {@code a} for context x at {@code x[xo..]} and shared features z at {@code z[zo..]}. */
    public double index(int a, double[] x, int xo, double[] z, int zo) {
        solveShared();
        LinAlg.symMatVec(a0inv, k, z, zo, g);
        double zAz = LinAlg.dot(z, zo, g, 0, k);
        double mean = LinAlg.dot(z, zo, beta, 0, k);
        RidgeState m = arm[a];
        double s;
        if (m == null) {
            s = zAz + LinAlg.dot(x, xo, x, xo, d) / params.lambda();
        } else {
            LinAlg.symMatVec(m.ainv, d, x, xo, w);
            LinAlg.matTVec(bArm[a], d, k, w, 0, v);
            mean += LinAlg.dot(w, 0, m.b, 0, d) - LinAlg.dot(v, 0, beta, 0, k);
            LinAlg.symMatVec(a0inv, k, v, 0, h);
            s = zAz - 2 * LinAlg.dot(g, 0, v, 0, k) + LinAlg.dot(x, xo, w, 0, d) + LinAlg.dot(v, 0, h, 0, k);
        }
        return mean + params.alpha() * Math.sqrt(Math.max(0.0, s));
    }

    @Override void indexes(Round round, double[] out) {
        double[] x = round.features();
        double[] z = round.sharedFeatures();
        for (int j = 0; j < round.size(); j++) {
            out[j] = index(round.arm(j), x, j * d, z, j * k);
        }
    }

    /** Adds ∓ (B_aᵀ A_a⁻¹ B_a) to A0 and ∓ (B_aᵀ A_a⁻¹ b_a) to b0. */
    private void shareArm(RidgeState m, double[] ba, double sign) {
        double[] c = new double[d * k];
        double[] col = new double[d];
        double[] tmp = new double[d];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < d; i++) {
                col[i] = ba[i * k + j];
            }
            LinAlg.symMatVec(m.ainv, d, col, 0, tmp);
            for (int i = 0; i < d; i++) {
                c[i * k + j] = tmp[i];
            }
        }
        // A0 += sign · Bᵀ C ; b0 += sign · Cᵀ b
        for (int i = 0; i < d; i++) {
            LinAlg.addOuter(a0, k, k, sign, ba, i * k, c, i * k);
        }
        double[] ctb = new double[k];
        LinAlg.matTVec(c, d, k, m.b, 0, ctb);
        LinAlg.axpy(sign, ctb, 0, b0, k);
    }

    @Override public void update(Feedback f) {
        check(f);
        int a = f.arm();
        double kappa = f.examination();
        double[] x = new double[d];
        double[] z = new double[k];
        for (int i = 0; i < d; i++) {
            x[i] = kappa * f.x()[i];
        }
        for (int i = 0; i < k; i++) {
            z[i] = kappa * f.z()[i];
        }
        if (arm[a] == null) {
            arm[a] = new RidgeState(d, params.lambda(), params.refactorEvery());
            bArm[a] = new double[d * k];
        }
        RidgeState m = arm[a];
        shareArm(m, bArm[a], +1);
        m.update(x, 0, 1.0, f.reward());
        LinAlg.addOuter(bArm[a], d, k, 1.0, x, 0, z, 0);
        LinAlg.addOuter(a0, k, k, 1.0, z, 0, z, 0);
        LinAlg.axpy(f.reward(), z, 0, b0, k);
        shareArm(m, bArm[a], -1);
        dirty = true;
        updates++;
    }

    @Override void saveState(Map<String, double[]> out) {
        out.put("A0", a0.clone());
        out.put("b0", b0.clone());
        for (int a = 0; a < arms; a++) {
            if (arm[a] != null) {
                arm[a].save("arm" + a + ".", out);
                out.put("arm" + a + ".B", bArm[a].clone());
            }
        }
    }

    @Override void restoreState(PolicySnapshot s) {
        System.arraycopy(s.require("A0", k * k), 0, a0, 0, k * k);
        System.arraycopy(s.require("b0", k), 0, b0, 0, k);
        for (int a = 0; a < arms; a++) {
            if (s.state().containsKey("arm" + a + ".A")) {
                arm[a] = new RidgeState(d, params.lambda(), params.refactorEvery());
                arm[a].restore("arm" + a + ".", s);
                bArm[a] = s.require("arm" + a + ".B", d * k).clone();
            } else {
                arm[a] = null;
                bArm[a] = null;
            }
        }
        dirty = true;
    }
}
