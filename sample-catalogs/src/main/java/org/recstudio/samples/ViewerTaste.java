package org.recstudio.samples;

import java.util.SplittableRandom;

/**
 * One viewer's tastes: one to three favourite genres, a leaning towards movies or series, and a binge habit.
 */
final class ViewerTaste {

    private final int[] genres;
    private final WeightedSampler genreSampler;
    private final double seriesLeaning;
    private final double bingeEpisodes;

    private ViewerTaste(int[] genres, double[] weights, double seriesLeaning, double bingeEpisodes) {
        this.genres = genres;
        this.genreSampler = WeightedSampler.of(weights);
        this.seriesLeaning = seriesLeaning;
        this.bingeEpisodes = bingeEpisodes;
    }

    /** Draws a taste; {@code genrePrior} weighs the genres. */
    static ViewerTaste draw(SplittableRandom rng, double[] genrePrior) {
        double r = rng.nextDouble();
        int count = r < 0.3 ? 1 : r < 0.75 ? 2 : 3;
        double[] prior = genrePrior.clone();
        int[] genres = new int[count];
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            int g = WeightedSampler.of(prior).sample(rng);
            genres[i] = g;
            prior[g] = 0;
            weights[i] = Draws.logNormal(rng, 1.0, 0.5) / (i + 1.0);
        }
        double leaning = Draws.pick(rng, java.util.List.of(0.2, 0.45, 0.45, 0.7));
        double binge = 1.3 + 2.2 * rng.nextDouble();
        return new ViewerTaste(genres, weights, leaning, binge);
    }

    /** A favourite genre, drawn by affinity. */
    int genre(SplittableRandom rng) {
        return genres[genreSampler.sample(rng)];
    }

    /** Whether {@code genre} is one of the favourites. */
    boolean likes(int genre) {
        for (int g : genres) {
            if (g == genre) {
                return true;
            }
        }
        return false;
    }

    /** The probability of preferring a series over a movie. */
    double seriesLeaning() {
        return seriesLeaning;
    }

    /** The mean number of episodes watched in one sitting. */
    double bingeEpisodes() {
        return bingeEpisodes;
    }
}
