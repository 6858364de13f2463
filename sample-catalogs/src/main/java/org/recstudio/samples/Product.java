package org.recstudio.samples;

/**
 * One synthetic shop product as generated, before it is written to {@code items.csv}.
 *
 * @param id         external id, e.g. {@code P00042}
 * @param leaf       index of its {@link LeafCategory}
 * @param department index of its {@link Department}
 * @param brand      index of its {@link Brand}
 * @param priceCents price in cents
 * @param createdDay day index (in the generator's period) when it went on sale
 * @param fresh      whether it belongs to the batch of new products at the end of the period
 */
record Product(String id, String title, String description, int leaf, int department, int brand, long priceCents,
               int createdDay, boolean inStock, boolean fresh) {

    /** The price with two decimals, e.g. {@code 129.99}. */
    String price() {
        long cents = priceCents % 100;
        return priceCents / 100 + "." + (cents < 10 ? "0" : "") + cents;
    }
}
