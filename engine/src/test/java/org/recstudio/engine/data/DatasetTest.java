package org.recstudio.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.workspace.Workspace;

class DatasetTest {

    @TempDir Path dir;

    record Row(int user, int item, int event, long time) { }

    @Test void csrAndCscMatchABruteForceGroupingOrderedByTimeThenIndex() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Row> rows = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir, "test")) {
            try (DatasetWriter w = DatasetWriter.begin(ws, "d", "interactions", "f", "fp")) {
                for (int i = 0; i < 5000; i++) {
                    int u = w.userOrNew("u" + rnd.nextInt(50));
                    int it = w.itemOrPlaceholder("i" + rnd.nextInt(80));
                    int e = w.eventCode(rnd.nextBoolean() ? "view" : "purchase");
                    long t = rnd.nextInt(300); // many ties on purpose
                    if (w.addInteraction(u, it, e, Float.NaN, t, null)) {
                        rows.add(new Row(u, it, e, t));
                    }
                }
                w.commit(rows.size(), 0, null, null);
            }
            Dataset d = new DatasetLoader(ws).load("d", Progress.NONE);
            assertEquals(rows.size(), d.size());
            check(d.byUser(), rows, Row::user, Row::item, d);
            check(d.byItem(), rows, Row::item, Row::user, d);
        }
    }

    private static void check(CsrMatrix m, List<Row> rows, java.util.function.ToIntFunction<Row> rowOf,
                              java.util.function.ToIntFunction<Row> colOf, Dataset d) {
        for (int r = 0; r < m.rows(); r++) {
            int row = r;
            List<Row> expected = rows.stream().filter(x -> rowOf.applyAsInt(x) == row)
                    .sorted(Comparator.comparingLong(Row::time).thenComparingInt(colOf)).toList();
            assertEquals(expected.size(), m.rowLength(r));
            for (int k = 0; k < expected.size(); k++) {
                Row x = expected.get(k);
                int e = m.start(r) + k;
                assertEquals(colOf.applyAsInt(x), m.col(e));
                assertEquals(x.time(), m.time(e));
                assertEquals(x.event(), m.event(e));
                assertEquals((float) d.eventType(x.event()).weight(), m.strength(e));
            }
        }
    }
}
