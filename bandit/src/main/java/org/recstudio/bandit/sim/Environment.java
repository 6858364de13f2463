package org.recstudio.bandit.sim;

/**
 * The world a simulation runs in: the true probability that each user of the pool clicks each item when it is
 * examined (the ground truth regret is measured against), and what strategies may observe — item content
 * features, user features, historic item popularity and each user's history before the simulation.
 *
 * <p>Build one with {@link LatentEnvironment} (generated, known ground truth) or {@link ModelEnvironment} (from a
 * model fitted on the workspace's data). Immutable; arrays are shared, never copied — do not modify them.
 */
public final class Environment {

    private final String description;
    private final float[][] attractiveness;
    private final double baseCtr;
    private final double[][] itemFeatures;
    private final double[][] userFeatures;
    private final double[] popularity;
    private final int[][] history;

    /**
     * @param attractiveness [user][item] click probability when examined, in [0, 1]
     * @param itemFeatures   [item][c] observable content features, or null when there are none
     * @param userFeatures   [user][r] observable user features, or null
     * @param popularity     [item] historic interaction counts (before the simulation)
     * @param history        [user] items the user interacted with before the simulation (may be empty)
     */
    public Environment(String description, float[][] attractiveness, double baseCtr, double[][] itemFeatures,
                       double[][] userFeatures, double[] popularity, int[][] history) {
        int users = attractiveness.length;
        if (users == 0 || attractiveness[0].length == 0) {
            throw new IllegalArgumentException("an environment needs at least one user and one item");
        }
        int items = attractiveness[0].length;
        for (int u = 0; u < users; u++) {
            if (attractiveness[u].length != items) {
                throw new IllegalArgumentException("user " + u + " has " + attractiveness[u].length
                        + " item probabilities, expected " + items);
            }
        }
        if (itemFeatures != null && itemFeatures.length != items) {
            throw new IllegalArgumentException(itemFeatures.length + " item feature rows for " + items + " items");
        }
        if (userFeatures != null && userFeatures.length != users) {
            throw new IllegalArgumentException(userFeatures.length + " user feature rows for " + users + " users");
        }
        if (popularity.length != items || history.length != users) {
            throw new IllegalArgumentException("popularity (" + popularity.length + ") and history (" + history.length
                    + ") must match " + items + " items and " + users + " users");
        }
        if (!(baseCtr > 0 && baseCtr < 1)) {
            throw new IllegalArgumentException("base CTR must be in (0, 1), got " + baseCtr);
        }
        this.description = description;
        this.attractiveness = attractiveness;
        this.baseCtr = baseCtr;
        this.itemFeatures = itemFeatures;
        this.userFeatures = userFeatures;
        this.popularity = popularity;
        this.history = history;
    }

    public String description() {
        return description;
    }

    public int userCount() {
        return attractiveness.length;
    }

    public int itemCount() {
        return attractiveness[0].length;
    }

    /** The probability that {@code user} clicks {@code item} in a fully examined slot. */
    public double attractiveness(int user, int item) {
        return attractiveness[user][item];
    }

    /** The row of {@code user}'s click probabilities (shared, do not modify). */
    public float[] row(int user) {
        return attractiveness[user];
    }

    /** The mean click probability over users and items the environment was calibrated to. */
    public double baseCtr() {
        return baseCtr;
    }

    /** Whether strategies can see item content features. */
    public boolean hasItemFeatures() {
        return itemFeatures != null;
    }

    public int itemFeatureDimension() {
        return itemFeatures == null ? 0 : itemFeatures[0].length;
    }

    /** Item {@code i}'s content features (shared, do not modify). */
    public double[] itemFeatures(int item) {
        return itemFeatures[item];
    }

    public boolean hasUserFeatures() {
        return userFeatures != null;
    }

    public int userFeatureDimension() {
        return userFeatures == null ? 0 : userFeatures[0].length;
    }

    /** User {@code u}'s features (shared, do not modify). */
    public double[] userFeatures(int user) {
        return userFeatures[user];
    }

    /** Historic interaction count of {@code item} before the simulation. */
    public double popularity(int item) {
        return popularity[item];
    }

    /** The items {@code user} interacted with before the simulation. */
    public int[] history(int user) {
        return history[user];
    }
}
