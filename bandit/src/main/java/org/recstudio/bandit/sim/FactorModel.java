package org.recstudio.bandit.sim;

import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;

/** User-item scores as dot products of factors, as an engine {@link Model} (the simulator's latent truth). */
final class FactorModel implements Model {

    private final float[][] users;
    private final float[][] items;
    private final ModelProvenance provenance;

    FactorModel(float[][] users, float[][] items, ModelProvenance provenance) {
        this.users = users;
        this.items = items;
        this.provenance = provenance;
    }

    @Override public ModelProvenance provenance() {
        return provenance;
    }

    @Override public int itemCount() {
        return items.length;
    }

    @Override public int userCount() {
        return users.length;
    }

    @Override public void scoreAll(int user, float[] out) {
        if (user < 0 || user >= users.length) {
            throw new IllegalArgumentException("user " + user + " outside 0.." + (users.length - 1));
        }
        float[] u = users[user];
        for (int i = 0; i < items.length; i++) {
            float[] v = items[i];
            float s = 0;
            for (int k = 0; k < u.length; k++) {
                s += u[k] * v[k];
            }
            out[i] = s;
        }
    }
}
