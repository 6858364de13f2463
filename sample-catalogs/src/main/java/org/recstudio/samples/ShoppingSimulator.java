package org.recstudio.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Simulates shoppers browsing in sessions: views, add-to-carts and purchases over the period.
 *
 * <p>Items are drawn by Zipf popularity, within a shopper's favourite departments and brands most of the
 * time, often staying in the category just viewed; only items already launched at the event time can be
 * drawn. Most purchases follow a cart of the same item by the same user, a few are direct "buy now"s.
 */
final class ShoppingSimulator {

    /** Event names by type index. */
    static final List<String> EVENTS = List.of("view", "cart", "purchase");
    static final int VIEW = 0;
    static final int CART = 1;
    static final int PURCHASE = 2;
    /** Device names by device index. */
    static final List<String> DEVICES = List.of("mobile", "desktop", "tablet");
    /** How often each device is a shopper's preferred one. */
    static final List<Double> DEVICE_SHARES = List.of(0.58, 0.31, 0.11);

    private static final double P_CART = 0.1625;
    private static final double P_PURCHASE_AFTER_CART = 0.49;
    private static final double P_PURCHASE_SAME_SESSION = 0.75;
    private static final double P_DIRECT_PURCHASE = 0.0093;
    private static final double SAME_LEAF = 0.30;
    private static final double FAVOURITE_DEPARTMENT = 0.60;
    private static final double FAVOURITE_BRAND = 0.18;
    private static final double MEAN_SESSION_VIEWS = 3.0;
    private static final double DEVICE_LOYALTY = 0.9;
    private static final double ZIPF_EXPONENT = 1.0;
    private static final double ZIPF_OFFSET = 10.0;
    private static final double ACTIVITY_SIGMA = 1.0;
    private static final double RETAINED = 0.45;
    private static final double MEDIAN_LIFESPAN_DAYS = 240;

    private final List<Product> products;
    private final ActivityClock clock;
    private final double[] departmentWeights;
    private final WeightedSampler global;
    private final List<WeightedSampler> byDepartment;
    private final List<WeightedSampler> byBrand;
    private final List<WeightedSampler> byLeaf;
    private final List<WeightedSampler> brandsByDepartment;
    private final WeightedSampler anyBrand;
    private final int[] launchedByDay;

    ShoppingSimulator(SplittableRandom rng, List<Product> products, List<Department> departments,
                      int leafCount, List<Brand> brands, ActivityClock clock) {
        this.products = List.copyOf(products);
        this.clock = clock;
        this.departmentWeights = departments.stream().mapToDouble(Department::weight).toArray();
        double[] popularity = ZipfWeights.byRank(popularityRanks(rng, products), ZIPF_EXPONENT, ZIPF_OFFSET);
        this.global = WeightedSampler.of(popularity);
        this.byDepartment = pools(popularity, departments.size(), Product::department);
        this.byBrand = pools(popularity, brands.size(), Product::brand);
        this.byLeaf = pools(popularity, leafCount, Product::leaf);
        List<WeightedSampler> focused = new ArrayList<>();
        for (int d = 0; d < departments.size(); d++) {
            double[] w = new double[brands.size()];
            for (int b = 0; b < w.length; b++) {
                w[b] = brands.get(b).department() == d ? brands.get(b).size() : 0;
            }
            focused.add(WeightedSampler.of(w));
        }
        this.brandsByDepartment = List.copyOf(focused);
        this.anyBrand = WeightedSampler.of(brands.stream().mapToDouble(Brand::size).toArray());
        this.launchedByDay = new int[clock.days()];
        int launched = 0;
        for (int d = 0; d < launchedByDay.length; d++) {
            while (launched < products.size() && products.get(launched).createdDay() <= d) {
                launched++;
            }
            launchedByDay[d] = launched;
        }
        if (launchedByDay[0] == 0) {
            throw new IllegalArgumentException("no product exists on the first day");
        }
    }

    /** Random popularity ranks: regular products shuffled, fresh products at the tail. */
    private static int[] popularityRanks(SplittableRandom rng, List<Product> products) {
        int[] regular = IntStream.range(0, products.size()).filter(i -> !products.get(i).fresh()).toArray();
        int[] fresh = IntStream.range(0, products.size()).filter(i -> products.get(i).fresh()).toArray();
        Draws.shuffle(rng, regular);
        Draws.shuffle(rng, fresh);
        int[] rankOf = new int[products.size()];
        for (int i = 0; i < regular.length; i++) {
            rankOf[regular[i]] = i;
        }
        for (int i = 0; i < fresh.length; i++) {
            rankOf[fresh[i]] = regular.length + i;
        }
        return rankOf;
    }

