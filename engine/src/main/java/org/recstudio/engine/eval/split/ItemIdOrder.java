package org.recstudio.engine.eval.split;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import org.recstudio.engine.data.IdIndex;

/**
 * The rank of every item by external id: numeric ids compare as numbers (so "9" comes before "10", as in the
 * harnesses that sort MovieLens by integer id), other ids as strings, numbers before strings.
 */
final class ItemIdOrder {

    private ItemIdOrder() {
    }

    /** {@code rank[i]} is the position of item {@code i} in ascending id order. */
    static int[] ranks(IdIndex items) {
        Integer[] order = new Integer[items.size()];
        BigInteger[] numeric = new BigInteger[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            String id = items.id(i);
            if (!id.isEmpty() && id.length() < 40 && id.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-')
                    && id.lastIndexOf('-') <= 0 && !id.equals("-")) {
                numeric[i] = new BigInteger(id);
            }
        }
        Comparator<Integer> byId = (a, b) -> {
            BigInteger x = numeric[a];
            BigInteger y = numeric[b];
            if (x != null && y != null) {
                int c = x.compareTo(y);
                return c != 0 ? c : items.id(a).compareTo(items.id(b));
            }
            if (x != null || y != null) {
                return x != null ? -1 : 1;
            }
            return items.id(a).compareTo(items.id(b));
        };
        Arrays.sort(order, byId);
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
