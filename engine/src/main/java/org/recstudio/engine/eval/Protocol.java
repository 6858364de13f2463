package org.recstudio.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.split.LeaveLastN;
import org.recstudio.engine.eval.split.Prefilter;
import org.recstudio.engine.eval.split.Splitter;
import org.recstudio.engine.eval.split.TieRule;

/**
 * The full evaluation protocol: pre-filters, the splitter, the relevance threshold and how items are ranked.
 *
 * @param prefilters         applied in order before splitting
 * @param splitter           which interactions are held out
 * @param relevanceThreshold held-out interactions with a raw value below it are not relevant; NaN: all are
 * @param sampledNegatives   0 for full ranking over every item the user has not trained on (the default and the
 *                           only unbiased choice); N &gt; 0 ranks the held-out items among N sampled negatives per
 *                           user, which can reverse model rankings (Krichene &amp; Rendle 2020) and is labelled
 *                           {@code sampled: true}
 */
public record Protocol(List<Prefilter> prefilters, Splitter splitter, double relevanceThreshold, int sampledNegatives) {

    public Protocol {
        prefilters = List.copyOf(prefilters);
        if (splitter == null) {
            throw new IllegalArgumentException("a protocol needs a splitter");
        }
        if (sampledNegatives < 0) {
            throw new IllegalArgumentException("sampledNegatives must be >= 0 (0 = full ranking), got "
                    + sampledNegatives);
        }
    }

    /** Temporal leave-last-out with full ranking, no filters and every held-out item relevant. */
    public static Protocol leaveLastOut(TieRule ties) {
        return new Protocol(List.of(), LeaveLastN.lastOut(ties), Double.NaN, 0);
    }

    /** Whether metrics are computed over sampled negatives rather than the full catalog. */
    public boolean sampled() {
        return sampledNegatives > 0;
    }

    /** The data after the pre-filters. */
    public Dataset filter(Dataset data) {
        Dataset d = data;
        for (Prefilter f : prefilters) {
            d = f.apply(d);
        }
        return d;
    }

    /** The protocol for results and run history. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>(splitter.describe());
        List<Map<String, Object>> filters = new ArrayList<>();
        for (Prefilter f : prefilters) {
            filters.add(f.describe());
        }
        m.put("prefilters", filters);
        m.put("relevance_threshold", Double.isNaN(relevanceThreshold) ? null : relevanceThreshold);
        m.put("ranking", sampled() ? "sampled" : "full");
        m.put("sampled", sampled());
        if (sampled()) {
            m.put("sampled_negatives", sampledNegatives);
        }
        return m;
    }
}
