package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void everySharedDatasetFormatHasAPreset() {
        assertEquals(List.of("movielens-100k", "movielens-1m", "movielens-latest-small", "goodbooks-10k",
                "lastfm-hetrec", "uci-restaurant", "open-bandit", "amazon-2018", "recstudio-sample"),
                Presets.all().stream().map(Preset::name).toList());
    }

    @Test
    void findAcceptsShortFormsAndIgnoresCase() {
        assertEquals("movielens-100k", Presets.find("ML-100K").orElseThrow().name());
        assertEquals("movielens-latest-small", Presets.find("movielens_latest_small").orElseThrow().name());
        assertTrue(Presets.find("nope").isEmpty());
        assertTrue(Presets.find(null).isEmpty());
    }

    @Test
    void fileKeysAreUniqueAndMappingsFitTheirOwnColumnNames() {
        for (Preset p : Presets.all()) {
            Set<String> keys = new HashSet<>();
            assertTrue(p.description().length() > 40, p.name());
            for (PresetFile f : p.files()) {
                assertTrue(keys.add(f.key()), p.name() + " repeats key " + f.key());
                assertTrue(f.fileName() != null && !f.fileName().isBlank());
                if (f.mapping() != null && f.hints().columnNames() != null) {
                    FileFormat named = new FileFormat(StandardCharsets.UTF_8, false, false,
                            f.hints().delimiter(), '"', false, f.hints().columnNames(), List.of(), List.of());
                    assertEquals(List.of(), f.mapping().validate(f.kind(), named), p.name() + "/" + f.key());
                }
            }
        }
        assertNull(Presets.find("recstudio-sample").orElseThrow().file("items").orElseThrow().mapping(),
                "our own sample files are mapped by the generic header guess");
    }
}
