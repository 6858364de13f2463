package org.recstudio.bandit.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading generic logs, and the errors for logs OPE cannot use. */
class LogReaderTest {

    @TempDir Path dir;

    Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    LogFormatException fails(Path f, ActionSet actions) {
        return assertThrows(LogFormatException.class, () -> LogReader.read(f, LogColumns.defaults(), actions, null));
    }

    @Test void readsCsvWithContextPositionsAndTimes() throws IOException {
        Path f = write("log.csv", """
                ,timestamp,action,reward,propensity,position,device,age
                0,2019-11-24 00:01:03.979311+00:00,7,1,0.5,2,mobile,31
                1,2019-11-24T00:02:00Z,3,0,0.25,1,desktop,
                """);
        BanditLog log = LogReader.read(f, LogColumns.defaults(), null, null);
        assertEquals(2, log.size());
        assertEquals(List.of("3", "7"), log.actions().ids(), "numeric ids sorted");
        assertEquals(1, log.action(0));
        assertEquals(List.of(1, 2), log.positions());
        assertEquals(1, log.position(0));
        assertEquals(1574553663979L, log.time(0));
        assertEquals(List.of("device", "age"), log.context().stream().map(ContextColumn::name).toList());
        assertTrue(log.context().get(1).numeric());
        assertTrue(Double.isNaN(log.context().get(1).number(1)));
        assertEquals("desktop", log.context().getFirst().text(1));
    }

    @Test void readsJsonLinesWithNestedContext() throws IOException {
        Path f = write("log.jsonl", """
                {"action": "a", "reward": 1, "propensity": 0.5, "context": {"device": "mobile", "hour": 9}}

                {"action": "b", "reward": 0, "propensity": 0.5, "context": {"device": "tablet"}, "extra": true}
                """);
        BanditLog log = LogReader.read(f, LogColumns.defaults(), null, null);
        assertEquals(2, log.size());
        assertEquals(List.of("a", "b"), log.actions().ids());
        assertEquals(List.of("context.device", "context.hour", "extra"),
                log.context().stream().map(ContextColumn::name).toList());
        assertTrue(Double.isNaN(log.context().get(1).number(1)));
        assertEquals(null, log.context().get(2).text(0));
        assertEquals(1, log.positionCount());
    }

    @Test void aLogWithoutPropensitiesSaysWhatIsMissing() throws IOException {
        LogFormatException e = fails(write("nop.csv", "action,reward\n1,0\n"), null);
        assertTrue(e.getMessage().contains("nop.csv") && e.getMessage().contains("'propensity' column")
                && e.getMessage().contains("[action, reward]"), e.getMessage());
        e = fails(write("nop.jsonl", "{\"action\": 1, \"reward\": 0}\n"), null);
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("propensity"), e.getMessage());
    }

    @Test void zeroNegativeMissingAndLargePropensitiesAreReportedWithLineAndColumn() throws IOException {
        LogFormatException e = fails(write("bad.csv", """
                action,reward,propensity
                1,0,0.5
                1,0,0
                2,1,-0.1
                2,1,
                2,1,1.5
                2,x,0.5
                """), null);
        assertEquals(5, e.count());
        String m = e.getMessage();
        assertTrue(m.contains("line 3, column 'propensity': propensity 0 must be > 0"), m);
        assertTrue(m.contains("line 4, column 'propensity': propensity -0.1 must be > 0"), m);
        assertTrue(m.contains("line 5, column 'propensity': missing propensity"), m);
        assertTrue(m.contains("line 6, column 'propensity': propensity 1.5 must be <= 1"), m);
        assertTrue(m.contains("line 7, column 'reward': reward 'x' is not a number"), m);
    }

    @Test void actionsOutsideTheActionSetAreReported() throws IOException {
        LogFormatException e = fails(write("acts.csv", "action,reward,propensity\n0,0,0.5\n5,1,0.5\n"),
                ActionSet.range(3, "the catalog"));
        assertTrue(e.getMessage().contains("line 3, column 'action': action '5' is outside the action set: 3 actions "
                + "(0, 1, 2) from the catalog"), e.getMessage());
    }

    @Test void manyProblemsAreCountedAndTheFirstListed() throws IOException {
        StringBuilder b = new StringBuilder("action,reward,propensity\n");
        for (int i = 0; i < 25; i++) {
            b.append("1,0,0\n");
        }
        LogFormatException e = fails(write("many.csv", b.toString()), null);
        assertEquals(25, e.count());
        assertEquals(LogFormatException.SHOWN, e.problems().size());
        assertTrue(e.getMessage().contains("and 15 more"), e.getMessage());
    }

    @Test void raggedRowsAndBadJsonAreReported() throws IOException {
        LogFormatException e = fails(write("rag.csv", "action,reward,propensity\n1,0\n"), null);
        assertTrue(e.getMessage().contains("line 2: the row has 2 fields, the header has 3"), e.getMessage());
        e = fails(write("bad.jsonl", "{\"action\": 1, \"reward\": 0, \"propensity\": 0.5}\n{oops\n"), null);
        assertTrue(e.getMessage().contains("line 2: the row is not valid JSON"), e.getMessage());
    }
}
