package org.recstudio.engine.model.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.recstudio.engine.model.ModelIO;

/**
 * The combined, L2-normalised sparse content vector of every item, as a CSR matrix (rows = items, columns =
 * features, ordered by feature), with the feature labels and kinds and an inverted index (features → items) for
 * scoring against a query vector in time proportional to the postings it touches.
 *
 * <p>Immutable; arrays are never exposed.
 */
final class ItemVectors {

    private final String[] labels;
    private final FeatureKind[] kinds;
    private final int[] ptr;
    private final int[] feature;
    private final float[] value;
    // inverted index, derived from the rows (not persisted)
    private final int[] postingPtr;
    private final int[] postingItem;
    private final float[] postingValue;

    ItemVectors(String[] labels, FeatureKind[] kinds, int[] ptr, int[] feature, float[] value) {
        this.labels = labels;
        this.kinds = kinds;
        this.ptr = ptr;
        this.feature = feature;
        this.value = value;
        int items = ptr.length - 1;
        postingPtr = new int[labels.length + 1];
        for (int k = 0; k < ptr[items]; k++) {
            postingPtr[feature[k] + 1]++;
        }
        for (int f = 0; f < labels.length; f++) {
            postingPtr[f + 1] += postingPtr[f];
        }
        int[] next = java.util.Arrays.copyOf(postingPtr, labels.length);
        postingItem = new int[ptr[items]];
        postingValue = new float[ptr[items]];
        for (int i = 0; i < items; i++) {
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                int at = next[feature[k]]++;
                postingItem[at] = i;
                postingValue[at] = value[k];
            }
        }
    }

    int itemCount() {
        return ptr.length - 1;
    }

    int featureCount() {
        return labels.length;
    }

    String label(int f) {
        return labels[f];
    }

    FeatureKind kind(int f) {
        return kinds[f];
    }

    /** Whether item {@code i} has any content feature. */
    boolean hasContent(int i) {
        return ptr[i + 1] > ptr[i];
    }

    int start(int i) {
        return ptr[i];
    }

    int end(int i) {
        return ptr[i + 1];
    }

    int feature(int k) {
        return feature[k];
    }

    float value(int k) {
        return value[k];
    }

    /** The dot product (= cosine, rows being unit vectors) of items {@code a} and {@code b}. */
    double dot(int a, int b) {
        double s = 0;
        int x = ptr[a];
        int y = ptr[b];
        while (x < ptr[a + 1] && y < ptr[b + 1]) {
            if (feature[x] == feature[y]) {
                s += (double) value[x++] * value[y++];
            } else if (feature[x] < feature[y]) {
                x++;
            } else {
                y++;
            }
        }
        return s;
    }

    /** Adds {@code weight ×} (item · every item) to {@code acc}, through the postings of the item's features. */
    void accumulateItem(int item, double weight, double[] acc) {
        for (int k = ptr[item]; k < ptr[item + 1]; k++) {
            accumulateFeature(feature[k], weight * value[k], acc);
        }
    }

    /** Adds {@code q ×} (the feature's value in every item) to {@code acc}. */
    void accumulateFeature(int f, double q, double[] acc) {
        for (int p = postingPtr[f]; p < postingPtr[f + 1]; p++) {
            acc[postingItem[p]] += q * postingValue[p];
        }
    }

    /** Adds {@code weight ×} the vector of {@code item} to the dense vector {@code dense} (length featureCount). */
    void addTo(int item, double weight, double[] dense) {
        for (int k = ptr[item]; k < ptr[item + 1]; k++) {
            dense[feature[k]] += weight * value[k];
        }
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(labels.length);
        for (int f = 0; f < labels.length; f++) {
            out.writeByte(kinds[f].ordinal());
            ModelIO.writeString(out, labels[f]);
        }
        ModelIO.writeInts(out, ptr);
        ModelIO.writeInts(out, feature);
        ModelIO.writeFloats(out, value);
    }

    static ItemVectors read(DataInput in, int items) throws IOException {
        int features = ModelIO.readCount(in, 1 << 28, "content feature count");
        String[] labels = new String[features];
        FeatureKind[] kinds = new FeatureKind[features];
        FeatureKind[] all = FeatureKind.values();
        for (int f = 0; f < features; f++) {
            int k = in.readUnsignedByte();
            if (k >= all.length) {
                throw new IOException("content model feature " + f + " has unknown kind " + k
                        + ": the file is damaged");
            }
            kinds[f] = all[k];
            labels[f] = ModelIO.readString(in);
            if (labels[f] == null) {
                throw new IOException("content model feature " + f + " has no label: the file is damaged");
            }
        }
        int[] ptr = ModelIO.readInts(in, items + 1L);
        int[] feature = ModelIO.readInts(in, Integer.MAX_VALUE);
        float[] value = ModelIO.readFloats(in, Integer.MAX_VALUE);
        CsrCheck.check("item vectors", ptr, items, feature, features, value.length);
        return new ItemVectors(labels, kinds, ptr, feature, value);
    }
}
