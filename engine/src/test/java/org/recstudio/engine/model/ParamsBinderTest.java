package org.recstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recstudio.engine.model.itemknn.ItemKnnAlgorithm;
import org.recstudio.engine.model.itemknn.ItemKnnParams;

class ParamsBinderTest {

    enum Shape { ROUND, SQUARE_ISH }

    record Sample(@Doc("how many") int count, long big, double rate, float ratio, boolean on, String label,
                  Shape shape, List<Integer> sizes, List<Shape> shapes) implements Params {
        Sample {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0, got " + count);
            }
            sizes = List.copyOf(sizes);
            shapes = List.copyOf(shapes);
        }

        public static Sample defaults() {
            return new Sample(3, 10L, 0.5, 0.25f, false, "x", Shape.ROUND, List.of(1, 2), List.of());
        }
    }

    private static Sample bind(Map<String, String> values) {
        return ParamsBinder.bind("sample", Sample.class, Sample.defaults(), values);
    }

    @Test void noValuesGiveTheDefaults() {
        assertEquals(Sample.defaults(), bind(Map.of()));
    }

    @Test void bindsEveryTypeByComponentName() {
        Sample s = bind(Map.of("count", "7", "big", "12345678901", "rate", "1e-3", "ratio", "2.5", "on", "TRUE",
                "label", " spaced ", "shape", "square-ish", "sizes", "4, 5,6", "shapes", "round,SQUARE_ISH"));
        assertEquals(new Sample(7, 12345678901L, 1e-3, 2.5f, true, " spaced ", Shape.SQUARE_ISH, List.of(4, 5, 6),
                List.of(Shape.ROUND, Shape.SQUARE_ISH)), s);
    }

    @Test void keysIgnoreCaseUnderscoresAndDashes() {
        assertEquals(9, bind(Map.of("COUNT", "9")).count());
        ItemKnnParams p = ParamsBinder.bind(new ItemKnnAlgorithm(), Map.of("bm25_k1", "3", "weighting", "bm25"));
        assertEquals(3.0, p.bm25K1());
        assertEquals(ItemKnnParams.Weighting.BM25, p.weighting());
    }

    @Test void emptyListText() {
        assertEquals(List.of(), bind(Map.of("sizes", "")).sizes());
    }

    @Test void unknownKeysListTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bind(Map.of("cuont", "1")));
        assertTrue(e.getMessage().contains("'cuont'"), e.getMessage());
        assertTrue(e.getMessage().contains("sample"), e.getMessage());
        assertTrue(e.getMessage().contains("count, big, rate, ratio, on, label, shape, sizes, shapes"), e.getMessage());
    }

    @Test void badValuesNameKeyValueAndType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bind(Map.of("count", "abc")));
        assertTrue(e.getMessage().contains("'count'") && e.getMessage().contains("'abc'")
                && e.getMessage().contains("int"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> bind(Map.of("on", "yes")));
        assertTrue(e.getMessage().contains("boolean"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> bind(Map.of("shape", "oval")));
        assertTrue(e.getMessage().contains("[ROUND, SQUARE_ISH]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> bind(Map.of("sizes", "1,x")));
        assertTrue(e.getMessage().contains("'sizes'") && e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test void theRecordsOwnValidationIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bind(Map.of("count", "-1")));
        assertEquals("Invalid parameters for sample: count must be >= 0, got -1", e.getMessage());
    }

    @Test void toMapFormatsWhatBindParses() {
        Sample s = new Sample(1, 2, 0.1, 0.3f, true, "a b", Shape.SQUARE_ISH, List.of(7, 8), List.of(Shape.ROUND));
        Map<String, String> m = ParamsBinder.toMap(s);
        assertEquals(List.of("count", "big", "rate", "ratio", "on", "label", "shape", "sizes", "shapes"),
                List.copyOf(m.keySet()));
        assertEquals("7,8", m.get("sizes"));
        assertEquals(s, bind(m));
    }

    @Test void describeGivesNameTypeDefaultDocAndChoices() {
        List<ParamSpec> specs = ParamsBinder.describe(Sample.class);
        assertEquals(9, specs.size());
        ParamSpec count = specs.get(0);
        assertEquals(new ParamSpec("count", "int", int.class, int.class, "3", "how many", List.of()), count);
        assertEquals("", specs.get(1).description());
        ParamSpec shape = specs.get(6);
        assertEquals("enum", shape.type());
        assertEquals(List.of("ROUND", "SQUARE_ISH"), shape.choices());
        assertEquals("ROUND", shape.defaultValue());
        ParamSpec sizes = specs.get(7);
        assertEquals("list<int>", sizes.type());
        assertSame(List.class, sizes.javaType());
        assertSame(Integer.class, sizes.elementType());
        assertEquals("1,2", sizes.defaultValue());
        assertEquals(List.of("ROUND", "SQUARE_ISH"), specs.get(8).choices());
    }

    @Test void everyRegisteredAlgorithmIsDescribedWithDocs() {
        for (Algorithm<?> a : Algorithms.all()) {
            List<ParamSpec> specs = ParamsBinder.describe(a);
            assertEquals(a.paramsType().getRecordComponents().length, specs.size(), a.name());
            assertEquals(specs, ParamsBinder.describe(a.paramsType()), a.name());
            for (ParamSpec s : specs) {
                // the defaults bind back to themselves
                assertEquals(a.defaults(), ParamsBinder.bind(a.name(), (Class) a.paramsType(), (Record) a.defaults(),
                        Map.of(s.name(), s.defaultValue())), a.name() + "." + s.name());
            }
        }
    }

    @Test void recordsWithoutDefaultsCannotBeDescribed() {
        record NoDefaults(int x) { }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParamsBinder.describe(NoDefaults.class));
        assertTrue(e.getMessage().contains("defaults()"), e.getMessage());
    }
}
