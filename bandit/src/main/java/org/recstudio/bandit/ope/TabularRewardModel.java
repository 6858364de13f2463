package org.recstudio.bandit.ope;

/**
 * The per-(action, slot) reward model: q̂(a, s) = (rewards of a in s + m·r̄) / (times a was logged in s + m),
 * the empirical mean shrunk towards the overall mean r̄ with prior strength m. Ignores the user context —
 * a deliberately simple baseline for the direct method.
 */
public final class TabularRewardModel implements RewardModel {

    private final double[][] q;
    private final BanditLog log;

    private TabularRewardModel(BanditLog log, double[][] q) {
        this.log = log;
        this.q = q;
    }

    /** Fits on all rows of {@code log}. */
    public static TabularRewardModel fit(BanditLog log, double priorStrength) {
        if (!(priorStrength >= 0)) {
            throw new IllegalArgumentException("prior strength must be >= 0, got " + priorStrength);
        }
        int na = log.actionCount();
        int np = log.positionCount();
        double[][] sum = new double[np][na];
        double[][] cnt = new double[np][na];
        for (int i = 0; i < log.size(); i++) {
            sum[log.position(i)][log.action(i)] += log.reward(i);
            cnt[log.position(i)][log.action(i)] += 1;
        }
        double mean = log.meanReward();
        double[][] q = new double[np][na];
        for (int s = 0; s < np; s++) {
            for (int a = 0; a < na; a++) {
                double den = cnt[s][a] + priorStrength;
                q[s][a] = den == 0 ? mean : (sum[s][a] + priorStrength * mean) / den;
            }
        }
        return new TabularRewardModel(log, q);
    }

    @Override public void predict(int row, double[] out) {
        System.arraycopy(q[log.position(row)], 0, out, 0, q[0].length);
    }
}
