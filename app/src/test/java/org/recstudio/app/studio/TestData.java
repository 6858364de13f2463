package org.recstudio.app.studio;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.recstudio.engine.store.DatasetWriter;
import org.recstudio.engine.store.ItemRecord;
import org.recstudio.engine.store.UserRecord;
import org.recstudio.engine.workspace.Workspace;

/**
 * A small, seeded shop dataset written straight into a real workspace: items with titles, categories,
 * brands and prices; users with attributes; views, clicks, carts and purchases over 2024 with a Zipf-like
 * item popularity and a pre-Christmas rise.
 */
public final class TestData {

    private static final String[] ADJECTIVES = {"Alpine", "Urban", "Classic", "Trail", "Coastal", "Nordic", "Summit",
        "Everyday", "Storm", "Featherlight", "Heritage", "Velocity"};
    private static final String[] NOUNS = {"Jacket", "Backpack", "Boots", "Fleece", "Tent", "Headlamp", "Bottle",
        "Gloves", "Beanie", "Trousers", "Sleeping Bag", "Stove"};
    private static final String[] CATEGORIES = {"Outdoor > Jackets", "Outdoor > Bags", "Footwear > Hiking",
        "Outdoor > Layers", "Camping > Tents", "Camping > Lights", "Camping > Kitchen", "Accessories > Gloves"};
    private static final String[] BRANDS = {"Northwind", "Fjellmark", "Crestline", "Bluepeak", "Ridgeway"};
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "SE", "IT", "ES"};
    private static final String[] EVENTS = {"view", "click", "cart", "purchase"};
    private static final double[] EVENT_P = {0.62, 0.24, 0.09, 0.05};

    private TestData() {
    }

    /** What was written. */
    public record Written(int users, int items, long interactions) {
    }

    /** Writes dataset {@code name} with about the given sizes into {@code ws}, deterministically from {@code seed}. */
    public static Written shop(Workspace ws, String name, int users, int items, int interactions, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long start = LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long year = 366L * 24 * 3600 * 1000;
        double[] itemCdf = zipfCdf(items, 1.05);
        double[] userCdf = zipfCdf(users, 0.8);
        try (DatasetWriter w = DatasetWriter.begin(ws, name, "interactions", "TestData.shop", "seed-" + seed)) {
            for (int i = 0; i < items; i++) {
                String title = ADJECTIVES[rnd.nextInt(ADJECTIVES.length)] + " " + NOUNS[i % NOUNS.length];
                double price = Math.round((9 + rnd.nextDouble() * 290) * 100) / 100.0;
                w.putItem(new ItemRecord(String.format("p%04d", i), title, null, CATEGORIES[i % CATEGORIES.length],
                        BRANDS[rnd.nextInt(BRANDS.length)], price, start, true, null, false));
            }
            for (int u = 0; u < users; u++) {
                w.putUser(new UserRecord(String.format("u%04d", u), "{\"country\":\""
                        + COUNTRIES[rnd.nextInt(COUNTRIES.length)] + "\",\"age\":" + (18 + rnd.nextInt(50)) + "}"));
            }
            int[] codes = new int[EVENTS.length];
            for (int e = 0; e < EVENTS.length; e++) {
                codes[e] = w.eventCode(EVENTS[e]);
            }
            for (int k = 0; k < interactions; k++) {
                int u = draw(userCdf, rnd.nextDouble());
                int i = draw(itemCdf, rnd.nextDouble());
                double x = rnd.nextDouble();
                double season = Math.sqrt(rnd.nextDouble()) * 0.35 + rnd.nextDouble() * 0.65;
                long t = start + (long) (season * year) + (long) (x * 3600_000);
                w.addInteraction(u, i, codes[event(rnd.nextDouble())], Float.NaN, t, null);
            }
            long added = w.interactionsAdded();
            w.commit(added, 0, null, null);
            return new Written(users, items, added);
        }
    }

    private static int event(double x) {
        double acc = 0;
        for (int e = 0; e < EVENT_P.length; e++) {
            acc += EVENT_P[e];
            if (x < acc) {
                return e;
            }
        }
        return EVENT_P.length - 1;
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, double x) {
        int i = java.util.Arrays.binarySearch(cdf, x);
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }
}
