package org.recstudio.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;
import org.recstudio.engine.workspace.Workspace;

/**
 * Every dataset in the shared datasets folder imports through its preset with the counts its README states. One
 * workspace serves the class; each test imports into datasets of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRealDatasetsTest {

    private Path dir;
    private Path data;
    private Workspace ws;
    private Importer importer;

    @BeforeAll
    void open(@TempDir Path tempDir) {
        dir = tempDir;
        data = datasets();
        Assumptions.assumeTrue(Files.isDirectory(data), "shared datasets not found at " + data + ": skipping");
        ws = Workspace.open(dir.resolve("ws"), "test");
        importer = new Importer(ws);
    }

    @AfterAll
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    /** {@code recstudio.datasets} (set by Surefire), else ../../shared/datasets; relative to the project root. */
    static Path datasets() {
        Path p = Path.of(System.getProperty("recstudio.datasets", "../../shared/datasets"));
        String root = System.getProperty("recstudio.projectRoot");
        if (!p.isAbsolute() && !Files.isDirectory(p) && root != null) {
            p = Path.of(root).resolve(p);
        }
        return p.toAbsolutePath().normalize();
    }

    private Map<DataKind, ImportReport> preset(String preset, String dataset, Object... keyAndFile) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 0; i < keyAndFile.length; i += 2) {
            files.put((String) keyAndFile[i], data.resolve((String) keyAndFile[i + 1]));
        }
        Map<DataKind, ImportReport> out = new LinkedHashMap<>();
        for (ImportReport r : importer.runPreset(preset, dataset, files, UnknownItemPolicy.REJECT, Progress.NONE)) {
            assertEquals(0, r.rejected(), () -> r.summary() + " " + r.sampleRejected());
            out.merge(r.kind(), r, (a, b) -> b);
        }
        return out;
    }

    private int id(String dataset) {
        return ws.datasets().require(dataset).id();
    }

    private List<ItemRecord> items(String dataset) {
        return ws.catalog().items(id(dataset));
    }

    private ItemRecord item(String dataset, String externalId) {
        return items(dataset).stream().filter(i -> i.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    private long distinctItemsInteracted(String dataset) {
        InteractionColumns c = ws.interactions().read(id(dataset), false, Progress.NONE);
        return Arrays.stream(c.item(), 0, c.size()).distinct().count();
    }

    @Test
    void movielens100k() {
        ImportReport r = preset("movielens-100k", "ml100k", "interactions", "movielens-100k/u.data",
                "items", "movielens-100k/u.item", "users", "movielens-100k/u.user").get(DataKind.INTERACTIONS);
        assertEquals(100_000, r.accepted());
        assertEquals(943, r.datasetUsers());
        assertEquals(1_682, r.datasetItems());
        assertEquals(100_000, r.datasetInteractions());
        List<ItemRecord> items = items("ml100k");
        assertTrue(items.stream().allMatch(i -> i.title() != null && i.category() != null && !i.placeholder()));
        assertEquals("Toy Story (1995)", items.getFirst().title());
        assertEquals("Animation | Children's | Comedy", items.getFirst().category());
        assertEquals("Misérables, Les (1995)", item("ml100k", "543").title(), "ISO-8859-1 decoded");
        UserRecord u1 = ws.catalog().users(id("ml100k")).getFirst();
        assertEquals("{\"age\":\"24\",\"gender\":\"M\",\"occupation\":\"technician\",\"zip\":\"85711\"}",
                u1.attributes());
    }

    @Test
    void movielens1mPartial() {
        Map<DataKind, ImportReport> r = preset("movielens-1m", "ml1m",
                "interactions", "movielens-1m/partial/ratings_first487650.dat.gz", "items", "movielens-1m/movies.dat");
        ImportReport ratings = r.get(DataKind.INTERACTIONS);
        assertEquals(487_650, ratings.accepted());
        assertEquals(2_999, ratings.datasetUsers());
        assertEquals(3_883, ratings.datasetItems());
        assertEquals(3_615, distinctItemsInteracted("ml1m"));
        assertEquals("Misérables, Les (1995)", item("ml1m", "73").title());
        assertEquals("Animation | Children's | Comedy", item("ml1m", "1").category());
        ImportReport users = importer.runPreset("movielens-1m", "ml1m", Map.of("users",
                data.resolve("movielens-1m/users.dat")), UnknownItemPolicy.REJECT, Progress.NONE).getFirst();
        assertEquals(6_040, users.datasetUsers());
    }

    @Test
    void movielensLatestSmall() {
        Map<DataKind, ImportReport> r = preset("movielens-latest-small", "mls", "items",
                "movielens-latest-small/movies.csv", "interactions", "movielens-latest-small/ratings.csv");
        ImportReport ratings = r.get(DataKind.INTERACTIONS);
        assertEquals(100_836, ratings.accepted());
        assertEquals(610, ratings.datasetUsers());
        assertEquals(9_742, ratings.datasetItems());
        assertEquals(9_724, distinctItemsInteracted("mls"));
        assertEquals("American President, The (1995)", item("mls", "11").title());
        assertEquals(293, items("mls").stream().filter(i -> i.title().chars().anyMatch(c -> c > 127)).count());
        assertEquals(34, items("mls").stream().filter(i -> i.category() == null).count(), "(no genres listed)");
        ImportReport tags = importer.runPreset("movielens-latest-small", "mls", Map.of("tags",
                data.resolve("movielens-latest-small/tags.csv")), UnknownItemPolicy.REJECT, Progress.NONE).getFirst();
        assertEquals(3_683, tags.accepted() + tags.duplicates());
        assertEquals(9_742, tags.datasetItems(), "every tagged movie is in movies.csv");
    }

    @Test
    void goodbooks10k() {
        Map<DataKind, ImportReport> r = preset("goodbooks-10k", "gb", "items", "goodbooks-10k/books.csv",
                "interactions", "goodbooks-10k/samples/ratings.csv");
        assertEquals(10_000, r.get(DataKind.ITEMS).accepted());
        assertEquals(99, r.get(DataKind.INTERACTIONS).accepted());
        List<ItemRecord> books = items("gb");
        assertTrue(books.stream().allMatch(b -> b.brand() != null && b.title() != null), "every book has authors");
        ItemRecord hp = books.get(1);
        assertEquals("Harry Potter and the Sorcerer's Stone (Harry Potter, #1)", hp.title());
        assertEquals("J.K. Rowling, Mary GrandPré", hp.brand());
        assertTrue(hp.attributes().contains("\"year\":\"1997.0\"") && hp.attributes().contains("\"language\":\"eng\""),
                hp.attributes());
    }

    @Test
    void lastfmHetrec() {
        ImportReport r = preset("lastfm-hetrec", "lastfm", "items", "lastfm-hetrec2011-2k/artists.dat",
                "interactions", "lastfm-hetrec2011-2k/user_artists.dat").get(DataKind.INTERACTIONS);
        assertEquals(92_834, r.accepted());
        assertEquals(1_892, r.datasetUsers());
        assertEquals(17_632, r.datasetItems());
        assertEquals("\"Weird Al\" Yankovic", item("lastfm", "1686").title());
        EventType play = ws.datasets().eventTypes(id("lastfm")).getFirst();
        assertEquals("play", play.name());
        assertTrue(play.useValue());
        InteractionColumns c = ws.interactions().read(id("lastfm"), false, Progress.NONE);
        float max = 0;
        for (int i = 0; i < c.size(); i++) {
            max = Math.max(max, c.value()[i]);
        }
        assertEquals(352_698f, max);
    }

    @Test
    void uciRestaurants() {
        ImportReport r = preset("uci-restaurant", "uci", "items", "uci-restaurant-consumer/geoplaces2.csv",
                "users", "uci-restaurant-consumer/userprofile.csv", "interactions",
                "uci-restaurant-consumer/rating_final.csv").get(DataKind.INTERACTIONS);
        assertEquals(1_161, r.accepted());
        assertEquals(138, r.datasetUsers());
        assertEquals(130, r.datasetItems());
        UserRecord u = ws.catalog().users(id("uci")).getFirst();
        assertTrue(u.attributes().contains("\"birth_year\":\"1989\"") && u.attributes().contains("\"religion\""),
                u.attributes());
        assertTrue(items("uci").getFirst().attributes().contains("\"price_level\":\"medium\""));
        assertTrue(ws.interactions().read(id("uci"), true, Progress.NONE).context()[0].contains("food_rating"));
    }

    @Test
    void openBanditMenAndWomen() {
        record Log(String file, String items, int users, long clicks) {
        }
        for (Log log : List.of(new Log("open-bandit/random/men/men.csv", "open-bandit/random/men/item_context.csv",
                        230, 46), new Log("open-bandit/random/women/women.csv",
                        "open-bandit/random/women/item_context.csv", 205, 46),
                new Log("open-bandit/bts/men/men.csv", "open-bandit/bts/men/item_context.csv", 238, 69))) {
            String ds = log.file().replace('/', '-').replace(".csv", "");
            ImportReport r = preset("open-bandit", ds, "items", log.items(), "interactions", log.file())
                    .get(DataKind.INTERACTIONS);
            assertEquals(10_000, r.accepted(), log.file());
            assertEquals(log.users(), r.datasetUsers(), log.file());
            List<EventType> events = ws.datasets().eventTypes(id(ds));
            InteractionColumns c = ws.interactions().read(id(ds), true, Progress.NONE);
            int click = events.stream().filter(e -> e.name().equals("click")).findFirst().orElseThrow().code();
            assertEquals(log.clicks(), Arrays.stream(c.event(), 0, c.size()).filter(e -> e == click).count());
            assertTrue(c.context()[0].contains("\"propensity_score\""), c.context()[0]);
        }
    }

    @Test
    void amazonGiftCardsAndMagazines() {
        Map<DataKind, ImportReport> gift = preset("amazon-2018", "gift", "items",
                "amazon-reviews-2018-small/meta_Gift_Cards.json.gz", "interactions",
                "amazon-reviews-2018-small/Gift_Cards_5.json.gz");
        assertEquals(1_547, gift.get(DataKind.ITEMS).accepted());
        ImportReport reviews = gift.get(DataKind.INTERACTIONS);
        assertEquals(2_972, reviews.rowsRead());
        assertEquals(3, reviews.duplicates(), "same reviewer, item and day");
        assertEquals(2_969, reviews.accepted());
        assertEquals(458, reviews.datasetUsers());
        assertEquals(148, distinctItemsInteracted("gift"));
        List<ItemRecord> meta = items("gift");
        assertEquals(358, meta.stream().filter(i -> i.price() != null).count());
        assertTrue(meta.stream().allMatch(i -> i.title() == null || i.title().equals(i.title().strip())));
        Map<DataKind, ImportReport> mag = preset("amazon-2018", "mag", "items",
                "amazon-reviews-2018-small/meta_Magazine_Subscriptions.json.gz");
        assertEquals(2_320, mag.get(DataKind.ITEMS).accepted());
        assertEquals(1_065, mag.get(DataKind.ITEMS).duplicates());
        ImportReport magReviews = importer.runPreset("amazon-2018", "mag", Map.of("interactions",
                        data.resolve("amazon-reviews-2018-small/Magazine_Subscriptions_5.json.gz")),
                UnknownItemPolicy.PLACEHOLDER, Progress.NONE).getFirst();
        assertEquals(2_375, magReviews.rowsRead());
        assertEquals(348, magReviews.datasetUsers());
        assertEquals(6, magReviews.placeholderItems(), "6 reviewed magazines have no meta");
        assertTrue(mag.get(DataKind.ITEMS).notes().stream().anyMatch(n -> n.contains("HTML fragments")));
    }
}
