package org.recstudio.bandit.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the fixed-length context vector of a (user, item, request) for the linear policies:
 * {@code [1, user features, item features, request features, user ⊗ item]}, each block optional. The outer product
 * lets a shared linear model (linear Thompson sampling, the shared part of hybrid LinUCB) personalise item
 * effects; it multiplies the dimensions, so keep both sides small when crossing.
 */
public final class ContextBuilder {

    /** The largest dimension the linear policies are built and tested for comfortably. */
    public static final int MAX_DIMENSION = 512;

    private final boolean bias;
    private final UserFeatures user;
    private final ItemFeatures item;
    private final RequestFeatures request;
    private final boolean cross;
    private final int dimension;
    private final double[] userBuf;
    private final double[] itemBuf;

    private ContextBuilder(boolean bias, UserFeatures user, ItemFeatures item, RequestFeatures request,
                           boolean cross) {
        if (cross && (user == null || item == null)) {
            throw new IllegalArgumentException("crossing needs both user and item features");
        }
        this.bias = bias;
        this.user = user;
        this.item = item;
        this.request = request;
        this.cross = cross;
        int du = user == null ? 0 : user.dimension();
        int di = item == null ? 0 : item.dimension();
        int d = (bias ? 1 : 0) + du + di + (request == null ? 0 : request.dimension()) + (cross ? du * di : 0);
        if (d < 1 || d > MAX_DIMENSION) {
            throw new IllegalArgumentException("context dimension must be in 1.." + MAX_DIMENSION + ", got " + d
                    + " (" + describe(bias, du, di, request, cross) + "); drop or shrink a block");
        }
        this.dimension = d;
        this.userBuf = new double[du];
        this.itemBuf = new double[di];
    }

    private static String describe(boolean bias, int du, int di, RequestFeatures r, boolean cross) {
        List<String> parts = new ArrayList<>();
        if (bias) {
            parts.add("bias 1");
        }
        if (du > 0) {
            parts.add("user " + du);
        }
        if (di > 0) {
            parts.add("item " + di);
        }
        if (r != null) {
            parts.add("request " + r.dimension());
        }
        if (cross) {
            parts.add("user x item " + du * di);
        }
        return String.join(", ", parts);
    }

    /** A builder with a bias term and no blocks yet. */
    public static Builder builder() {
        return new Builder();
    }

    public int dimension() {
        return dimension;
    }

    /** The layout, e.g. {@code bias 1, user 8, item 12}. */
    public String layout() {
        return describe(bias, userBuf.length, itemBuf.length, request, cross);
    }

    /**
     * Writes the context of (user, item, request) into {@code out[offset .. offset + dimension())}; {@code user}
     * or {@code request} may be absent (-1 / null) when the builder has no such block.
     */
    public void build(int userIndex, int itemIndex, RequestContext req, double[] out, int offset) {
        int o = offset;
        if (bias) {
            out[o++] = 1.0;
        }
        if (user != null) {
            user.write(userIndex, userBuf, 0);
            System.arraycopy(userBuf, 0, out, o, userBuf.length);
            o += userBuf.length;
        }
        if (item != null) {
            item.write(itemIndex, req == null ? 0L : req.time(), itemBuf, 0);
            System.arraycopy(itemBuf, 0, out, o, itemBuf.length);
            o += itemBuf.length;
        }
        if (request != null) {
            request.write(req, out, o);
            o += request.dimension();
        }
        if (cross) {
            for (double u : userBuf) {
                for (double v : itemBuf) {
                    out[o++] = u * v;
                }
            }
        }
    }

    /** Assembles a {@link ContextBuilder}. */
    public static final class Builder {
        private boolean bias = true;
        private UserFeatures user;
        private ItemFeatures item;
        private RequestFeatures request;
        private boolean cross;

        private Builder() {
        }

        public Builder bias(boolean on) {
            this.bias = on;
            return this;
        }

        public Builder user(UserFeatures f) {
            this.user = f;
            return this;
        }

        public Builder item(ItemFeatures f) {
            this.item = f;
            return this;
        }

        public Builder request(RequestFeatures f) {
            this.request = f;
            return this;
        }

        public Builder cross(boolean on) {
            this.cross = on;
            return this;
        }

        public ContextBuilder build() {
            return new ContextBuilder(bias, user, item, request, cross);
        }
    }
}
