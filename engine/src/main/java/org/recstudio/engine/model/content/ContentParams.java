package org.recstudio.engine.model.content;

import org.recstudio.engine.model.Doc;
import org.recstudio.engine.model.Params;

/**
 * Hyperparameters of the content-based model: the weight of each part of the item vector, the text vocabulary
 * limits, the price bucketing and the recency decay of user profiles.
 *
 * <p>Each part (text, category, brand, price, attributes) is L2-normalised on its own and scaled by the square
 * root of its weight before the whole vector is normalised, so the cosine of two items that have every part is
 * the weighted mean {@code Σ w_p cos_p / Σ w_p} of the per-part cosines. A weight of 0 leaves the part out.
 *
 * @param textWeight            weight of the TF-IDF text part (title, description, tags and attribute texts)
 * @param categoryWeight        weight of the category-path part (every prefix level is a feature)
 * @param brandWeight           weight of the brand one-hot part
 * @param priceWeight           weight of the price log-bucket part
 * @param attributeWeight       weight of the {@code key = value} part from the attributes JSON (string and boolean
 *                              values)
 * @param minDocFrequency       a term must occur in at least this many items to enter the vocabulary
 * @param maxFeatures           the vocabulary keeps at most this many terms, the most frequent by document count
 * @param priceBucketsPerDecade price buckets per factor of ten ({@code 4}: buckets of about ×1.78)
 * @param recencyHalfLifeDays   an interaction this many days older than the user's latest one counts half;
 *                              {@code Infinity} turns the decay off
 * @param maxProfileItems       a user profile mixes at most this many distinct items, the most recent
 * @param stemming              whether terms are reduced by the Porter stemmer
 * @param removeStopWords       whether English stop words are dropped
 */
public record ContentParams(
        @Doc("Weight of the TF-IDF text part (title, description, tags, attribute texts); >= 0") double textWeight,
        @Doc("Weight of the category-path part, every prefix level a feature; >= 0") double categoryWeight,
        @Doc("Weight of the brand part; >= 0") double brandWeight,
        @Doc("Weight of the price log-bucket part; >= 0") double priceWeight,
        @Doc("Weight of the key = value part of the attributes JSON; >= 0") double attributeWeight,
        @Doc("A term must occur in at least this many items to be used; >= 1") int minDocFrequency,
        @Doc("Keep at most this many terms, the most frequent by item count; >= 1") int maxFeatures,
        @Doc("Price buckets per factor of ten; >= 1") int priceBucketsPerDecade,
        @Doc("Days after which an older interaction counts half in a user profile; > 0, Infinity = no decay")
        double recencyHalfLifeDays,
        @Doc("A user profile mixes at most this many distinct items, the most recent; >= 1") int maxProfileItems,
        @Doc("Reduce words to their stem with the Porter stemmer") boolean stemming,
        @Doc("Drop English stop words") boolean removeStopWords) implements Params {

    public ContentParams {
        weight("textWeight", textWeight);
        weight("categoryWeight", categoryWeight);
        weight("brandWeight", brandWeight);
        weight("priceWeight", priceWeight);
        weight("attributeWeight", attributeWeight);
        if (textWeight + categoryWeight + brandWeight + priceWeight + attributeWeight <= 0) {
            throw new IllegalArgumentException("at least one of textWeight, categoryWeight, brandWeight, priceWeight, "
                    + "attributeWeight must be > 0, all are 0");
        }
        atLeast("minDocFrequency", minDocFrequency, 1);
        atLeast("maxFeatures", maxFeatures, 1);
        atLeast("priceBucketsPerDecade", priceBucketsPerDecade, 1);
        atLeast("maxProfileItems", maxProfileItems, 1);
        if (Double.isNaN(recencyHalfLifeDays) || recencyHalfLifeDays <= 0) {
            throw new IllegalArgumentException("recencyHalfLifeDays must be > 0 (Infinity turns the decay off), got "
                    + recencyHalfLifeDays);
        }
    }

    /** The defaults: text and category count most, brand and attributes half, price a quarter; 30-day half-life. */
    public static ContentParams defaults() {
        return new ContentParams(1.0, 1.0, 0.5, 0.25, 0.5, 2, 50_000, 4, 30.0, 100, true, true);
    }

    /** These params with only the given part weights changed. */
    public ContentParams withWeights(double text, double category, double brand, double price, double attribute) {
        return new ContentParams(text, category, brand, price, attribute, minDocFrequency, maxFeatures,
                priceBucketsPerDecade, recencyHalfLifeDays, maxProfileItems, stemming, removeStopWords);
    }

    /** These params with another recency half-life. */
    public ContentParams withRecencyHalfLifeDays(double days) {
        return new ContentParams(textWeight, categoryWeight, brandWeight, priceWeight, attributeWeight,
                minDocFrequency, maxFeatures, priceBucketsPerDecade, days, maxProfileItems, stemming, removeStopWords);
    }

    /** These params with another minimum document frequency. */
    public ContentParams withMinDocFrequency(int n) {
        return new ContentParams(textWeight, categoryWeight, brandWeight, priceWeight, attributeWeight, n,
                maxFeatures, priceBucketsPerDecade, recencyHalfLifeDays, maxProfileItems, stemming, removeStopWords);
    }

    private static void weight(String name, double w) {
        if (!Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + w);
        }
    }

    private static void atLeast(String name, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
        }
    }
}
