package org.recstudio.bandit.ope;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.bandit.policy.PolicySpec;

/**
 * The off-policy estimators (see Dudík, Langford &amp; Li 2011; Saito et al. 2021 for the Open Bandit Pipeline's
 * forms), where w_i = π(a_i|x_i)/μ_i, q̂ the reward model and DM_i = Σ_a π(a|x_i) q̂(x_i, a):
 * <ul>
 * <li>{@code replay} — Li, Chu, Langford &amp; Wang (2011): the mean reward of the rows where the target would
 * have taken the logged action, in its Rao–Blackwellised form Σ π_i r_i / Σ π_i (each row counts with the
 * probability of a match instead of a coin flip; identical for deterministic targets). Unbiased only when the
 * logging policy was uniformly random.</li>
 * <li>{@code ips} — inverse propensity scoring (Horvitz &amp; Thompson 1952): mean of w_i r_i.</li>
 * <li>{@code snips} — self-normalised IPS (Swaminathan &amp; Joachims 2015): Σ w_i r_i / Σ w_i.</li>
 * <li>{@code dm} — the direct method: mean of DM_i.</li>
 * <li>{@code dr} — doubly robust (Dudík et al. 2011): mean of DM_i + w_i (r_i − q̂(x_i, a_i)).</li>
 * <li>{@code switch-dr:tau=T} — switch doubly robust (Wang, Agarwal &amp; Dudík 2017), as in the Open Bandit
 * Pipeline: DR's correction only where w_i ≤ τ, the direct method alone elsewhere.</li>
 * </ul>
 */
public final class Estimators {

    /** The estimator names. */
    public static final List<String> NAMES = List.of("replay", "ips", "snips", "dm", "dr", "switch-dr");

    private Estimators() {
    }

    /** The estimators of a comma-separated list such as {@code ips,snips,switch-dr:tau=50} ('all' for all). */
    public static List<Estimator> parse(String list) {
        List<Estimator> out = new ArrayList<>();
        String text = list == null ? "" : list.strip();
        if (text.equalsIgnoreCase("all")) {
            text = String.join(",", NAMES);
        }
        List<String> specs = PolicySpec.splitList(text);
        for (String spec : specs) {
            out.add(of(spec));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no estimators given; choose from " + NAMES);
        }
        return out;
    }

    /** One estimator by spec. */
    public static Estimator of(String spec) {
        PolicySpec s = PolicySpec.parse(spec);
        return switch (s.name()) {
            case "replay" -> simple("replay", d -> {
                double[] num = new double[d.n];
                for (int i = 0; i < d.n; i++) {
                    num[i] = d.pi[i] * d.reward[i];
                }
                return new Estimator.Terms(num, d.pi.clone());
            }, false);
            case "ips" -> simple("ips", d -> {
                double[] num = new double[d.n];
                for (int i = 0; i < d.n; i++) {
                    num[i] = d.weight[i] * d.reward[i];
                }
                return new Estimator.Terms(num, null);
            }, false);
            case "snips" -> simple("snips", d -> {
                double[] num = new double[d.n];
                for (int i = 0; i < d.n; i++) {
                    num[i] = d.weight[i] * d.reward[i];
                }
                return new Estimator.Terms(num, d.weight.clone());
            }, false);
            case "dm" -> simple("dm", d -> new Estimator.Terms(d.dm.clone(), null), true);
            case "dr" -> simple("dr", d -> switchDr(d, Double.POSITIVE_INFINITY), true);
            case "switch-dr" -> {
                double tau = s.bind(SwitchParams.class, SwitchParams.defaults()).tau();
                yield simple("switch-dr", d -> switchDr(d, tau), true);
            }
            default -> throw new IllegalArgumentException("unknown estimator '" + s.name() + "'; known: " + NAMES);
        };
    }

    /** Switch-DR's threshold τ on the importance weight. */
    public record SwitchParams(double tau) {
        public SwitchParams {
            if (!(tau > 0)) {
                throw new IllegalArgumentException("tau must be > 0, got " + tau);
            }
        }

        public static SwitchParams defaults() {
            return new SwitchParams(100.0);
        }
    }

    private static Estimator.Terms switchDr(OpeData d, double tau) {
        double[] num = new double[d.n];
        for (int i = 0; i < d.n; i++) {
            num[i] = d.dm[i] + (d.weight[i] <= tau ? d.weight[i] * (d.reward[i] - d.qLogged[i]) : 0.0);
        }
        return new Estimator.Terms(num, null);
    }

    private static Estimator simple(String name, java.util.function.Function<OpeData, Estimator.Terms> f,
                                    boolean model) {
        return new Estimator() {
            @Override public String name() {
                return name;
            }

            @Override public boolean needsRewardModel() {
                return model;
            }

            @Override public Terms terms(OpeData data) {
                return f.apply(data);
            }
        };
    }
}
