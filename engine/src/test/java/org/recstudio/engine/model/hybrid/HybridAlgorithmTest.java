package org.recstudio.engine.model.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recstudio.engine.model.content.ContentFixtures.RAIN_SHELL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.ItemFilters;
import org.recstudio.engine.model.ParamsBinder;
import org.recstudio.engine.model.content.ContentFixtures;
import org.recstudio.engine.model.hybrid.HybridModel.Branch;
import org.recstudio.engine.model.hybrid.HybridParams.ColdUserStrategy;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.InteractionColumns;

class HybridAlgorithmTest {

    private static final Dataset DATA = HybridModelTest.shop(ContentFixtures.catalog(true));

    private static HybridModel fit(HybridParams params, long seed) {
        return new HybridAlgorithm().fit(DATA, params, seed, Progress.NONE);
    }

    @Test void switchingByDefaultUsesItemKnnContentAndPopularity() {
        HybridModel m = fit(HybridParams.switching(2, 2, ColdUserStrategy.POPULARITY), 7);
        assertEquals(List.of("itemknn", "content", "popularity"), m.components().stream()
                .map(c -> c.provenance().algorithm()).toList());
        assertEquals(Branch.CONTENT, m.branch(0, RAIN_SHELL));
        assertEquals("hybrid", m.provenance().algorithm());
        assertEquals("SWITCHING", m.provenance().params().get("mode"));
        assertEquals(DATA.fingerprint(), m.provenance().datasetFingerprint());
    }

    @Test void weightedFitSkipsZeroWeightsAndBlendsTheRest() {
        HybridModel m = fit(HybridParams.weighted(List.of("content", "popularity", "itemknn"),
                List.of(0.5, 0.0, 0.5)), 7);
        assertEquals(List.of("content", "itemknn"), m.components().stream()
                .map(c -> c.provenance().algorithm()).toList());
        assertEquals(Branch.BLEND, m.branch(0, 0));
    }

    @Test void sameSeedSameScoresAndWriteReadIsBitIdentical() throws IOException {
        for (HybridParams params : List.of(HybridParams.switching(2, 2, ColdUserStrategy.CONTENT),
                HybridParams.weighted(List.of("content", "popularity", "itemknn"), List.of(0.3, 0.2, 0.5)))) {
            HybridModel a = fit(params, 11);
            HybridModel b = fit(params, 11);
            byte[] bytes = bytes(a);
            HybridModel read = HybridModel.read(new DataInputStream(new ByteArrayInputStream(bytes)), a.provenance());
            assertArrayEquals(bytes, bytes(read));
            for (int u = 0; u < DATA.userCount(); u++) {
                float[] x = new float[a.itemCount()];
                float[] y = new float[a.itemCount()];
                a.scoreAll(u, x);
                read.scoreAll(u, y);
                assertArrayEquals(x, y);
                float[] z = new float[a.itemCount()];
                b.scoreAll(u, z);
                assertArrayEquals(x, z, "same seed, same scores");
                assertEquals(a.recommend(u, 5, ItemFilters.unseen(DATA.byUser(), u)),
                        read.recommend(u, 5, ItemFilters.unseen(DATA.byUser(), u)));
                assertEquals(a.explain(u, RAIN_SHELL), read.explain(u, RAIN_SHELL));
            }
            assertEquals(a.components().stream().map(c -> c.provenance()).toList(),
                    read.components().stream().map(c -> c.provenance()).toList());
        }
    }

    @Test void paramsBindFromStrings() {
        HybridParams p = ParamsBinder.bind(new HybridAlgorithm(), Map.of("mode", "weighted",
                "components", "content, popularity", "weights", "0.6,0.4", "normalization", "z-score"));
        assertEquals(List.of("content", "popularity"), p.components());
        assertEquals(List.of(0.6, 0.4), p.weights());
        assertEquals(ScoreNormalization.Z_SCORE, p.normalization());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParamsBinder.bind(
                new HybridAlgorithm(), Map.of("components", "content,popularity", "weights", "1")));
        assertTrue(e.getMessage().contains("one weight per component"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HybridParams.weighted(List.of("content", "content"),
                List.of(1.0, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> HybridParams.weighted(List.of("hybrid"), List.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> HybridParams.switching(-1, 2,
                ColdUserStrategy.POPULARITY));
    }

    @Test void unknownComponentsAndMissingMetadataFailClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HybridAlgorithm(
                name -> Optional.empty()).fit(DATA, HybridParams.defaults(), 1, Progress.NONE));
        assertTrue(e.getMessage().contains("'itemknn' is not an available algorithm"), e.getMessage());
        Dataset bare = Dataset.of(DATA.info(), DATA.users(), DATA.items(), DATA.eventTypes(),
                new InteractionColumns(0, new int[0], new int[0], new int[0], new float[0], new long[0], null),
                Progress.NONE);
        e = assertThrows(IllegalArgumentException.class, () -> new HybridAlgorithm().fit(bare,
                HybridParams.defaults(), 1, Progress.NONE));
        assertTrue(e.getMessage().contains("loadWithMetadata"), e.getMessage());
    }

    private static byte[] bytes(HybridModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(new DataOutputStream(out));
        return out.toByteArray();
    }
}
