package org.recstudio.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the shop's products: category, brand, title, description, log-normal price, stock and launch day.
 *
 * <p>About a fifth of the regular products exist from the first day (the launch catalog), the rest arrive
 * over the period, and a batch of fresh products arrives in its last weeks. Ids follow launch order.
 */
final class ProductFactory {

    private static final double LAUNCH_SHARE = 0.22;
    private static final double IN_STOCK = 0.915;
    private static final double IN_STOCK_FRESH = 0.97;
    private static final double CHARM_PRICE = 0.55;

    private final List<Department> departments;
    private final List<LeafCategory> leaves;
    private final List<Brand> brands;

    ProductFactory(List<Department> departments, List<LeafCategory> leaves, List<Brand> brands) {
        this.departments = List.copyOf(departments);
        this.leaves = List.copyOf(leaves);
        this.brands = List.copyOf(brands);
    }

    /**
     * Generates {@code count} products of which the last {@code freshCount} launch in the final
     * {@code freshDays} days of a period of {@code days} days.
     */
    List<Product> generate(SplittableRandom rng, int count, int freshCount, int days, int freshDays) {
        WeightedSampler leafSampler = leafSampler(rng);
        List<WeightedSampler> brandSamplers = brandSamplers();
        Set<String> titles = new HashSet<>();
        List<Product> drafts = new ArrayList<>(count);
        int lastRegularDay = days - freshDays - 1;
        for (int i = 0; i < count; i++) {
            boolean fresh = i >= count - freshCount;
            int leafIndex = leafSampler.sample(rng);
            LeafCategory leaf = leaves.get(leafIndex);
            Department department = departments.get(leaf.department());
            int brand = brandSamplers.get(leaf.department()).sample(rng);
            ProductText.Text text = uniqueText(rng, department, leaf, titles);
            long cents = priceCents(rng, leaf, brands.get(brand));
            boolean inStock = Draws.chance(rng, fresh ? IN_STOCK_FRESH : IN_STOCK);
            int day;
            if (fresh) {
                day = Draws.between(rng, days - freshDays, days - 1);
            } else if (Draws.chance(rng, LAUNCH_SHARE) || i == 0) { // at least one product on the first day
                day = 0;
            } else {
                day = Draws.between(rng, 1, lastRegularDay);
            }
            drafts.add(new Product(null, text.title(), text.description(), leafIndex,
                    leaf.department(), brand, cents, day, inStock, fresh));
        }
        List<Product> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(Product::createdDay)); // stable
        int digits = Math.max(5, Integer.toString(count).length());
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < sorted.size(); i++) {
            Product p = sorted.get(i);
            products.add(new Product(People.externalId("P", digits, i + 1), p.title(), p.description(), p.leaf(),
                    p.department(), p.brand(), p.priceCents(), p.createdDay(), p.inStock(), p.fresh()));
        }
        return List.copyOf(products);
    }

    private WeightedSampler leafSampler(SplittableRandom rng) {
        int[] perDepartment = new int[departments.size()];
        for (LeafCategory leaf : leaves) {
            perDepartment[leaf.department()]++;
        }
        double[] weights = new double[leaves.size()];
        for (int i = 0; i < weights.length; i++) {
            LeafCategory leaf = leaves.get(i);
            weights[i] = departments.get(leaf.department()).weight() / perDepartment[leaf.department()]
                    * Draws.logNormal(rng, 1.0, 0.35);
        }
        return WeightedSampler.of(weights);
    }

    private List<WeightedSampler> brandSamplers() {
        List<WeightedSampler> samplers = new ArrayList<>(departments.size());
        for (int d = 0; d < departments.size(); d++) {
            List<Integer> ids = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (int b = 0; b < brands.size(); b++) {
                Brand brand = brands.get(b);
                if (brand.department() == d || brand.secondary() == d) {
                    ids.add(b);
                    weights.add(brand.department() == d ? brand.size() : 0.2 * brand.size());
                }
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("no brand sells in " + departments.get(d).name());
            }
            samplers.add(WeightedSampler.over(ids.stream().mapToInt(Integer::intValue).toArray(),
                    weights.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return List.copyOf(samplers);
    }

    private static ProductText.Text uniqueText(SplittableRandom rng, Department department, LeafCategory leaf,
                                               Set<String> titles) {
        ProductText.Text text = ProductText.compose(rng, department, leaf);
        for (int attempt = 0; attempt < 50 && titles.contains(text.title()); attempt++) {
            text = ProductText.compose(rng, department, leaf);
        }
        String title = text.title();
        for (int n = 2; titles.contains(title); n++) {
            title = text.title() + " No. " + n;
        }
        titles.add(title);
        return new ProductText.Text(title, text.description());
    }

    private static long priceCents(SplittableRandom rng, LeafCategory leaf, Brand brand) {
        double price = Draws.logNormal(rng, leaf.medianPrice() * brand.priceLevel(), leaf.priceSigma());
        if (Draws.chance(rng, CHARM_PRICE)) {
            return Math.max(99, (long) StrictMath.floor(price) * 100 + 99);
        }
        return Math.max(50, StrictMath.round(price * 100.0));
    }
}
