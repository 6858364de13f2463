package org.recstudio.bandit.context;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.engine.store.ItemRecord;

/**
 * Item features from catalog metadata: a one-hot of the top-level category (most frequent values), the
 * standardised log price, and the item's age at decision time — log(1 + days since {@code createdAt}),
 * standardised — with a "new" flag for items younger than {@code newDays}. Unknown values give zeros.
 */
public final class ItemMetadataFeatures implements ItemFeatures {

    private static final double DAY_MS = 86_400_000.0;

    private final List<ItemRecord> items;
    private final CategoricalEncoder category;
    private final double priceMean;
    private final double priceSd;
    private final double newDays;

    private ItemMetadataFeatures(List<ItemRecord> items, CategoricalEncoder category, double priceMean,
                                 double priceSd, double newDays) {
        this.items = items;
        this.category = category;
        this.priceMean = priceMean;
        this.priceSd = priceSd;
        this.newDays = newDays;
    }

    /** Fits on the catalog, with at most {@code maxCategories} category slots. */
    public static ItemMetadataFeatures fit(List<ItemRecord> items, int maxCategories, double newDays) {
        List<String> cats = new ArrayList<>(items.size());
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (ItemRecord r : items) {
            cats.add(topLevel(r.category()));
            if (r.price() != null && r.price() > 0) {
                double lp = Math.log(r.price());
                sum += lp;
                sq += lp * lp;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double sd = n < 2 ? 1 : Math.sqrt(Math.max(sq / n - mean * mean, 1e-12));
        return new ItemMetadataFeatures(List.copyOf(items), CategoricalEncoder.fit(cats, maxCategories), mean, sd,
                newDays);
    }

    static String topLevel(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        int i = category.indexOf(" > ");
        return (i < 0 ? category : category.substring(0, i)).strip();
    }

    @Override public int dimension() {
        return category.dimension() + 3;
    }

    @Override public void write(int item, long now, double[] out, int offset) {
        ItemRecord r = item >= 0 && item < items.size() ? items.get(item) : null;
        category.write(r == null ? null : topLevel(r.category()), out, offset);
        int o = offset + category.dimension();
        out[o] = r == null || r.price() == null || r.price() <= 0 ? 0.0 : (Math.log(r.price()) - priceMean) / priceSd;
        if (r == null || r.createdAt() == null) {
            out[o + 1] = 0.0;
            out[o + 2] = 0.0;
        } else {
            double days = Math.max(0, (now - r.createdAt()) / DAY_MS);
            out[o + 1] = Math.log1p(days) / Math.log1p(365);
            out[o + 2] = days < newDays ? 1.0 : 0.0;
        }
    }
}
