package org.recstudio.bandit.ope;

import java.util.ArrayList;
import java.util.List;
import org.recstudio.bandit.context.CategoricalEncoder;

/**
 * The context of a log's rows as fixed-length vectors: numeric columns standardised (empty → 0), categorical ones
 * one-hot over their {@code maxCategories} most frequent values plus "other".
 */
public final class LogFeatures {

    private final List<ContextColumn> columns;
    private final List<CategoricalEncoder> encoders = new ArrayList<>();
    private final double[] mean;
    private final double[] sd;
    private final int dimension;

    /** Fits the encoding on all rows of {@code log}. */
    public LogFeatures(BanditLog log, int maxCategories) {
        this.columns = log.context();
        int c = columns.size();
        mean = new double[c];
        sd = new double[c];
        int dim = 0;
        int rows = columns.isEmpty() ? 0 : columns.getFirst().size();
        for (int k = 0; k < c; k++) {
            ContextColumn col = columns.get(k);
            if (col.numeric()) {
                double s = 0;
                double q = 0;
                int m = 0;
                for (int i = 0; i < rows; i++) {
                    double v = col.number(i);
                    if (!Double.isNaN(v)) {
                        s += v;
                        q += v * v;
                        m++;
                    }
                }
                mean[k] = m == 0 ? 0 : s / m;
                double var = m == 0 ? 0 : q / m - mean[k] * mean[k];
                sd[k] = var > 1e-24 ? Math.sqrt(var) : 1;
                encoders.add(null);
                dim += 1;
            } else {
                List<String> vals = new ArrayList<>(rows);
                for (int i = 0; i < rows; i++) {
                    vals.add(col.text(i));
                }
                CategoricalEncoder e = CategoricalEncoder.fit(vals, maxCategories);
                encoders.add(e);
                dim += e.dimension();
            }
        }
        this.dimension = dim;
    }

    public int dimension() {
        return dimension;
    }

    /** Writes the features of the log row at absolute index {@code absoluteRow} into {@code out[offset..]}. */
    public void write(int absoluteRow, double[] out, int offset) {
        int o = offset;
        for (int k = 0; k < columns.size(); k++) {
            ContextColumn col = columns.get(k);
            CategoricalEncoder e = encoders.get(k);
            if (e == null) {
                double v = col.number(absoluteRow);
                out[o++] = Double.isNaN(v) ? 0 : (v - mean[k]) / sd[k];
            } else {
                e.write(col.text(absoluteRow), out, o);
                o += e.dimension();
            }
        }
    }
}
