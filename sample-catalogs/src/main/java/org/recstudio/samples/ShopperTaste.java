package org.recstudio.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One shopper's tastes: one to three favourite departments and a few favourite brands, with weights.
 */
final class ShopperTaste {

    private final int[] departments;
    private final WeightedSampler departmentSampler;
    private final int[] brands;

    private ShopperTaste(int[] departments, double[] departmentWeights, int[] brands) {
        this.departments = departments;
        this.departmentSampler = WeightedSampler.of(departmentWeights);
        this.brands = brands;
    }

    /**
     * Draws a taste.
     *
     * @param departmentPrior  weight of each department for this shopper (popularity times age tilt)
     * @param brandsByDepartment for each department a sampler over brand indices focused on it
     * @param anyBrand         a sampler over all brand indices
     */
    static ShopperTaste draw(SplittableRandom rng, double[] departmentPrior, List<WeightedSampler> brandsByDepartment,
                             WeightedSampler anyBrand) {
        double r = rng.nextDouble();
        int count = r < 0.4 ? 1 : r < 0.8 ? 2 : 3;
        double[] prior = departmentPrior.clone();
        int[] departments = new int[count];
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            int d = WeightedSampler.of(prior).sample(rng);
            departments[i] = d;
            prior[d] = 0;
            weights[i] = Draws.logNormal(rng, 1.0, 0.5) / (i + 1.0);
        }
        WeightedSampler departmentSampler = WeightedSampler.of(weights);
        int brandCount = Draws.between(rng, 2, 4);
        List<Integer> brands = new ArrayList<>(brandCount);
        for (int attempt = 0; brands.size() < brandCount && attempt < 20; attempt++) {
            int b = Draws.chance(rng, 0.8)
                    ? brandsByDepartment.get(departments[departmentSampler.sample(rng)]).sample(rng)
                    : anyBrand.sample(rng);
            if (!brands.contains(b)) {
                brands.add(b);
            }
        }
        return new ShopperTaste(departments, weights, brands.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A favourite department, drawn by affinity. */
    int department(SplittableRandom rng) {
        return departments[departmentSampler.sample(rng)];
    }

    /** A favourite brand, drawn uniformly. */
    int brand(SplittableRandom rng) {
        return brands[rng.nextInt(brands.length)];
    }
}
