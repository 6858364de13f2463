package org.recstudio.engine.model.hybrid;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Explanation.Contribution;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelCodec;
import org.recstudio.engine.model.ModelIO;
import org.recstudio.engine.model.ModelProvenance;

/**
 * A weighted hybrid (Burke 2002): per user, each component's scores are normalised over the items it can score
 * ({@link ScoreNormalization}), an item it cannot score taking that component's lowest normalised score for the
 * user, and the blend is {@code Σ w_c · norm_c(item)}. A component that can score no item for the user is left
 * out (its weight is not redistributed); an item no component can score gets {@link Float#NEGATIVE_INFINITY}.
 */
final class WeightedHybrid implements HybridModel {

    static final int KIND = 2;

    private final ModelProvenance provenance;
    private final List<Model> models;
    private final double[] weights;
    private final ScoreNormalization normalization;

    private WeightedHybrid(ModelProvenance provenance, List<Model> models, double[] weights,
                           ScoreNormalization normalization) {
        this.provenance = provenance;
        this.models = List.copyOf(models);
        this.weights = weights;
        this.normalization = normalization;
    }

    static WeightedHybrid of(ModelProvenance provenance, List<Model> models, List<Double> weights,
                             ScoreNormalization normalization) {
        if (models.isEmpty() || weights.size() != models.size()) {
            throw new IllegalArgumentException("a blend needs one weight per model, got " + models.size()
                    + " models and weights " + weights);
        }
        Components.requireCompatible(models, models.getFirst().userCount(), models.getFirst().itemCount());
        double[] w = new double[weights.size()];
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            w[c] = weights.get(c);
            if (!Double.isFinite(w[c]) || w[c] < 0) {
                throw new IllegalArgumentException("blend weights must be finite and >= 0, got " + weights);
            }
            sum += w[c];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one blend weight must be > 0, got " + weights);
        }
        return new WeightedHybrid(provenance, models, w, normalization);
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return models.getFirst().itemCount();
    }

    @Override public int userCount() {
        return models.getFirst().userCount();
    }

    @Override public List<Model> components() {
        return models;
    }

    @Override public Branch branch(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        return Branch.BLEND;
    }

    @Override public void scoreAll(int user, float[] out) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireScores(this, out);
        double[] sum = new double[out.length];
        boolean[] scored = new boolean[out.length];
        for (int c = 0; c < models.size(); c++) {
            float[] norm = normalised(c, user);
            if (norm == null) {
                continue;
            }
            float floor = Components.minFinite(norm);
            for (int i = 0; i < sum.length; i++) {
                boolean finite = Float.isFinite(norm[i]);
                sum[i] += weights[c] * (finite ? norm[i] : floor);
                scored[i] |= finite;
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = scored[i] ? (float) sum[i] : Float.NEGATIVE_INFINITY;
        }
    }

    /** Component {@code c}'s normalised scores for {@code user}, or null when it weighs 0 or scores nothing. */
    private float[] normalised(int c, int user) {
        if (weights[c] == 0) {
            return null;
        }
        float[] raw = Components.scores(models.get(c), user);
        return Components.anyFinite(raw) ? normalization.apply(raw, null) : null;
    }

    /**
     * Each component's weighted normalised score (they add up to the blend score), then the explanation of the
     * component that contributes most, its reasons prefixed by the component's name.
     */
    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        List<Contribution> parts = new ArrayList<>();
        int best = -1;
        double bestWeight = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (int c = 0; c < models.size(); c++) {
            float[] norm = normalised(c, user);
            if (norm == null) {
                continue;
            }
            any |= Float.isFinite(norm[item]);
            float value = Float.isFinite(norm[item]) ? norm[item] : Components.minFinite(norm);
            double share = weights[c] * value;
            String algorithm = models.get(c).provenance().algorithm();
            parts.add(new Contribution(String.format(Locale.ROOT, "%s: normalised score %.3f × weight %s%s",
                    algorithm, value, weights[c], Float.isFinite(norm[item]) ? "" : " (cannot score it: its lowest)"),
                    -1, share));
            if (share > bestWeight) {
                best = c;
                bestWeight = share;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        Model top = models.get(best);
        String name = top.provenance().algorithm();
        Optional<Explanation> inner = top.explain(user, item);
        List<Contribution> all = new ArrayList<>(parts);
        inner.ifPresent(e -> e.contributions().forEach(x -> all.add(new Contribution(name + ": " + x.reason(),
                x.item(), x.weight()))));
        String summary = String.format(Locale.ROOT, "Weighted blend of %d models; %s contributes most", parts.size(),
                name) + inner.map(e -> ": " + e.summary()).orElse("");
        return Optional.of(new Explanation(summary, all));
    }

    @Override public void write(DataOutput out, Function<String, ModelCodec> codecs) throws IOException {
        out.writeInt(SwitchingHybrid.MAGIC);
        out.writeInt(SwitchingHybrid.FORMAT);
        out.writeByte(KIND);
        out.writeByte(normalization.ordinal());
        ModelIO.writeDoubles(out, weights);
        for (Model m : models) {
            ComponentIO.write(m, out, codecs);
        }
    }

    static WeightedHybrid readBody(DataInput in, ModelProvenance provenance, Function<String, ModelCodec> codecs)
            throws IOException {
        ScoreNormalization norm = SwitchingHybrid.enumAt(ScoreNormalization.values(), in.readUnsignedByte(),
                "normalization");
        double[] weights = ModelIO.readDoubles(in, 10_000);
        List<Model> models = new ArrayList<>(weights.length);
        List<Double> w = new ArrayList<>(weights.length);
        for (double x : weights) {
            models.add(ComponentIO.read(in, codecs));
            w.add(x);
        }
        try {
            return of(provenance, models, w, norm);
        } catch (IllegalArgumentException e) {
            throw new IOException("hybrid blend is invalid: " + e.getMessage() + ": the file is damaged", e);
        }
    }
}
