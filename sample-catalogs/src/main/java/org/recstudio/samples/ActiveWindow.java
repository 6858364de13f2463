package org.recstudio.samples;

import java.util.SplittableRandom;

/**
 * The days during which one user is active: from sign-up (or the period start) until they drift away.
 *
 * @param first first active day index (inclusive)
 * @param last  last active day index (inclusive)
 */
record ActiveWindow(int first, int last) {

    ActiveWindow {
        if (last < first) {
            throw new IllegalArgumentException("window ends before it starts: " + first + ".." + last);
        }
    }

    /**
     * Draws a window for a user who signed up on {@code signupDay} (may be before the period).
     *
     * @param days           days in the period
     * @param retained       share of users who stay active to the end
     * @param medianLifespan median days that other users stay active after sign-up (at least 14)
     */
    static ActiveWindow draw(SplittableRandom rng, int signupDay, int days, double retained, double medianLifespan) {
        int first = Math.max(0, Math.min(signupDay, days - 1));
        int last = days - 1;
        if (!Draws.chance(rng, retained)) {
            int lifespan = 14 + (int) Draws.logNormal(rng, medianLifespan, 0.9);
            last = Math.min(days - 1, Math.max(first, signupDay) + lifespan);
            if (last < first + 13) {
                last = Math.min(days - 1, first + 13);
            }
        }
        return new ActiveWindow(first, last);
    }

    /** The number of active days. */
    int length() {
        return last - first + 1;
    }
}
