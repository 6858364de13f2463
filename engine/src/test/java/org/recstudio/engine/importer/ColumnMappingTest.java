package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recstudio.engine.importer.ImportFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {

    @TempDir Path dir;

    private static FileFormat format(List<String> columns, List<List<String>> preview, boolean header) {
        return new FileFormat(StandardCharsets.UTF_8, false, false, ",", '"', header, columns, preview, List.of());
    }

    private static Map<Role, List<String>> roles(ColumnMapping m) {
        return m.bindings().stream().collect(Collectors.groupingBy(Binding::role,
                Collectors.mapping(Binding::column, Collectors.toList())));
    }

    @Test
    void guessesInteractionRolesFromRealWorldHeaderNames() {
        record Case(List<String> header, List<String> row, String user, String item, String value, String time,
                    String event) {
        }
        for (Case c : List.of(
                new Case(List.of("userId", "movieId", "rating", "timestamp"), List.of("1", "1", "4.0", "964982703"),
                        "userId", "movieId", "rating", "timestamp", "rating"),
                new Case(List.of("reviewerID", "asin", "overall", "reviewTime", "unixReviewTime"),
                        List.of("A1", "B1", "5.0", "06 17, 2018", "1529193600"),
                        "reviewerID", "asin", "overall", "unixReviewTime", "rating"),
                new Case(List.of("userID", "artistID", "weight"), List.of("2", "51", "13883"),
                        "userID", "artistID", "weight", null, "play"),
                new Case(List.of("UserID", "placeID", "rating"), List.of("U1077", "135085", "2"),
                        "UserID", "placeID", "rating", null, "rating"),
                new Case(List.of("user_id", "book_id", "rating"), List.of("1", "258", "5"),
                        "user_id", "book_id", "rating", null, "rating"))) {
            FileFormat f = format(c.header(), List.of(c.row()), true);
            ColumnMapping m = ColumnMapping.guess(DataKind.INTERACTIONS, f);
            Map<Role, List<String>> r = roles(m);
            assertEquals(List.of(c.user()), r.get(Role.USER_ID), c.toString());
            assertEquals(List.of(c.item()), r.get(Role.ITEM_ID), c.toString());
            assertEquals(List.of(c.value()), r.get(Role.VALUE), c.toString());
            assertEquals(c.time() == null ? null : List.of(c.time()), r.get(Role.TIMESTAMP), c.toString());
            assertEquals(c.event(), m.fixedEvent(), c.toString());
            assertEquals(List.of(), m.validate(DataKind.INTERACTIONS, f));
        }
    }

    @Test
    void guessesCatalogRolesAndEventColumns() {
        FileFormat items = format(List.of("item_id", "title", "description", "category", "brand", "price",
                "created_at", "in_stock"), List.of(List.of("SKU1", "Phone", "A phone", "Electronics > Phones", "Acme",
                "199.00", "2024-03-01", "true")), true);
        Map<Role, List<String>> r = roles(ColumnMapping.guess(DataKind.ITEMS, items));
        for (Role role : List.of(Role.ITEM_ID, Role.TITLE, Role.DESCRIPTION, Role.CATEGORY, Role.BRAND, Role.PRICE,
                Role.CREATED_AT, Role.IN_STOCK)) {
            assertEquals(1, r.get(role).size(), role::toString);
        }
        assertEquals(CategoryStyle.PATH, ColumnMapping.guess(DataKind.ITEMS, items).categoryStyle());
        FileFormat events = format(List.of("user_id", "item_id", "event", "timestamp", "device"),
                List.of(List.of("u1", "i1", "view", "2024-03-01T10:00:00Z", "mobile")), true);
        ColumnMapping m = ColumnMapping.guess(DataKind.INTERACTIONS, events);
        assertEquals(List.of("event"), roles(m).get(Role.EVENT));
        assertEquals(List.of("device"), roles(m).get(Role.CONTEXT));
        assertEquals(null, m.fixedEvent());
        FileFormat users = format(List.of("user_id", "age_band", "gender", "country", "signup_date"),
                List.of(List.of("u1", "25-34", "F", "DE", "2023-01-01")), true);
        assertEquals(4, roles(ColumnMapping.guess(DataKind.USERS, users)).get(Role.USER_ATTRIBUTE).size());
    }

    @Test
    void guessesHeaderlessRatingsByPositionAndValues() {
        FileFormat f = format(List.of("column1", "column2", "column3", "column4"),
                List.of(List.of("196", "242", "3", "881250949"), List.of("186", "302", "3", "891717742")), false);
        Map<Role, List<String>> r = roles(ColumnMapping.guess(DataKind.INTERACTIONS, f));
        assertEquals(List.of("column1"), r.get(Role.USER_ID));
        assertEquals(List.of("column2"), r.get(Role.ITEM_ID));
        assertEquals(List.of("column3"), r.get(Role.VALUE));
        assertEquals(List.of("column4"), r.get(Role.TIMESTAMP));
    }

    @Test
    void validateSaysWhatIsWrongAndNamesTheColumns() {
        FileFormat f = format(List.of("a", "b", "c"), List.of(), true);
        ColumnMapping m = ColumnMapping.builder().bind(Role.USER_ID, "a").bind(Role.VALUE, "rating")
                .bind(Role.TIMESTAMP, 7).bind(Role.PRICE, "c").bind(Role.TITLE, "b").build();
        List<String> problems = m.validate(DataKind.INTERACTIONS, f);
        assertTrue(problems.contains("column 'rating' named for VALUE is not in the file (columns: a, b, c)"),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("column #7 (0-based) bound to TIMESTAMP is not in the "
                + "file, which has 3 column(s)")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("PRICE (column 'c') does not apply to an interactions "
                + "import")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("no column is bound to ITEM_ID")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("no EVENT column and no fixed event name")),
                problems::toString);
        List<String> twice = ColumnMapping.builder().bind(Role.ITEM_ID, "a").bind(Role.TITLE, "b").bind(Role.TITLE, "c")
                .build().validate(DataKind.ITEMS, f);
        assertEquals(List.of("TITLE is bound to 2 columns ('b', 'c'); bind only one"), twice);
    }

    @Test
    void mappingsOfEqualContentAreEqualAndPrintTheSame() {
        ColumnMapping a = ColumnMapping.builder().bind(Role.EVENT, "click").eventNames(Map.of("1", "click",
                "0", "impression")).build();
        ColumnMapping b = ColumnMapping.builder().bind(Role.EVENT, "click").eventNames(Map.of("0", "impression",
                "1", "click")).build();
        assertEquals(a, b);
        assertEquals(a.toString(), b.toString(), "the fingerprint relies on a stable text form");
    }

    @Test
    void guessWorksOnASniffedSampleCatalogFile() {
        Path p = write(dir, "interactions.csv", "user_id,item_id,event,timestamp,device,value\n"
                + "u1,i1,play,2024-01-01T10:00:00Z,tv,312\nu2,i2,view,2024-01-01T11:00:00Z,mobile,\n");
        FileFormat f = FormatSniffer.sniff(p);
        ColumnMapping m = ColumnMapping.guess(DataKind.INTERACTIONS, f);
        assertEquals(List.of(), m.validate(DataKind.INTERACTIONS, f));
        assertEquals(List.of("value"), roles(m).get(Role.VALUE));
    }
}
