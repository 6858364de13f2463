package org.recstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.pop.PopularityModel;
import org.recstudio.engine.progress.Progress;

class AlgorithmsTest {

    @Test void builtInAlgorithmsAreRegisteredFirst() {
        assertEquals(List.of("popularity", "itemknn", "ease", "sequential"), Algorithms.names().subList(0, 4));
        assertEquals(Algorithms.names().size(), new HashSet<>(Algorithms.names()).size(), "names are unique");
    }

    @Test void namesAndAliasesAreCaseInsensitive() {
        assertSame(Algorithms.byName("popularity"), Algorithms.byName("POP"));
        assertSame(Algorithms.byName("sequential"), Algorithms.byName("seq"));
        assertEquals("itemknn", Algorithms.byName(" ItemKNN ").name());
    }

    @Test void unknownNamesListTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Algorithms.byName("svd"));
        assertTrue(e.getMessage().contains("'svd'"), e.getMessage());
        assertTrue(e.getMessage().contains("popularity, itemknn, ease, sequential"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Algorithms.codec("svd"));
    }

    @Test void everyRegisteredAlgorithmHasACodecAndValidDefaults() {
        for (Algorithms.Registration r : Algorithms.registrations()) {
            assertNotNull(r.codec(), r.name() + " has no codec");
            assertSame(r.codec(), Algorithms.codec(r.name()));
            assertSame(r.algorithm().paramsType(), r.algorithm().defaults().getClass(), r.name());
        }
    }

    @Test void fitBindsStringParams() {
        Model m = Algorithms.fit(Algorithms.byName("pop"), TestData.small(), Map.of("mode", "trending"), 1,
                Progress.NONE);
        assertTrue(m instanceof PopularityModel);
        assertEquals("TRENDING", m.provenance().params().get("mode"));
        assertThrows(IllegalArgumentException.class, () -> Algorithms.fit(Algorithms.byName("pop"),
                TestData.small(), Map.of("nope", "1"), 1, Progress.NONE));
    }
}
