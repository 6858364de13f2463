package org.recstudio.benchmarks;

/** The fixed prose of docs/benchmarks/ope.md (the tables around it are measured). */
final class OpeText {

    private OpeText() {
    }

    static final String INTRO = """
            The question: *from the logs of one policy, how well can we estimate what another policy would have
            done?* The Open Bandit Dataset (Saito, Aihara, Matsutani & Narita 2021, arXiv:2008.07146) answers it
            with a real A/B test on ZOZOTOWN: the same campaigns were served by a uniformly random policy and by
            Bernoulli Thompson sampling (BTS), both logging the true propensity of every impression. Estimating the
            random policy's click rate from the BTS logs and comparing with the click rate the random policy really
            had is the Open Bandit Pipeline's "evaluation of OPE" experiment.

            Data: the 10,000-row samples of the Men and Women campaigns in `../shared/datasets/open-bandit`
            (random/ and bts/, each with its own `item_context.csv`). Target: uniform over the campaign's items
            (34 for Men, 46 for Women). Estimators (`org.recstudio.bandit.ope.Estimators`): replay (Li et al.
            2011, Rao–Blackwellised), IPS, self-normalised IPS, the direct method, doubly robust and switch-DR
            (τ = 100) with two reward models — *tabular* (click rate per item and slot, shrunk towards the mean
            with prior strength 10) and *ridge* (linear in the user features, affinities, item, slot and item
            context; 3-fold cross-fitted). Intervals: percentile bootstrap over the BTS rows, 1,000 resamples,
            seed 42 (the reward model is not refitted per resample).
            """;

    static final String DISCUSSION = """

            ## How positions are treated

            Each row of an OBD log is one impression: an item in one of three slots (left, centre, right). Its
            `propensity_score` is the *slot-wise marginal* probability that the logging policy put that item in
            that slot. RecStudio treats every row as an independent (slot, item) decision — the "independent
            slots" view the Open Bandit Pipeline takes in this experiment: the target's probability for the logged
            item in the logged slot is π(item | slot) = 1/n_items for the uniform policy (a uniformly random page
            puts each item in each slot with probability 1/n), the importance weight is π / propensity_score, and
            the estimated value is the expected click rate *per impression*, averaged over the slots in the
            proportions the log has them (3,262–3,399 rows per slot in every log here, so the mixes agree). The
            ground truth is accordingly the random log's clicks per impression over all three slots. The tabular
            and ridge reward models include the slot, so DM and DR account for position effects on the click
            rate; the per-slot table shows the slots separately — with 10–22 clicks per slot, too few to read
            more into than that the errors are not confined to one slot. What this view does not model is the
            interaction between the slots of one page (a click on one item making a click on its neighbour less
            likely); slate estimators such as the pseudo-inverse (Swaminathan et al. 2017) would, and need the
            probability of the whole page, which OBD does not log.

            ## Reading the results

            * **The ground truth is itself noisy.** Each random log has 46 clicks, so the uniform policy's click
              rate is only known to ±29% (Wilson interval above). Relative errors inside that band cannot be told
              apart from the noise of the truth. With the full dataset (26M rows) the experiment is far sharper;
              here it checks that estimators land in the right region and fail in the expected ways — it does not
              rank them.
            * **Replay is biased here, as it should be.** Li et al.'s replay is unbiased only for logs of a
              uniformly random policy; on the BTS logs, with a uniform target, it weighs every row equally and
              returns the BTS policy's own click rate: +50% on Men, and 0% on Women only because BTS happened to
              get the same click rate there. It is in the table as the control that shows why reweighting is needed.
            * **The propensity-based estimators (IPS, SNIPS, DR, switch-DR) cover the truth.** In both campaigns
              every one of their 95% intervals contains the random log's click rate. On Men (mean weight 0.94,
              effective sample size 656) they land 24–40% low, their intervals just reaching the truth; the per-slot
              table shows most of the gap in the centre slot, where the random log saw an unusually high 22 clicks.
            * **Women: one propensity of 1e-06, and one heavy click.** A single non-clicked row has propensity
              1e-06, weight 21,739 — alone it takes the mean weight to 3.1 and the effective sample size to 2.
              IPS ignores it (reward 0), but SNIPS divides by the sum of weights and is pulled down, and DR with the
              tabular model multiplies it by the residual 0 − q̂, which pulls DR down until its interval spans
              negative values. Switch-DR (τ = 100) drops that correction (and those of the five other rows with
              weights above 100); with the ridge model q̂ is clipped to 0 for those rows, so DR and switch-DR
              agree. Separately, a single click with weight 39 contributes 0.0039 of IPS's 0.0074. A propensity of 1e-06 is not credible (OBD's propensities are
              Monte-Carlo estimates of the BTS slot marginals) and is the kind of row a production log check should
              flag; clipping weights trades that variance for bias.
            * **The direct method looks precise and is not.** DM lands closest here (−12% to +19%), but its
              bootstrap interval only reflects resampling rows under a fixed reward model, not the model's own
              error, so it excludes the truth in all four cases. The doubly robust estimators keep DM's low
              variance where the weights are small and correct its bias with the weighted residuals, at the price
              of IPS's variance where weights are large.
            * **What to conclude for a 10,000-row log with ~50 clicks:** use the propensity-based estimators and
              read their intervals, not their point values; look at the weights (mean near 1, no extreme weights)
              before trusting any estimate; treat DM as a model-dependent guess.
            """;
}
