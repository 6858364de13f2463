package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void epochUnitFollowsTheColumnsMagnitude() {
        assertEquals(Timestamps.Kind.EPOCH_SECONDS, Timestamps.detect(List.of("881250949", "891717742")));
        assertEquals(Timestamps.Kind.EPOCH_MILLIS, Timestamps.detect(List.of("1574553793442", "1574553793000")));
        assertEquals(Timestamps.Kind.EPOCH_MICROS, Timestamps.detect(List.of("1574553793442536")));
        assertEquals(Timestamps.Kind.EPOCH_NANOS, Timestamps.detect(List.of("1574553793442536000")));
        assertEquals(881250949000L, Timestamps.parse(Timestamps.Kind.EPOCH_SECONDS, "881250949"));
        assertEquals(1574553793442L, Timestamps.parse(Timestamps.Kind.EPOCH_MICROS, "1574553793442536"));
        assertEquals(1574553793442L, Timestamps.parse(Timestamps.Kind.EPOCH_NANOS, "1574553793442536000"));
        assertEquals(1445714994500L, Timestamps.parse(Timestamps.Kind.EPOCH_SECONDS, "1445714994.5"));
    }

    @Test
    void isoForms() {
        assertEquals(Timestamps.Kind.ISO, Timestamps.detect(List.of("2019-11-24 00:03:13.442536+00:00")));
        assertEquals(ms("2019-11-24T00:03:13.442Z"), Timestamps.parse(Timestamps.Kind.ISO,
                "2019-11-24 00:03:13.442536+00:00"));
        assertEquals(ms("2019-11-23T22:03:13Z"), Timestamps.parse(Timestamps.Kind.ISO, "2019-11-24T00:03:13+02:00"));
        assertEquals(ms("2019-11-24T05:30:00Z"), Timestamps.parse(Timestamps.Kind.ISO, "2019-11-24T00:00-0530"));
        assertEquals(ms("2019-11-24T00:03:13Z"), Timestamps.parse(Timestamps.Kind.ISO, "2019-11-24T00:03:13Z"));
        assertEquals(ms("2019-11-24T00:03:00Z"), Timestamps.parse(Timestamps.Kind.ISO, "2019-11-24 00:03"));
        assertEquals(ms("2019-11-24T00:00:00Z"), Timestamps.parse(Timestamps.Kind.ISO, "2019-11-24"));
        assertEquals(ms("2019-11-24T00:00:00Z"), Timestamps.parse(Timestamps.Kind.ISO, "2019/11/24"));
    }

    @Test
    void monthNameForms() {
        assertEquals(Timestamps.Kind.MONTH_DAY_YEAR, Timestamps.detect(List.of("06 17, 2018", "1 3, 2012")));
        assertEquals(ms("2018-06-17T00:00:00Z"), Timestamps.parse(Timestamps.Kind.MONTH_DAY_YEAR, "06 17, 2018"));
        assertEquals(Timestamps.Kind.DAY_MON_YEAR, Timestamps.detect(List.of("01-Jan-1995", "14-Feb-1997")));
        assertEquals(ms("1926-01-01T00:00:00Z"), Timestamps.parse(Timestamps.Kind.DAY_MON_YEAR, "01-Jan-1926"));
    }

    @Test
    void rangeProblemsNameTheTimeAndTheLimit() {
        long latest = ms("2025-01-02T00:00:00Z");
        assertNull(Timestamps.rangeProblem(ms("2024-06-01T00:00:00Z"), latest));
        assertEquals("1969-12-31T00:00:00Z is before 1970-01-01", Timestamps.rangeProblem(-86_400_000L, latest));
        assertEquals("2100-01-01T00:00:00Z is in the future (after 2025-01-02T00:00:00Z)",
                Timestamps.rangeProblem(ms("2100-01-01T00:00:00Z"), latest));
    }

    @Test
    void garbageIsInvalidNotAnException() {
        for (String s : List.of("", "abc", "2019-13-01", "2019-02-30", "2019-11-24T25:00", "12:00", "2019-11-24 x")) {
            assertEquals(Timestamps.INVALID, Timestamps.parse(Timestamps.Kind.ISO, s), s);
        }
        assertEquals(Timestamps.INVALID, Timestamps.parse(Timestamps.Kind.EPOCH_SECONDS, "12x"));
        assertEquals(Timestamps.INVALID, Timestamps.parse(Timestamps.Kind.MONTH_DAY_YEAR, "June 17, 2018"));
        assertNull(Timestamps.detect(List.of("yesterday", "today")));
        assertNull(Timestamps.detect(List.of("", " ")));
    }
}
