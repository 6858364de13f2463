package org.recstudio.bandit.policy;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Beta variates for many arms at once with the Vector API, as X/(X+Y) of two gamma variates: Marsaglia &amp;
 * Tsang (2000) candidates from Box–Muller normals (Box &amp; Muller 1958) and counter-based uniforms (the
 * MurmurHash3 finaliser over a Weyl sequence), eight float lanes at a time; rejected lanes are redrawn.
 *
 * <p>The exact acceptance test log(u) &lt; x²/2 + d(1 − v + log v) cancels badly in float for large shapes, so it
 * is evaluated as log(u) &lt; d·g(t) with t = c·x and g(t) = 3·log1p(t) − 3t + 1.5t² − t³ — the same quantity,
 * with the cancelling terms removed analytically — by its series −¾t⁴ + ⅗t⁵ − ½t⁶ + … when |t| &lt; ¼.
 * Logarithms, sines and cosines are the single-precision Cephes polynomials (Moshier 1989; error ~1e-7, below the
 * float rounding of the variates). The distribution is that of {@link Gammas}; the random stream differs.
 *
 * <p>Work is done in phases over arrays (uniforms, normals, acceptance) so that no vector crosses a method
 * boundary: the JIT keeps vectors in registers only within a method it compiles as a whole.
 * Used by {@link BetaThompson} for arms with both shapes ≥ 1 (all arms, with the default uniform prior).
 */
final class VectorBetaSampler {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    static final int LANES = F.length();
    private static final float INV24 = 1f / (1 << 24);
    private static final int GOLDEN = 0x9E3779B9;

    private final IntVector laneIds = IntVector.zero(I).addIndex(1);
    private static final int POOL = 8 * LANES;
    private final float[] spare = new float[LANES];
    private final float[] poolU = new float[POOL];
    private final float[] poolN = new float[2 * POOL];
    private final float[] poolTmp = new float[2 * POOL];
    private int poolAt = POOL;
    private float[] uni = new float[0];
    private float[] nor = new float[0];
    private float[] x = new float[0];
    private float[] y = new float[0];
    private int counter;
    private int seed;

    /** Rounds {@code n} up to a whole number of lanes. */
    static int padded(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }

    /**
     * Writes a Beta(a_j, b_j) variate into {@code out[j]} for j in [0, padded(n)), where the gamma constants are
     * {@code dA = a - 1/3, cA = 1/sqrt(9 dA)} (and likewise for b); arrays have at least {@code padded(n)} entries,
     * with valid constants in the padding.
     */
    void sample(float[] dA, float[] cA, float[] dB, float[] cB, int n, long seed64, float[] out) {
        this.seed = (int) (seed64 ^ (seed64 >>> 32));
        this.counter = (int) seed64;
        this.poolAt = POOL;
        int m = padded(n);
        if (x.length < m) {
            int cap = padded(m + LANES); // even number of lanes for the normal pairs
            x = new float[cap];
            y = new float[cap];
            uni = new float[2 * cap];
            nor = new float[cap];
        }
        gammas(dA, cA, m, x);
        gammas(dB, cB, m, y);
        for (int i = 0; i < m; i += LANES) {
            FloatVector gx = FloatVector.fromArray(F, x, i);
            FloatVector gy = FloatVector.fromArray(F, y, i);
            gx.div(gx.add(gy)).intoArray(out, i);
        }
    }

    /** Gamma variates for the constants (d, c) of {@code m} arms into {@code out}. */
    private void gammas(float[] d, float[] c, int m, float[] out) {
        int pairs = (m + 2 * LANES - 1) / (2 * LANES) * (2 * LANES);
        uniforms(uni, 0, m + pairs);
        normals(uni, m, pairs, nor, 0);
        for (int i = 0; i < m; i += LANES) {
            accept(d, c, i, out);
        }
    }

