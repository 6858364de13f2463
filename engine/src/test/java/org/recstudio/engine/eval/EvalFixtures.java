package org.recstudio.engine.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.IdIndex;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelProvenance;
import org.recstudio.engine.model.Params;
import org.recstudio.engine.model.Provenances;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;

/** Tiny datasets and a tiny popularity algorithm for the evaluation tests. */
public final class EvalFixtures {

    private EvalFixtures() {
    }

    /** A dataset from rows {user, item, time, value} (value may be "" for none); ids in order of first appearance. */
    public static Dataset dataset(String name, String[][] rows) {
        Map<String, Integer> users = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        int n = rows.length;
        int[] u = new int[n];
        int[] i = new int[n];
        int[] e = new int[n];
        float[] v = new float[n];
        long[] t = new long[n];
        for (int r = 0; r < n; r++) {
            u[r] = users.computeIfAbsent(rows[r][0], x -> users.size());
            i[r] = items.computeIfAbsent(rows[r][1], x -> items.size());
            e[r] = 1;
            t[r] = Long.parseLong(rows[r][2]);
            v[r] = rows[r].length > 3 && !rows[r][3].isEmpty() ? Float.parseFloat(rows[r][3]) : Float.NaN;
        }
        DatasetInfo info = new DatasetInfo(1, name, "", Instant.EPOCH, 1, items.size(), users.size(), n);
        return Dataset.of(info, new IdIndex(new ArrayList<>(users.keySet())), new IdIndex(new ArrayList<>(items.keySet())),
                List.of(new EventType(1, "rating", 1, true)), new InteractionColumns(n, u, i, e, v, t, null),
                Progress.NONE);
    }

    /** A seeded random long-tailed dataset of {@code users} × {@code items} with about {@code perUser} each. */
    public static Dataset random(int users, int items, int perUser, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>();
        for (int uu = 0; uu < users; uu++) {
            int count = 2 + rnd.nextInt(perUser * 2);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int c = 0; c < count; c++) {
                int item = (int) Math.floor(items * Math.pow(rnd.nextDouble(), 2.5));
                if (seen.add(item)) {
                    rows.add(new String[] {"u" + uu, "i" + item, String.valueOf(1000L * (c / 2) + uu),
                            String.valueOf(1 + rnd.nextInt(5))});
                }
            }
        }
        return dataset("random", rows.toArray(String[][]::new));
    }

    /** A popularity recommender for tests: scores items by training users, plus a tiny seeded jitter if asked. */
    public static final class Pop implements Algorithm<Pop.PopParams> {

        /** @param jitter scale of a seeded random score added per item (0: none); lets tuning see differences */
        public record PopParams(double jitter) implements Params {
            public PopParams {
                if (jitter < 0) {
                    throw new IllegalArgumentException("jitter must be >= 0, got " + jitter);
                }
            }

            public static PopParams defaults() {
                return new PopParams(0);
            }
        }

        private final String name;

        public Pop(String name) {
            this.name = name;
        }

        @Override public String name() {
            return name;
        }

        @Override public Class<PopParams> paramsType() {
            return PopParams.class;
        }

        @Override public PopParams defaults() {
            return PopParams.defaults();
        }

        @Override public Model fit(Dataset data, PopParams params, long seed, Progress progress) {
            long start = System.nanoTime();
            float[] score = new float[data.itemCount()];
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int it = 0; it < score.length; it++) {
                score[it] = data.byItem().rowLength(it) + (float) (params.jitter() * rnd.nextDouble());
            }
            ModelProvenance p = Provenances.of(name, params, data, seed, start);
            int users = data.userCount();
            return new Model() {
                @Override public ModelProvenance provenance() {
                    return p;
                }

                @Override public int itemCount() {
                    return score.length;
                }

                @Override public int userCount() {
                    return users;
                }

                @Override public void scoreAll(int user, float[] out) {
                    System.arraycopy(score, 0, out, 0, score.length);
                }
            };
        }
    }
}
