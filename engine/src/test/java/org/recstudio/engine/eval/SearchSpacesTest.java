package org.recstudio.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.model.ParamsBinder;

/** The default tuning spaces bind to the registered algorithms' params. */
class SearchSpacesTest {

    @Test void everyDefaultCombinationBinds() {
        for (var algorithm : Algorithms.all()) {
            Map<String, List<String>> space = SearchSpaces.defaults(algorithm);
            for (Map<String, String> combo : Tuner.combinations(space, TuningSpec.random(5, "ndcg@10"), 1)) {
                ParamsBinder.bind(algorithm, combo);
            }
        }
    }

    @Test void fixedParamsAreNotTunedAndNarrowTheSpace() {
        var seq = Algorithms.byName("sequential");
        Map<String, List<String>> slist = SearchSpaces.defaults(seq, Map.of("method", "SLIST"));
        assertFalse(slist.containsKey("method"));
        assertFalse(slist.containsKey("historyLength"), "a TRANSITIONS-only param is not tuned for SLIST");
        assertTrue(slist.containsKey("lambda"), slist.toString());
        assertEquals(Map.of(), SearchSpaces.defaults(Algorithms.byName("popularity")));
    }

    @Test void alsSpaceCoversRatingStrengthsAndSparksObjective() {
        Map<String, List<String>> als = SearchSpaces.defaults(Algorithms.byName("als"), Map.of("factors", "64"));
        assertFalse(als.containsKey("factors"));
        assertTrue(als.get("alpha").contains("0.25"), "alpha below 1 suits 1–5 ratings: " + als);
        assertTrue(als.get("regularization").containsAll(List.of("0.1", "3")), als.toString());
        assertEquals(List.of("false", "true"), als.get("scaleRegularization"));
    }
}
