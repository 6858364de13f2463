package org.recstudio.bandit.sim;

/**
 * How a simulation runs.
 *
 * @param rounds          decisions per run (one page shown to one user each)
 * @param seeds           independent runs per strategy (the bands are over these)
 * @param seed            the master seed; run s of every strategy sees the same users, candidates, arrivals
 *                        and click draws
 * @param slateSize       slots per page
 * @param candidates      items offered to the strategy per round, drawn from those available (0 = all)
 * @param positionDecay   κ_j = 1 / (j+1)^decay, the examination probability of slot j (position bias)
 * @param clickNoise      η: a click happens with probability (1-η)·p + η·baseCtr (noise independent of taste)
 * @param feedbackDelay   rounds before a click is known to the strategy
 * @param batchSize       feedbacks per policy update
 * @param checkpoints     points per reported series
 * @param newItems        size of the cold-start item cohort ({@link Arrivals})
 * @param newUserFraction share of users arriving during the run
 * @param arrivalStart    start of the new-item arrival window, as a fraction of rounds
 * @param arrivalEnd      end of the arrival window
 * @param threads         worker threads (results do not depend on it)
 */
public record SimulationConfig(long rounds, int seeds, long seed, int slateSize, int candidates, double positionDecay,
                               double clickNoise, int feedbackDelay, int batchSize, int checkpoints, int newItems,
                               double newUserFraction, double arrivalStart, double arrivalEnd, int threads) {

    public SimulationConfig {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        if (slateSize < 1) {
            throw new IllegalArgumentException("slate size must be >= 1, got " + slateSize);
        }
        if (candidates < 0) {
            throw new IllegalArgumentException("candidates must be >= 0 (0 = all), got " + candidates);
        }
        if (candidates > 0 && candidates < slateSize) {
            throw new IllegalArgumentException("candidates (" + candidates + ") must be >= slate size (" + slateSize
                    + ")");
        }
        if (!(positionDecay >= 0) || Double.isInfinite(positionDecay)) {
            throw new IllegalArgumentException("position decay must be >= 0, got " + positionDecay);
        }
        if (!(clickNoise >= 0 && clickNoise <= 1)) {
            throw new IllegalArgumentException("click noise must be in [0, 1], got " + clickNoise);
        }
        if (feedbackDelay < 0 || batchSize < 1) {
            throw new IllegalArgumentException("feedback delay must be >= 0 and batch size >= 1, got "
                    + feedbackDelay + " and " + batchSize);
        }
        if (checkpoints < 1) {
            throw new IllegalArgumentException("checkpoints must be >= 1, got " + checkpoints);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** 10,000 rounds, 5 seeds, one slot, all candidates, no noise or delay, 20 new items over 10–60%. */
    public static SimulationConfig defaults() {
        return new SimulationConfig(10_000, 5, 42, 1, 0, 1.0, 0.0, 0, 1, 50, 20, 0.0, 0.1, 0.6, 1);
    }

    public SimulationConfig withRounds(long r) {
        return new SimulationConfig(r, seeds, seed, slateSize, candidates, positionDecay, clickNoise, feedbackDelay,
                batchSize, checkpoints, newItems, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withSeeds(int n, long master) {
        return new SimulationConfig(rounds, n, master, slateSize, candidates, positionDecay, clickNoise, feedbackDelay,
                batchSize, checkpoints, newItems, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withNewItems(int n) {
        return new SimulationConfig(rounds, seeds, seed, slateSize, candidates, positionDecay, clickNoise,
                feedbackDelay, batchSize, checkpoints, n, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withSlate(int size, double decay) {
        return new SimulationConfig(rounds, seeds, seed, size, candidates, decay, clickNoise, feedbackDelay,
                batchSize, checkpoints, newItems, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withFeedback(int delay, int batch) {
        return new SimulationConfig(rounds, seeds, seed, slateSize, candidates, positionDecay, clickNoise, delay,
                batch, checkpoints, newItems, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withThreads(int n) {
        return new SimulationConfig(rounds, seeds, seed, slateSize, candidates, positionDecay, clickNoise,
                feedbackDelay, batchSize, checkpoints, newItems, newUserFraction, arrivalStart, arrivalEnd, n);
    }

    public SimulationConfig withCandidates(int n) {
        return new SimulationConfig(rounds, seeds, seed, slateSize, n, positionDecay, clickNoise, feedbackDelay,
                batchSize, checkpoints, newItems, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withUsersAndNoise(double newUsers, double noise) {
        return new SimulationConfig(rounds, seeds, seed, slateSize, candidates, positionDecay, noise, feedbackDelay,
                batchSize, checkpoints, newItems, newUsers, arrivalStart, arrivalEnd, threads);
    }

    public SimulationConfig withCheckpoints(int n) {
        return new SimulationConfig(rounds, seeds, seed, slateSize, candidates, positionDecay, clickNoise,
                feedbackDelay, batchSize, n, newItems, newUserFraction, arrivalStart, arrivalEnd, threads);
    }

    /** κ_j, the examination probability of slot j (0-based). */
    public double examination(int slot) {
        return 1.0 / Math.pow(slot + 1, positionDecay);
    }
}
