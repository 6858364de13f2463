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
        int pairs = pairs(m);
        if (x.length < m || uni.length < m + pairs || nor.length < pairs) {
            x = new float[m];
            y = new float[m];
            uni = new float[m + pairs];
            nor = new float[pairs];
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
    private static int pairs(int m) {
        return (m + 2 * LANES - 1) / (2 * LANES) * (2 * LANES);
    }

    private void gammas(float[] d, float[] c, int m, float[] out) {
        int pairs = pairs(m);
        uniforms(uni, 0, m + pairs);
        normals(uni, m, pairs, nor, 0);
        for (int i = 0; i < m; i += LANES) {
            if (!decideInto(d, c, i, nor, i, uni, i, out, i)) {
                redraw(d, c, i, out);
            }
        }
    }


    /** Writes {@code count} (a multiple of LANES) uniforms on (0, 1] into {@code dst[off..]}. */
    private void uniforms(float[] dst, int off, int count) {
        IntVector ids = laneIds;
        int ctr = counter;
        int sd = seed;
        for (int k = 0; k < count; k += LANES) {
            IntVector v = ids.add(ctr++ * LANES).mul(GOLDEN).add(sd);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 16)).mul(0x85ebca6b);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 13)).mul(0xc2b2ae35);
            v = v.lanewise(VectorOperators.XOR, v.lanewise(VectorOperators.LSHR, 16));
            v.lanewise(VectorOperators.LSHR, 8).add(1).convert(VectorOperators.I2F, 0).reinterpretAsFloats()
                    .mul(INV24).intoArray(dst, off + k);
        }
        counter = ctr;
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

    /**
     * The Marsaglia–Tsang decision for the LANES candidates (normals {@code xa[xo..]}, uniforms {@code ua[uo..]}) of
     * arms {@code i..} with constants (d, c): writes the gamma variate d·v³ where accepted, NaN where rejected, to
     * {@code dst[dOff..]}; returns whether every lane was accepted. The squeeze u &lt; 1 − 0.0331x⁴ accepts most lanes; the exact test log(u) &lt; d·g(t)
     * decides the rest, with log(u) ≤ u − 1 sparing the logarithm when u − 1 already passes.
     *
     * <p>All vector code stays in this one method — including the two logarithms, written out (Cephes logf) —
     * because the JIT does not inline large vector helpers and would then allocate every intermediate vector.
     */
    private static boolean decideInto(float[] dArr, float[] cArr, int i, float[] xa, int xo, float[] ua, int uo,
                                   float[] dst, int dOff) {
        FloatVector d = FloatVector.fromArray(F, dArr, i);
        FloatVector c = FloatVector.fromArray(F, cArr, i);
        FloatVector xs = FloatVector.fromArray(F, xa, xo);
        FloatVector u = FloatVector.fromArray(F, ua, uo);
        FloatVector t = xs.mul(c);
        FloatVector v = t.add(1f);
        VectorMask<Float> positive = v.compare(VectorOperators.GT, 0f);
        FloatVector x2 = xs.mul(xs);
        VectorMask<Float> ok = u.compare(VectorOperators.LT, x2.mul(x2).mul(-0.0331f).add(1f));
        FloatVector t2 = t.mul(t);
        FloatVector g = t2.mul(t2).mul(t.mul(t.mul(t.mul(t.mul(t.mul(t.mul(-0.3f).add(1f / 3))
                .add(-0.375f)).add(3f / 7)).add(-0.5f)).add(0.6f)).add(-0.75f));
        VectorMask<Float> large = t.abs().compare(VectorOperators.GE, 0.25f);
        if (large.anyTrue()) {
            // no cancellation for |t| >= 1/4: g = 3·log(1 + t) − 3t + 1.5t² − t³ directly (v > 0 where it matters)
            FloatVector vv = v.max(1e-30f);
            IntVector lbA = vv.reinterpretAsInts();
            IntVector leA = lbA.lanewise(VectorOperators.LSHR, 23).sub(127);
            FloatVector lmA = lbA.and(0x007FFFFF).or(0x3F800000).reinterpretAsFloats();
            VectorMask<Float> lbigA = lmA.compare(VectorOperators.GT, 1.41421356f);
            lmA = lmA.blend(lmA.mul(0.5f), lbigA);
            FloatVector lefA = leA.convert(VectorOperators.I2F, 0).reinterpretAsFloats();
            lefA = lefA.blend(lefA.add(1f), lbigA);
            FloatVector lxA = lmA.sub(1f);
            FloatVector lxxA = lxA.mul(lxA);
            FloatVector lpA = lxA.mul(7.0376836292e-2f).add(-1.1514610310e-1f).mul(lxA).add(1.1676998740e-1f)
                    .mul(lxA).add(-1.2420140846e-1f).mul(lxA).add(1.4249322787e-1f).mul(lxA)
                    .add(-1.6668057665e-1f).mul(lxA).add(2.0000714765e-1f).mul(lxA).add(-2.4999993993e-1f)
                    .mul(lxA).add(3.3333331174e-1f);
            FloatVector logV = lxA.add(lxA.mul(lxxA).mul(lpA).add(lefA.mul(-2.12194440e-4f)).sub(lxxA.mul(0.5f)))
                    .add(lefA.mul(0.693359375f));
            g = g.blend(logV.mul(3f).sub(t.mul(3f)).add(t2.mul(1.5f)).sub(t2.mul(t)), large);
        }
        FloatVector dg = d.mul(g);
        ok = ok.or(u.sub(1f).compare(VectorOperators.LT, dg));
        if (!ok.and(positive).allTrue()) {
            IntVector lbB = u.reinterpretAsInts();
            IntVector leB = lbB.lanewise(VectorOperators.LSHR, 23).sub(127);
            FloatVector lmB = lbB.and(0x007FFFFF).or(0x3F800000).reinterpretAsFloats();
            VectorMask<Float> lbigB = lmB.compare(VectorOperators.GT, 1.41421356f);
            lmB = lmB.blend(lmB.mul(0.5f), lbigB);
            FloatVector lefB = leB.convert(VectorOperators.I2F, 0).reinterpretAsFloats();
            lefB = lefB.blend(lefB.add(1f), lbigB);
            FloatVector lxB = lmB.sub(1f);
            FloatVector lxxB = lxB.mul(lxB);
            FloatVector lpB = lxB.mul(7.0376836292e-2f).add(-1.1514610310e-1f).mul(lxB).add(1.1676998740e-1f)
                    .mul(lxB).add(-1.2420140846e-1f).mul(lxB).add(1.4249322787e-1f).mul(lxB)
                    .add(-1.6668057665e-1f).mul(lxB).add(2.0000714765e-1f).mul(lxB).add(-2.4999993993e-1f)
                    .mul(lxB).add(3.3333331174e-1f);
            FloatVector logU = lxB.add(lxB.mul(lxxB).mul(lpB).add(lefB.mul(-2.12194440e-4f)).sub(lxxB.mul(0.5f)))
                    .add(lefB.mul(0.693359375f));
            ok = ok.or(logU.compare(VectorOperators.LT, dg));
        }
        VectorMask<Float> accepted = ok.and(positive);
        v.mul(v).mul(v).mul(d).blend(Float.NaN, accepted.not()).intoArray(dst, dOff);
        return accepted.allTrue();
    }

    /** Redraws the rejected (NaN) lanes of {@code out[i..]} from the pool of spare candidates until all accept. */
    private void redraw(float[] dArr, float[] cArr, int i, float[] out) {
        while (FloatVector.fromArray(F, out, i).test(VectorOperators.IS_NAN).anyTrue()) {
            if (poolAt == POOL) {
                uniforms(poolU, 0, POOL);
                uniforms(poolTmp, 0, 2 * POOL);
                normals(poolTmp, 0, 2 * POOL, poolN, 0);
                poolAt = 0;
            }
            decideInto(dArr, cArr, i, poolN, poolAt, poolU, poolAt, spare, 0);
            poolAt += LANES;
            FloatVector result = FloatVector.fromArray(F, out, i);
            result.blend(FloatVector.fromArray(F, spare, 0), result.test(VectorOperators.IS_NAN)).intoArray(out, i);
        }
    }
}
