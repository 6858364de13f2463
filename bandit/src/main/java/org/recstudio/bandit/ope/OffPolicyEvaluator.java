package org.recstudio.bandit.ope;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.progress.Progress;

/** Estimates a target policy's value from a log with several estimators and bootstrap intervals. */
public final class OffPolicyEvaluator {

    /**
     * @param resamples     bootstrap resamples
     * @param level         confidence level of the intervals
     * @param seed          seed of the bootstrap and the reward model's folds
     * @param rewardModel   {@code tabular} (per action and slot) or {@code ridge} (context, action, slot, item)
     * @param folds         cross-fitting folds of the ridge model
     * @param ridge         ridge regulariser
     * @param priorStrength shrinkage of the tabular model towards the mean reward
     * @param maxCategories one-hot values per categorical context column
     */
    public record Options(int resamples, double level, long seed, String rewardModel, int folds, double ridge,
                          double priorStrength, int maxCategories) {
        public Options {
            if (resamples < 2) {
                throw new IllegalArgumentException("resamples must be >= 2, got " + resamples);
            }
            if (!rewardModel.equals("tabular") && !rewardModel.equals("ridge")) {
                throw new IllegalArgumentException("reward model must be 'tabular' or 'ridge', got '" + rewardModel
                        + "'");
            }
        }

        public static Options defaults() {
            return new Options(1000, 0.95, 42, "tabular", 3, 1.0, 10.0, 20);
        }

        public Options withRewardModel(String m) {
            return new Options(resamples, level, seed, m, folds, ridge, priorStrength, maxCategories);
        }

        public Options withBootstrap(int n, long s) {
            return new Options(n, level, s, rewardModel, folds, ridge, priorStrength, maxCategories);
        }
    }

    private OffPolicyEvaluator() {
    }

    /** The reward model the options name, fitted on {@code log}. */
    public static RewardModel rewardModel(BanditLog log, Options o, Progress progress) {
        return o.rewardModel().equals("ridge")
                ? RidgeRewardModel.fit(log, o.ridge(), o.folds(), o.seed(), o.maxCategories(), progress)
                : TabularRewardModel.fit(log, o.priorStrength());
    }

    /** Evaluates {@code target} on {@code log} with {@code estimators}. */
    public static List<OpeEstimate> evaluate(BanditLog log, TargetPolicy target, List<Estimator> estimators,
                                             Options o, Progress progress) {
        boolean model = estimators.stream().anyMatch(Estimator::needsRewardModel);
        RewardModel q = model ? rewardModel(log, o, progress) : null;
        OpeData data = OpeData.of(log, target, q, progress);
        double ess = data.effectiveSampleSize();
        List<OpeEstimate> out = new ArrayList<>();
        int k = 0;
        for (Estimator e : estimators) {
            progress.checkCancelled();
            progress.update("Bootstrapping", k++, estimators.size());
            Estimator.Terms t = e.terms(data);
            double[] ci = Bootstrap.interval(t, o.resamples(), o.level(), o.seed());
            double size = switch (e.name()) {
                case "dm" -> log.size();
                case "replay" -> data.replayEffectiveSampleSize();
                default -> ess;
            };
            out.add(new OpeEstimate(e.name(), t.value(), ci[0], ci[1], log.size(), size));
        }
        progress.update("Bootstrapping", estimators.size(), estimators.size());
        return out;
    }
}
