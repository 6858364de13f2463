package org.recstudio.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The {@code ecommerce} sample catalog: an online shop with 5,000 products, 2,000 shoppers and 100,000 events.
 */
final class EcommerceCatalog {

    static final String NAME = "ecommerce";
    static final int ITEMS = 5_000;
    static final int FRESH_ITEMS = 300;
    static final int FRESH_DAYS = 21;
    static final int USERS = 2_000;
    static final int VIEWS = 80_000;

    private EcommerceCatalog() {
    }

    /** Generates the catalog into {@code dir} with sizes multiplied by {@code scale}. */
    static CatalogSummary generate(Path dir, SplittableRandom rng, double scale, LocalDate firstDay, LocalDate lastDay)
            throws IOException {
        SplittableRandom brandRng = rng.split();
        SplittableRandom productRng = rng.split();
        SplittableRandom peopleRng = rng.split();
        SplittableRandom shopRng = rng.split();

        ActivityClock clock = new ActivityClock(firstDay, lastDay, ActivityProfile.shopping());
        List<Department> departments = EcommerceVocabulary.departments();
        List<LeafCategory> leaves = EcommerceVocabulary.leaves();
        List<Brand> brands = EcommerceBrands.generate(brandRng);
        int itemCount = CatalogGenerator.scaled(ITEMS, scale, 40);
        int freshCount = Math.max(2, (int) StrictMath.round(FRESH_ITEMS * (double) itemCount / ITEMS));
        List<Product> products = new ProductFactory(departments, leaves, brands)
                .generate(productRng, itemCount, freshCount, clock.days(), FRESH_DAYS);

        People population = new People(ShoppingSimulator.DEVICE_SHARES, firstDay.minusYears(2), firstDay,
                lastDay.minusDays(14), 0.35);
        List<Person> people = population.generate(peopleRng, CatalogGenerator.scaled(USERS, scale, 10));

        List<Event> events = new ShoppingSimulator(shopRng, products, departments, leaves.size(), brands, clock)
                .simulate(shopRng, people, CatalogGenerator.scaled(VIEWS, scale, 60));
        Collections.sort(events);

        long itemRows = CatalogFiles.writeItems(dir.resolve("items.csv"), products.size(), i -> {
            Product p = products.get(i);
            return List.of(p.id(), p.title(), p.description(), leaves.get(p.leaf()).path(),
                    brands.get(p.brand()).name(), p.price(), clock.date(p.createdDay()).toString(),
                    Boolean.toString(p.inStock()));
        });
        long userRows = CatalogFiles.writeUsers(dir.resolve("users.csv"), people);
        long eventRows = CatalogFiles.writeInteractions(dir.resolve("interactions.csv.gz"), events,
                u -> people.get(u).id(), i -> products.get(i).id(), ShoppingSimulator.EVENTS,
                ShoppingSimulator.DEVICES, false);

        Map<String, Long> mix = new LinkedHashMap<>();
        for (String name : ShoppingSimulator.EVENTS) {
            mix.put(name, 0L);
        }
        for (Event e : events) {
            mix.merge(ShoppingSimulator.EVENTS.get(e.type()), 1L, Long::sum);
        }
        long fresh = products.stream().filter(Product::fresh).count();
        long tops = products.stream().mapToInt(Product::department).distinct().count();
        long paths = products.stream().mapToInt(Product::leaf).distinct().count();
        long brandCount = products.stream().mapToInt(Product::brand).distinct().count();
        long inStock = products.stream().filter(Product::inStock).count();
        return new CatalogSummary(NAME, itemRows, fresh, FRESH_DAYS, inStock, userRows, eventRows, mix, tops, paths,
                brandCount, firstDay, lastDay);
    }
}
