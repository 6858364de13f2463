package org.recstudio.bandit.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recstudio.bandit.linalg.LinAlg;

/** Numerics of the linear policies against direct solves. */
class LinearPoliciesTest {

    private static double[] randomVector(SplittableRandom rng, int d, double scale) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = scale * rng.nextGaussian();
        }
        return x;
    }

    /** A⁻¹ of the explicitly accumulated A, by Gauss–Jordan elimination with partial pivoting (independent code). */
    private static double[] gaussJordanInverse(double[] a, int n) {
        double[] m = a.clone();
        double[] inv = LinAlg.scaledIdentity(n, 1);
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r * n + c]) > Math.abs(m[piv * n + c])) {
                    piv = r;
                }
            }
            for (int k = 0; k < n; k++) {
                double t = m[c * n + k];
                m[c * n + k] = m[piv * n + k];
                m[piv * n + k] = t;
                t = inv[c * n + k];
                inv[c * n + k] = inv[piv * n + k];
                inv[piv * n + k] = t;
            }
            double p = m[c * n + c];
            for (int k = 0; k < n; k++) {
                m[c * n + k] /= p;
                inv[c * n + k] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r * n + c];
                    for (int k = 0; k < n; k++) {
                        m[r * n + k] -= f * m[c * n + k];
                        inv[r * n + k] -= f * inv[c * n + k];
                    }
                }
            }
        }
        return inv;
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test void shermanMorrisonMatchesTheDirectInverseAtDimension128() {
        int d = 128;
        SplittableRandom rng = new SplittableRandom(42);
        RidgeState sm = new RidgeState(d, 1.0, Integer.MAX_VALUE); // never refactor: pure Sherman–Morrison
        double[] a = LinAlg.scaledIdentity(d, 1.0);
        double[] b = new double[d];
        for (int t = 0; t < 3000; t++) {
            double[] x = randomVector(rng, d, 1 / Math.sqrt(d));
            double r = rng.nextDouble();
            sm.update(x, 0, 1.0, r);
            LinAlg.addOuter(a, d, d, 1.0, x, 0, x, 0);
            LinAlg.axpy(r, x, 0, b, d);
        }
        assertArrayEquals(a, sm.a, 1e-9);
        double[] inv = gaussJordanInverse(a, d);
        double rel = maxAbsDiff(inv, sm.ainv) / maxAbs(inv);
        assertTrue(rel < 1e-9, "Sherman–Morrison drift after 3000 updates at d=128: " + rel);
        double[] theta = new double[d];
        LinAlg.matVec(inv, d, d, b, 0, theta);
        assertTrue(maxAbsDiff(theta, sm.theta) / maxAbs(theta) < 1e-9, "RLS θ vs A⁻¹b");
        sm.refactor();
        assertTrue(maxAbsDiff(inv, sm.ainv) / maxAbs(inv) < 1e-12, "refactorised inverse");
    }

    @Test void periodicRefactorisationKeepsTheInverseExact() {
        int d = 16;
        SplittableRandom rng = new SplittableRandom(1);
        RidgeState s = new RidgeState(d, 0.5, 50);
        for (int t = 0; t < 1000; t++) {
            s.update(randomVector(rng, d, 3), 0, 1.0, rng.nextGaussian());
        }
        double[] inv = gaussJordanInverse(s.a, d);
        assertTrue(maxAbsDiff(inv, s.ainv) / maxAbs(inv) < 1e-12);
    }

    @Test void linUcbIndexIsThetaXPlusAlphaWidthByDirectSolve() {
        int d = 5;
        LinUcb p = new LinUcb(2, d, new LinUcb.Params(0.7, 2.0, 1000));
        SplittableRandom rng = new SplittableRandom(3);
        double[] a = LinAlg.scaledIdentity(d, 2.0);
        double[] b = new double[d];
        for (int t = 0; t < 40; t++) {
            double[] x = randomVector(rng, d, 1);
            double r = rng.nextDouble();
            p.update(new Feedback(1, r, 1.0, x, null));
            LinAlg.addOuter(a, d, d, 1.0, x, 0, x, 0);
            LinAlg.axpy(r, x, 0, b, d);
        }
        double[] inv = gaussJordanInverse(a, d);
        double[] theta = new double[d];
        LinAlg.matVec(inv, d, d, b, 0, theta);
        assertArrayEquals(theta, p.theta(1), 1e-10);
        double[] x = randomVector(rng, d, 1);
        double[] ax = new double[d];
        LinAlg.matVec(inv, d, d, x, 0, ax);
        double expected = LinAlg.dot(theta, 0, x, 0, d) + 0.7 * Math.sqrt(LinAlg.dot(x, 0, ax, 0, d));
        // the confidence width is computed from a single-precision copy of A⁻¹: relative error ~1e-6
        assertEquals(expected, p.index(1, x, 0), 1e-6 * Math.abs(expected));
        // an arm without feedback: θ = 0, A = λI
        assertEquals(0.7 * Math.sqrt(LinAlg.dot(x, 0, x, 0, d) / 2.0), p.index(0, x, 0), 1e-12);
        assertEquals(LinAlg.quadForm(inv, d, x, 0), LinAlg.dot(x, 0, ax, 0, d), 1e-12);
    }

    @Test void hybridLinUcbMatchesThePapersFormulasWithExplicitInverses() {
        int d = 3;
        int k = 4;
        HybridLinUcb p = new HybridLinUcb(3, d, k, new HybridLinUcb.Params(0.5, 1.0, 1000));
        SplittableRandom rng = new SplittableRandom(11);
        // explicit accumulation as in Li et al. (2010), Algorithm 2
        double[] a0 = LinAlg.scaledIdentity(k, 1);
        double[] b0 = new double[k];
        double[][] aa = {LinAlg.scaledIdentity(d, 1), LinAlg.scaledIdentity(d, 1), LinAlg.scaledIdentity(d, 1)};
        double[][] ba = {new double[d * k], new double[d * k], new double[d * k]};
        double[][] bb = {new double[d], new double[d], new double[d]};
        for (int t = 0; t < 60; t++) {
            int arm = rng.nextInt(2); // arm 2 never played
            double[] x = randomVector(rng, d, 1);
            double[] z = randomVector(rng, k, 1);
            double r = rng.nextDouble();
            p.update(new Feedback(arm, r, 1.0, x, z));
            double[] inv = gaussJordanInverse(aa[arm], d);
            addBtAinvB(a0, b0, ba[arm], inv, bb[arm], d, k, +1);
            LinAlg.addOuter(aa[arm], d, d, 1, x, 0, x, 0);
            LinAlg.addOuter(ba[arm], d, k, 1, x, 0, z, 0);
            LinAlg.axpy(r, x, 0, bb[arm], d);
            LinAlg.addOuter(a0, k, k, 1, z, 0, z, 0);
            LinAlg.axpy(r, z, 0, b0, k);
            inv = gaussJordanInverse(aa[arm], d);
            addBtAinvB(a0, b0, ba[arm], inv, bb[arm], d, k, -1);
        }
        double[] x = randomVector(rng, d, 1);
        double[] z = randomVector(rng, k, 1);
        double[] a0inv = gaussJordanInverse(a0, k);
        double[] beta = new double[k];
        LinAlg.matVec(a0inv, k, k, b0, 0, beta);
        for (int arm = 0; arm < 3; arm++) {
            double[] ainv = gaussJordanInverse(aa[arm], d);
            double[] bBeta = new double[d];
            LinAlg.matVec(ba[arm], d, k, beta, 0, bBeta);
            double[] resid = bb[arm].clone();
            LinAlg.axpy(-1, bBeta, 0, resid, d);
            double[] theta = new double[d];
            LinAlg.matVec(ainv, d, d, resid, 0, theta);
            double[] ainvX = new double[d];
            LinAlg.matVec(ainv, d, d, x, 0, ainvX);
            double[] btAinvX = new double[k];
            LinAlg.matTVec(ba[arm], d, k, ainvX, 0, btAinvX);
            double[] a0invZ = new double[k];
            LinAlg.matVec(a0inv, k, k, z, 0, a0invZ);
            double[] a0invV = new double[k];
            LinAlg.matVec(a0inv, k, k, btAinvX, 0, a0invV);
            double s = LinAlg.dot(z, 0, a0invZ, 0, k) - 2 * LinAlg.dot(a0invZ, 0, btAinvX, 0, k)
                    + LinAlg.dot(x, 0, ainvX, 0, d) + LinAlg.dot(btAinvX, 0, a0invV, 0, k);
            double expected = LinAlg.dot(z, 0, beta, 0, k) + LinAlg.dot(x, 0, theta, 0, d) + 0.5 * Math.sqrt(s);
            assertEquals(expected, p.index(arm, x, 0, z, 0), 1e-9, "arm " + arm);
        }
    }

    private static void addBtAinvB(double[] a0, double[] b0, double[] bArm, double[] ainv, double[] b, int d, int k,
                                   double sign) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) {
                        s += bArm[p * k + i] * ainv[p * d + q] * bArm[q * k + j];
                    }
                }
                a0[i * k + j] += sign * s;
            }
            double s = 0;
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    s += bArm[p * k + i] * ainv[p * d + q] * b[q];
                }
            }
            b0[i] += sign * s;
        }
    }

    @Test void linearThompsonDrawsHaveThePosteriorCovariance() {
        int d = 3;
        LinearThompson p = new LinearThompson(2, d, new LinearThompson.Params(0.8, 1.0, 1000, 10));
        SplittableRandom rng = new SplittableRandom(5);
        for (int t = 0; t < 30; t++) {
            p.update(new Feedback(0, rng.nextDouble(), 1.0, randomVector(rng, d, 1), null));
        }
        // score of a candidate with features e_0 is μ̃_0 ~ N(μ̂_0, v² (B⁻¹)_00)
        double[] x = {1, 0, 0, 0, 1, 0};
        Round round = Round.withFeatures(new int[] {0, 1}, 2, x, d);
        double[] out = new double[2];
        int n = 40000;
        double s = 0;
        double q = 0;
        for (int t = 0; t < n; t++) {
            p.sample(round, rng, out);
            s += out[0];
            q += out[0] * out[0];
        }
        double[] binv = gaussJordanInverse(p.snapshot().state().get("A"), d);
        assertEquals(p.mean()[0], s / n, 0.01);
        assertEquals(0.64 * binv[0], q / n - (s / n) * (s / n), 0.05 * 0.64 * binv[0]);
    }
}
