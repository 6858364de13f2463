package org.recstudio.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the studio writes numbers, shares, sizes and times. */
class FormatsTest {

    @Test void numbers() {
        assertEquals("1,234,567", Formats.count(1_234_567));
        assertEquals("999", Formats.compact(999));
        assertEquals("1.2k", Formats.compact(1_234));
        assertEquals("250k", Formats.compact(250_000));
        assertEquals("2.5M", Formats.compact(2_500_000));
        assertEquals("10k", Formats.compact(10_000));
        assertEquals("0.5", Formats.compact(0.5));
        assertEquals("3.14", Formats.decimal(3.14159, 2));
        assertEquals("2", Formats.decimal(2.0, 2));
    }

    @Test void shares() {
        assertEquals("12.3%", Formats.percent(0.12345));
        assertEquals("99.87%", Formats.percent(0.99871));
        assertEquals("0.25%", Formats.percent(0.0025));
        assertEquals("100.0%", Formats.percent(1));
    }

    @Test void sizes() {
        assertEquals("812 B", Formats.bytes(812));
        assertEquals("4.2 kB", Formats.bytes(4_200));
        assertEquals("17 MB", Formats.bytes(17_000_000));
        assertEquals("1.3 GB", Formats.bytes(1_300_000_000L));
    }

    @Test void times() {
        assertEquals("2024-03-01 14:05", Formats.time(Instant.parse("2024-03-01T14:05:59Z").toEpochMilli()));
        assertEquals("\u2014", Formats.time(Long.MIN_VALUE));
        assertEquals("2024-03-01", Formats.date(Instant.parse("2024-03-01T23:59:00Z")));
        assertEquals("\u2014", Formats.date((Instant) null));
        assertEquals("Mar 2024", Formats.month(java.time.LocalDate.of(2024, 3, 9)));
    }
}
