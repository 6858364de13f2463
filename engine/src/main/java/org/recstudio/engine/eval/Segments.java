package org.recstudio.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.split.HeldOut;
import org.recstudio.engine.eval.stats.Bootstrap;
import org.recstudio.engine.eval.stats.Interval;

/**
 * Groups of evaluated users for the breakdowns, fixed per split (the same groups for every model):
 * <ul>
 *   <li>{@code activity}: {@code cold} (at most N training interactions), {@code heavy} (the most active share,
 *       cold users excluded), {@code regular} (the rest);</li>
 *   <li>{@code items}: {@code cold} / {@code warm} — users with at least one held-out item with at most M training
 *       interactions (resp. more), with relevance restricted to those items, so the metric says how well cold
 *       (resp. warm) items are found;</li>
 *   <li>{@code last-timestamp}: {@code tied} / {@code untied} — whether the user's last timestamp is shared by
 *       several interactions, the tie trap of leave-last-out on MovieLens (Woolridge et al. 2021);</li>
 *   <li>{@code attribute:KEY}: one group per value of a user attribute; numeric attributes with more than 8 distinct
 *       values (such as age) are banded by decade ({@code 20-29}); users without it are {@code (missing)}.</li>
 * </ul>
 */
final class Segments {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One group: positions into the held-out set, and the held-out set restricted to it. */
    record Group(String segment, String group, int[] positions, HeldOut test) {
    }

    private Segments() {
    }

    static List<Group> groups(Dataset train, HeldOut test, SegmentSpec spec) {
        List<Group> out = new ArrayList<>();
        CsrMatrix rows = train.byUser();
        int n = test.size();
        Integer[] byActivity = new Integer[n];
        for (int j = 0; j < n; j++) {
            byActivity[j] = j;
        }
        Arrays.sort(byActivity, (a, b) -> {
            int ca = rows.rowLength(test.user(a));
            int cb = rows.rowLength(test.user(b));
            return ca != cb ? Integer.compare(cb, ca) : Integer.compare(a, b);
        });
        String[] activity = new String[n];
        Arrays.fill(activity, "regular");
        int heavy = (int) Math.ceil(n * spec.heavyShare());
        for (int r = 0; r < n; r++) {
            int j = byActivity[r];
            if (rows.rowLength(test.user(j)) <= spec.coldUserMaxTrain()) {
                activity[j] = "cold";
            } else if (r < heavy) {
                activity[j] = "heavy";
            }
        }
        for (String g : List.of("cold", "regular", "heavy")) {
            addPlain(out, "activity", g, test, activity);
        }
        addItemGroups(out, train, test, spec.coldItemMaxTrain());
        String[] tie = new String[n];
        for (int j = 0; j < n; j++) {
            tie[j] = test.lastTied(j) ? "tied" : "untied";
        }
        for (String g : List.of("tied", "untied")) {
            addPlain(out, "last-timestamp", g, test, tie);
        }
        for (String key : spec.userAttributes()) {
            String[] values = attribute(train, test, key);
            for (String g : new java.util.TreeSet<>(Arrays.asList(values))) {
                addPlain(out, "attribute:" + key, g, test, values);
            }
        }
        return out;
    }

    private static void addPlain(List<Group> out, String segment, String group, HeldOut test, String[] labels) {
        int[] pos = java.util.stream.IntStream.range(0, labels.length).filter(j -> labels[j].equals(group)).toArray();
        if (pos.length > 0) {
            out.add(new Group(segment, group, pos, test.select(pos)));
        }
    }

    private static void addItemGroups(List<Group> out, Dataset train, HeldOut test, int maxTrain) {
        CsrMatrix byItem = train.byItem();
        for (boolean cold : new boolean[] {true, false}) {
            List<Integer> pos = new ArrayList<>();
            List<int[]> items = new ArrayList<>();
            for (int j = 0; j < test.size(); j++) {
                int[] rel = Arrays.stream(test.items(j)).filter(i -> (byItem.rowLength(i) <= maxTrain) == cold).toArray();
                if (rel.length > 0) {
                    pos.add(j);
                    items.add(rel);
                }
            }
            if (!pos.isEmpty()) {
                int[] p = pos.stream().mapToInt(Integer::intValue).toArray();
                int[] users = Arrays.stream(p).map(test::user).toArray();
                out.add(new Group("items", cold ? "cold" : "warm", p, HeldOut.of(users, items.toArray(int[][]::new))));
            }
        }
    }

    /** Each evaluated user's value of attribute {@code key}, banded when numeric with many values. */
    static String[] attribute(Dataset train, HeldOut test, String key) {
        String[] raw = new String[test.size()];
        Double[] num = new Double[test.size()];
        boolean allNumeric = true;
        for (int j = 0; j < raw.length; j++) {
            JsonNode v = null;
            if (train.hasMetadata()) {
                String attrs = train.user(test.user(j)).attributes();
                if (attrs != null && !attrs.isBlank()) {
                    try {
                        v = JSON.readTree(attrs).get(key);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalArgumentException("user '" + train.users().id(test.user(j))
                                + "' has attributes that are not JSON: " + e.getOriginalMessage(), e);
                    }
                }
            }
            if (v == null || v.isNull() || v.isContainerNode()) {
                raw[j] = "(missing)";
                continue;
            }
            raw[j] = v.asText();
            try {
                num[j] = Double.parseDouble(raw[j].trim());
            } catch (NumberFormatException e) {
                allNumeric = false;
            }
        }
        long distinct = Arrays.stream(raw).filter(s -> !s.equals("(missing)")).distinct().count();
        if (allNumeric && distinct > 8) {
            for (int j = 0; j < raw.length; j++) {
                if (num[j] != null) {
                    long lo = (long) Math.floor(num[j] / 10) * 10;
                    raw[j] = lo + "-" + (lo + 9);
                }
            }
        }
        return raw;
    }

    /** The accuracy metrics of one model in each group. */
    static List<SegmentResult> evaluate(List<Group> groups, int[][] lists, MetricSuite suite, Bootstrap bootstrap) {
        List<SegmentResult> out = new ArrayList<>();
        for (Group g : groups) {
            int[][] sub = new int[g.positions().length][];
            for (int n = 0; n < sub.length; n++) {
                sub[n] = lists[g.positions()[n]];
            }
            Map<String, double[]> perUser = suite.perUser(sub, g.test());
            Interval[] ci = bootstrap.means(perUser.values().toArray(double[][]::new));
            Map<String, MetricValue> metrics = new LinkedHashMap<>();
            int c = 0;
            for (String key : perUser.keySet()) {
                metrics.put(key, MetricValue.of(ci[c].value(), ci[c].low(), ci[c].high()));
                c++;
            }
            out.add(new SegmentResult(g.segment(), g.group(), sub.length, metrics));
        }
        return out;
    }
}
