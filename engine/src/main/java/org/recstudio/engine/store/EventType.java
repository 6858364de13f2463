package org.recstudio.engine.store;

/**
 * A kind of interaction (view, click, cart, purchase, rating, play…) and its weight.
 *
 * <p>The strength of one interaction is {@code weight}, or {@code weight * value} when {@code useValue}
 * (ratings, play counts).
 */
public record EventType(int code, String name, double weight, boolean useValue) {

    public EventType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("event type name must not be blank");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("event type '" + name + "' weight must be finite and >= 0, got " + weight);
        }
    }

    /** The strength of one interaction of this type with the given value. */
    public float strength(float value) {
        return (float) (useValue && Float.isFinite(value) ? weight * value : weight);
    }

    /** The default weight of a well-known event name: view < click < cart < purchase; ratings by value. */
    public static EventType defaultFor(int code, String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "view", "impression", "pageview", "page_view" -> new EventType(code, name, 1, false);
            case "click", "detail" -> new EventType(code, name, 2, false);
            case "cart", "add_to_cart", "addtocart", "wishlist", "like", "save" -> new EventType(code, name, 4, false);
            case "purchase", "buy", "order", "transaction", "complete" -> new EventType(code, name, 8, false);
            case "rating", "rate", "review" -> new EventType(code, name, 1, true);
            case "play", "listen", "plays", "watch" -> new EventType(code, name, 1, true);
            default -> new EventType(code, name, 1, false);
        };
    }
}
