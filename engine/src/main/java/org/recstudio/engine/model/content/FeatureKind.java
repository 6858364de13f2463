package org.recstudio.engine.model.content;

/** The part of a content item vector a feature belongs to, and how a shared feature reads in an explanation. */
public enum FeatureKind {
    /** A (stemmed) term of the title, description, tags or attribute texts; labelled by its commonest word. */
    TEXT,
    /** One prefix level of the category path, e.g. {@code Outdoor} and {@code Outdoor > Jackets}. */
    CATEGORY,
    /** The brand. */
    BRAND,
    /** A price bucket on a log scale, labelled by its range. */
    PRICE,
    /** A {@code key = value} pair of the attributes JSON. */
    ATTRIBUTE;

    /** The human-readable reason for a shared feature with this label, e.g. {@code term 'waterproof'}. */
    public String reason(String label) {
        return switch (this) {
            case TEXT -> "term '" + label + "'";
            case CATEGORY -> "shares category " + label;
            case BRAND -> "brand " + label;
            case PRICE -> "price range " + label;
            case ATTRIBUTE -> "attribute " + label;
        };
    }
}
