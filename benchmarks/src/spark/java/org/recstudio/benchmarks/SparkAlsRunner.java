package org.recstudio.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fits Apache Spark MLlib's implicit ALS on the training triples that {@link AlsBenchmark} wrote, in a child JVM
 * ({@code local[2]}), and writes the user and item factors back so that both models are evaluated by the same
 * code. Built only with the {@code spark} profile.
 *
 * <p>Args: {@code in out rank iterations reg alpha seed repeats}. Prints {@code RESULT|} then the wall seconds and
 * the CPU seconds (all threads of this JVM) of each fit.
 */
public final class SparkAlsRunner {

    private SparkAlsRunner() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rank = Integer.parseInt(args[2]);
        int iterations = Integer.parseInt(args[3]);
        double reg = Double.parseDouble(args[4]);
        double alpha = Double.parseDouble(args[5]);
        long seed = Long.parseLong(args[6]);
        int repeats = Integer.parseInt(args[7]);
        int users;
        int items;
        List<Row> rows = new ArrayList<>();
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(Files.newInputStream(in), 1 << 16))) {
            users = d.readInt();
            items = d.readInt();
            int n = d.readInt();
            for (int e = 0; e < n; e++) {
                rows.add(RowFactory.create(d.readInt(), d.readInt(), d.readFloat()));
            }
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("recstudio-als-benchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        StructType schema = new StructType().add("user", DataTypes.IntegerType).add("item", DataTypes.IntegerType)
                .add("rating", DataTypes.FloatType);
        Dataset<Row> df = spark.createDataFrame(rows, schema).cache();
        df.count();
        ALS als = new ALS().setImplicitPrefs(true).setRank(rank).setMaxIter(iterations).setRegParam(reg)
                .setAlpha(alpha).setSeed(seed).setUserCol("user").setItemCol("item").setRatingCol("rating");
        StringBuilder result = new StringBuilder("RESULT");
        ALSModel model = null;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            model = als.fit(df);
            result.append(String.format(java.util.Locale.ROOT, "|%.3f|%.3f", (System.nanoTime() - t0) / 1e9,
                    cpuSeconds() - c0));
        }
        float[] uf = factors(model.userFactors(), users, rank);
        float[] itf = factors(model.itemFactors(), items, rank);
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
            d.writeInt(users);
            d.writeInt(items);
            d.writeInt(rank);
            for (float v : uf) {
                d.writeFloat(v);
            }
            for (float v : itf) {
                d.writeFloat(v);
            }
        }
        spark.stop();
        System.out.println(result);
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** Dense row-major factors by id; ids Spark has no factor for (no training data) stay zero. */
    private static float[] factors(Dataset<Row> df, int rows, int rank) {
        float[] f = new float[rows * rank];
        for (Row r : df.collectAsList()) {
            int id = r.getInt(0);
            List<Object> list = r.getList(1);
            for (int j = 0; j < rank; j++) {
                f[id * rank + j] = ((Number) list.get(j)).floatValue();
            }
        }
        return f;
    }
}