    private List<WeightedSampler> pools(double[] popularity, int groups, ToIntFunction<Product> group) {
        List<List<Integer>> members = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < products.size(); i++) {
            members.get(group.applyAsInt(products.get(i))).add(i);
        }
        List<WeightedSampler> pools = new ArrayList<>(groups);
        for (List<Integer> m : members) {
            int[] ids = m.stream().mapToInt(Integer::intValue).toArray();
            double[] w = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                w[k] = popularity[ids[k]];
            }
            pools.add(WeightedSampler.over(ids, w));
        }
        return List.copyOf(pools);
    }

    /** Simulates all shoppers; about {@code targetViews} views plus the carts and purchases they lead to. */
    List<Event> simulate(SplittableRandom rng, List<Person> people, int targetViews) {
        List<ActiveWindow> windows = new ArrayList<>(people.size());
        for (Person person : people) {
            windows.add(ActiveWindow.draw(rng, clock.dayIndex(person.signupDate()), clock.days(), RETAINED,
                    MEDIAN_LIFESPAN_DAYS));
        }
        int[] views = allocateViews(rng, windows, targetViews);
        List<Event> events = new ArrayList<>(targetViews * 5 / 4 + 16);
        for (int u = 0; u < people.size(); u++) {
            Person person = people.get(u);
            double[] prior = new double[departmentWeights.length];
            List<Double> tilt = EcommerceVocabulary.AGE_TILTS.get(person.ageBand());
            for (int d = 0; d < prior.length; d++) {
                prior[d] = departmentWeights[d] * tilt.get(d);
            }
            ShopperTaste taste = ShopperTaste.draw(rng, prior, brandsByDepartment, anyBrand);
            shop(rng, u, person, windows.get(u), taste, views[u], events);
        }
        return events;
    }

    private int[] allocateViews(SplittableRandom rng, List<ActiveWindow> windows, int targetViews) {
        int n = windows.size();
        double[] w = new double[n];
        double sum = 0;
        for (int u = 0; u < n; u++) {
            double window = windows.get(u).length() / (double) clock.days();
            w[u] = Draws.logNormal(rng, 1.0, ACTIVITY_SIGMA) * StrictMath.pow(window, 0.85);
            sum += w[u];
        }
        int extra = Math.max(0, targetViews - 3 * n);
        int[] views = new int[n];
        for (int u = 0; u < n; u++) {
            views[u] = 3 + (int) StrictMath.round(extra * w[u] / sum);
        }
        return views;
    }

    private void shop(SplittableRandom rng, int user, Person person, ActiveWindow window, ShopperTaste taste, int views,
                      List<Event> out) {
        long end = clock.endSecond();
        int remaining = views;
        while (remaining > 0) {
            int length = Math.min(remaining, Draws.geometric(rng, MEAN_SESSION_VIEWS));
            long t = clock.sample(rng, window.first(), window.last());
            int device = device(rng, person);
            int previousLeaf = -1;
            for (int k = 0; k < length; k++) {
                int item = chooseItem(rng, taste, t, previousLeaf);
                previousLeaf = products.get(item).leaf();
                out.add(new Event(t, user, item, VIEW, device, 0));
                if (Draws.chance(rng, P_CART)) {
                    t = Math.min(end, t + Draws.between(rng, 10, 120));
                    out.add(new Event(t, user, item, CART, device, 0));
                    if (Draws.chance(rng, P_PURCHASE_AFTER_CART)) {
                        long paid = Draws.chance(rng, P_PURCHASE_SAME_SESSION)
                                ? t + Draws.between(rng, 60, 900)
                                : t + Draws.between(rng, 3_600, 3 * ActivityClock.SECONDS_PER_DAY);
                        int payDevice = paid - t > 3_600 ? device(rng, person) : device;
                        out.add(new Event(Math.min(end, paid), user, item, PURCHASE, payDevice, 0));
                    }
                } else if (Draws.chance(rng, P_DIRECT_PURCHASE)) {
                    t = Math.min(end, t + Draws.between(rng, 30, 600));
                    out.add(new Event(t, user, item, PURCHASE, device, 0));
                }
                t = Math.min(end, t + Draws.between(rng, 15, 240));
            }
            remaining -= length;
        }
    }

    private static int device(SplittableRandom rng, Person person) {
        return People.sessionDevice(rng, person.preferredDevice(), DEVICES.size(), DEVICE_LOYALTY);
    }

    private int chooseItem(SplittableRandom rng, ShopperTaste taste, long t, int previousLeaf) {
        int limit = launchedByDay[clock.dayOf(t)];
        int item = -1;
        if (previousLeaf >= 0 && Draws.chance(rng, SAME_LEAF)) {
            item = byLeaf.get(previousLeaf).sampleBelow(rng, limit);
        } else {
            double r = rng.nextDouble();
            if (r < FAVOURITE_DEPARTMENT) {
                item = byDepartment.get(taste.department(rng)).sampleBelow(rng, limit);
            } else if (r < FAVOURITE_DEPARTMENT + FAVOURITE_BRAND) {
                item = byBrand.get(taste.brand(rng)).sampleBelow(rng, limit);
            }
        }
        return item >= 0 ? item : global.sampleBelow(rng, limit);
    }
}
