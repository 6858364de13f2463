package org.recstudio.engine.model.pop;

import java.util.List;
import java.util.Optional;
import org.recstudio.engine.model.Explanation;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelChecks;
import org.recstudio.engine.model.ModelProvenance;

/**
 * A fitted popularity ranking: one score per item, globally and per user segment. Every user — including one
 * with no history — gets the scores of their segment, or the global scores when they have none.
 */
public final class PopularityModel implements Model {

    private final ModelProvenance provenance;
    private final PopularityParams.Mode mode;
    private final int users;
    private final float[] global;
    private final int[] userSegment;
    private final List<String> segmentNames;
    private final float[][] segmentScores;

    PopularityModel(ModelProvenance provenance, PopularityParams.Mode mode, int users, float[] global,
                    int[] userSegment, List<String> segmentNames, float[][] segmentScores) {
        if (userSegment.length != users || segmentNames.size() != segmentScores.length) {
            throw new IllegalArgumentException("inconsistent popularity model: " + users + " users, "
                    + userSegment.length + " segment assignments, " + segmentNames.size() + " segment names, "
                    + segmentScores.length + " segment rankings");
        }
        for (float[] scores : segmentScores) {
            if (scores.length != global.length) {
                throw new IllegalArgumentException("a segment ranking has " + scores.length + " items, expected "
                        + global.length);
            }
        }
        for (int s : userSegment) {
            if (s < -1 || s >= segmentScores.length) {
                throw new IllegalArgumentException("user segment " + s + " is outside [-1, " + segmentScores.length
                        + ")");
            }
        }
        this.provenance = provenance;
        this.mode = mode;
        this.users = users;
        this.global = global;
        this.userSegment = userSegment;
        this.segmentNames = List.copyOf(segmentNames);
        this.segmentScores = segmentScores;
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return global.length;
    }

    @Override public int userCount() {
        return users;
    }

    @Override public void scoreAll(int user, float[] out) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireScores(this, out);
        int s = userSegment[user];
        System.arraycopy(s < 0 ? global : segmentScores[s], 0, out, 0, out.length);
    }

    /** The global popularity score of every item (a copy). */
    public float[] globalScores() {
        return global.clone();
    }

    /** The name of {@code user}'s segment, if the model is segmented and the user has one. */
    public Optional<String> segmentOf(int user) {
        ModelChecks.requireUser(this, user);
        return userSegment[user] < 0 ? Optional.empty() : Optional.of(segmentNames.get(userSegment[user]));
    }

    @Override public Optional<Explanation> explain(int user, int item) {
        ModelChecks.requireUser(this, user);
        ModelChecks.requireItem(this, item);
        int s = userSegment[user];
        float score = s < 0 ? global[item] : segmentScores[s][item];
        String where = s < 0 ? "overall" : "among users with " + segmentNames.get(s);
        String what = switch (mode) {
            case TRENDING -> "Trending " + where;
            case DECAYED -> "Popular lately " + where;
            case GLOBAL -> "Popular " + where;
        };
        return Optional.of(new Explanation(what, List.of(new Explanation.Contribution(what, -1, score))));
    }

    /** How the scores were measured. */
    public PopularityParams.Mode mode() {
        return mode;
    }

    int[] userSegments() {
        return userSegment;
    }

    List<String> segmentNames() {
        return segmentNames;
    }

    float[][] segmentScores() {
        return segmentScores;
    }

    float[] global() {
        return global;
    }
}
