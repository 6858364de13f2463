package org.recstudio.bandit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden snapshot files of format 1 stay readable; newer formats are refused with a clear message. */
class SnapshotFormatTest {

    static Path golden(String name) throws URISyntaxException {
        return Path.of(SnapshotFormatTest.class.getResource(name).toURI());
    }

    @Test void formatOneEpsilonGreedyRestores() throws Exception {
        Policy p = Policies.restore(PolicyStore.read(golden("egreedy-format1.json")));
        assertEquals("egreedy:epsilon=0.1,decay=0.0,initial=0.0", p.spec());
        assertEquals(3, p.updates());
        EpsilonGreedy e = (EpsilonGreedy) p;
        assertEquals(0.5, e.mean(0));
        assertEquals(0.0, e.mean(1));
        assertEquals(1.0, e.mean(2));
    }

    @Test void formatOneLinUcbRestores() throws Exception {
        LinUcb p = (LinUcb) Policies.restore(PolicyStore.read(golden("linucb-format1.json")));
        assertEquals(2, p.dimension());
        // A = I + [1, .5][1, .5]ᵀ + [1, -.5][1, -.5]ᵀ = [[3, 0], [0, 1.5]], b = [1, .5] → θ = [1/3, 1/3]
        assertEquals(1.0 / 3, p.theta(1)[0], 1e-12);
        assertEquals(1.0 / 3, p.theta(1)[1], 1e-12);
        assertEquals(0.0, p.theta(0)[0]);
    }

    @Test void newerFormatsAndMismatchedStateAreRefused(@TempDir Path dir) throws Exception {
        String text = Files.readString(golden("egreedy-format1.json"));
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, text.replace("\"format\" : 1", "\"format\" : 2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyStore.read(newer));
        assertTrue(e.getMessage().contains("format 2 is not supported"), e.getMessage());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text.replace("[ 2.0, 0.0, 1.0 ]", "[ 2.0 ]"));
        e = assertThrows(IllegalArgumentException.class, () -> Policies.restore(PolicyStore.read(broken)));
        assertTrue(e.getMessage().contains("'trials' of length 3"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new PolicyStore(dir).save("../escape", PolicyStore.read(golden("egreedy-format1.json"))));
        assertTrue(bad.getMessage().contains("must be 1-100 letters"), bad.getMessage());
    }
}
