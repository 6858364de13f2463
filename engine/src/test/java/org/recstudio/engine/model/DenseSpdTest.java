package org.recstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dense SPD factor against plain matrix arithmetic. */
class DenseSpdTest {

    /** {@code BᵀB + n·I} for a random B: symmetric positive definite, column-major. */
    private static double[] spd(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] b = new double[n * n];
        for (int i = 0; i < b.length; i++) {
            b[i] = rnd.nextGaussian();
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = i == j ? n : 0;
                for (int k = 0; k < n; k++) {
                    s += b[i * n + k] * b[j * n + k];
                }
                a[j * n + i] = s;
            }
        }
        return a;
    }

    @Test void inverseTimesMatrixIsTheIdentityAndTheInverseIsSymmetric() {
        for (int n : new int[] {1, 2, 7, 40}) {
            double[] a = spd(n, n);
            double[] original = a.clone();
            double[] inv = DenseSpd.factor(a, n).inverse();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += original[k * n + i] * inv[j * n + k];
                    }
                    assertEquals(i == j ? 1 : 0, s, 1e-10, "n " + n + " (" + i + ", " + j + ")");
                    assertEquals(inv[j * n + i], inv[i * n + j], "symmetry at (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test void inverseAgreesWithSolvingAgainstTheIdentityAndLeavesTheFactorUsable() {
        int n = 25;
        DenseSpd f = DenseSpd.factor(spd(n, 3), n);
        double[] inv = f.inverse();
        double[] id = new double[n * n];
        for (int i = 0; i < n; i++) {
            id[i * n + i] = 1;
        }
        f.solveInPlace(id, n); // after inverse(): the factor must be intact
        for (int c = 0; c < n * n; c++) {
            assertEquals(id[c], inv[c], 1e-12, "cell " + c);
        }
    }

    @Test void aMatrixThatIsNotPositiveDefiniteIsRefusedWithAHint() {
        double[] a = {1, 2, 2, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DenseSpd.factor(a, 2));
        assertEquals(true, e.getMessage().contains("increase the regularisation"), e.getMessage());
    }
}