    /** Writes {@code count} (a multiple of LANES) uniforms on (0, 1] into {@code dst[off..]}. */
    private void uniforms(float[] dst, int off, int count) {
        for (int k = 0; k < count; k += LANES) {
            IntVector v = laneIds.add(counter++ * LANES).mul(GOLDEN).add(seed);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 16)).mul(0x85ebca6b);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 13)).mul(0xc2b2ae35);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 16));
            v.lanewise(VectorOperators.LSHR, 8).add(1).convert(VectorOperators.I2F, 0).reinterpretAsFloats()
                    .mul(INV24).intoArray(dst, off + k);
        }
    }

    /**
     * Box–Muller: from {@code count} uniforms at {@code src[so..]} (a multiple of 2·LANES) writes {@code count}
     * standard normals to {@code dst[dOff..]}: radius sqrt(−2 log u₁), angle a uniform quarter turn plus a uniform
     * φ in [−π/4, π/4), both from u₂.
     */
    private static void normals(float[] src, int so, int count, float[] dst, int dOff) {
        logInPlace(src, so, count / 2);
        for (int k = 0; k < count; k += 2 * LANES) {
            FloatVector rad = FloatVector.fromArray(F, src, so + k / 2).mul(-2f).sqrt();
            FloatVector t = FloatVector.fromArray(F, src, so + count / 2 + k / 2).mul(4f);
            IntVector quarter = t.convert(VectorOperators.F2I, 0).reinterpretAsInts();
            FloatVector phi = t.sub(quarter.convert(VectorOperators.I2F, 0).reinterpretAsFloats()).sub(0.5f)
                    .mul((float) (Math.PI / 2));
            FloatVector p2 = phi.mul(phi);
            FloatVector sin = p2.mul(-1.9515295891e-4f).add(8.3321608736e-3f).mul(p2).add(-1.6666654611e-1f)
                    .mul(p2).mul(phi).add(phi);
            FloatVector cos = p2.mul(2.443315711809948e-5f).add(-1.388731625493765e-3f).mul(p2)
                    .add(4.166664568298827e-2f).mul(p2).mul(p2).sub(p2.mul(0.5f)).add(1f);
            // a quarter turn maps (cos, sin) to (−sin, cos); a half turn negates both
            VectorMask<Float> q1 = quarter.and(1).compare(VectorOperators.NE, 0).cast(F);
            VectorMask<Float> q2 = quarter.and(2).compare(VectorOperators.NE, 0).cast(F);
            FloatVector c = cos.blend(sin.neg(), q1);
            FloatVector s = sin.blend(cos, q1);
            rad.mul(c.blend(c.neg(), q2)).intoArray(dst, dOff + k);
            rad.mul(s.blend(s.neg(), q2)).intoArray(dst, dOff + k + LANES);
        }
    }

    /** Replaces {@code a[off..off+count)} (values in (0, 1], count a multiple of LANES) by their logarithms. */
    private static void logInPlace(float[] a, int off, int count) {
        for (int k = off; k < off + count; k += LANES) {
            IntVector bitsU = FloatVector.fromArray(F, a, k).reinterpretAsInts();
            IntVector e = bitsU.lanewise(VectorOperators.LSHR, 23).sub(127);
            FloatVector m = bitsU.and(0x007FFFFF).or(0x3F800000).reinterpretAsFloats();
            VectorMask<Float> big = m.compare(VectorOperators.GT, 1.41421356f);
            m = m.blend(m.mul(0.5f), big);
            FloatVector ef = e.convert(VectorOperators.I2F, 0).reinterpretAsFloats();
            ef = ef.blend(ef.add(1f), big);
            FloatVector xm = m.sub(1f);
            FloatVector x2 = xm.mul(xm);
            FloatVector poly = xm.mul(7.0376836292e-2f).add(-1.1514610310e-1f).mul(xm).add(1.1676998740e-1f).mul(xm)
                    .add(-1.2420140846e-1f).mul(xm).add(1.4249322787e-1f).mul(xm).add(-1.6668057665e-1f).mul(xm)
                    .add(2.0000714765e-1f).mul(xm).add(-2.4999993993e-1f).mul(xm).add(3.3333331174e-1f);
            FloatVector yv = xm.mul(x2).mul(poly).add(ef.mul(-2.12194440e-4f)).sub(x2.mul(0.5f));
            xm.add(yv).add(ef.mul(0.693359375f)).intoArray(a, k);
        }
    }

    /** Accepts or redraws the LANES candidates of arms {@code i..}, writing the gamma variates to {@code out}. */
    private void accept(float[] dArr, float[] cArr, int i, float[] out) {
        FloatVector d = FloatVector.fromArray(F, dArr, i);
        FloatVector c = FloatVector.fromArray(F, cArr, i);
        FloatVector xs = FloatVector.fromArray(F, nor, i);
        FloatVector u = FloatVector.fromArray(F, uni, i);
        FloatVector result = FloatVector.zero(F);
        VectorMask<Float> done = F.maskAll(false);
        while (true) {
            FloatVector t = xs.mul(c);
            FloatVector v = t.add(1f);
            VectorMask<Float> positive = v.compare(VectorOperators.GT, 0f);
            FloatVector x2 = xs.mul(xs);
            VectorMask<Float> ok = u.compare(VectorOperators.LT, x2.mul(x2).mul(-0.0331f).add(1f)).and(positive);
            if (!ok.or(done).allTrue()) {
                // the exact test, log(u) < d·g(t), for lanes the squeeze did not accept; since log(u) <= u − 1,
                // u − 1 < d·g(t) already accepts, and the logarithm is taken only for lanes still undecided
                FloatVector t2 = t.mul(t);
                FloatVector g = t2.mul(t2).mul(t.mul(t.mul(t.mul(t.mul(t.mul(t.mul(-0.3f).add(1f / 3))
                        .add(-0.375f)).add(3f / 7)).add(-0.5f)).add(0.6f)).add(-0.75f));
                VectorMask<Float> large = t.abs().compare(VectorOperators.GE, 0.25f);
                if (large.anyTrue()) {
                    FloatVector direct = t.lanewise(VectorOperators.LOG1P).mul(3f).sub(t.mul(3f))
                            .add(t2.mul(1.5f)).sub(t2.mul(t));
                    g = g.blend(direct, large);
                }
                FloatVector dg = d.mul(g);
                ok = ok.or(u.sub(1f).compare(VectorOperators.LT, dg).and(positive));
                if (!ok.or(done).allTrue()) {
                    u.intoArray(spare, 0);
                    logInPlace(spare, 0, LANES);
                    ok = ok.or(FloatVector.fromArray(F, spare, 0).compare(VectorOperators.LT, dg).and(positive));
                }
            }
            result = result.blend(v.mul(v).mul(v).mul(d), ok.andNot(done));
            done = done.or(ok);
            if (done.allTrue()) {
                result.intoArray(out, i);
                return;
            }
            // redraw from the pool of spare candidates, refilled when used up
            if (poolAt == POOL) {
                uniforms(poolU, 0, POOL);
                uniforms(poolTmp, 0, 2 * POOL);
                normals(poolTmp, 0, 2 * POOL, poolN, 0);
                poolAt = 0;
            }
            xs = FloatVector.fromArray(F, poolN, poolAt);
            u = FloatVector.fromArray(F, poolU, poolAt);
            poolAt += LANES;
        }
    }
}
