package org.recstudio.bandit.policy;

/**
 * Whether the incubating Vector API ({@code jdk.incubator.vector}) is present at run time. RecStudio's launcher,
 * tests and benchmarks add it; without it the policies use their scalar code paths, which draw the same
 * distributions from a different random stream.
 */
final class Simd {

    static final boolean AVAILABLE = org.recstudio.bandit.linalg.LinAlg.SIMD;

    private Simd() {
    }
}
