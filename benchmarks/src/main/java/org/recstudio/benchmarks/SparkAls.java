package org.recstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recstudio.engine.data.Dataset;

/**
 * Runs Spark MLlib's ALS ({@code SparkAlsRunner}, compiled only with the {@code spark} profile) in a child JVM with
 * the {@code --add-opens} flags Spark needs on recent JDKs, and reads its factors back.
 */
final class SparkAls {

    static final String RUNNER = "org.recstudio.benchmarks.SparkAlsRunner";

    /** Spark's factors and the wall and CPU seconds of each fit. */
    record Result(float[] users, float[] items, double[] seconds, double[] cpuSeconds, String version) {
    }

    private SparkAls() {
    }

    /** Whether Spark MLlib and the runner are on the class path. */
    static boolean available() {
        try {
            Class.forName("org.apache.spark.ml.recommendation.ALS", false, SparkAls.class.getClassLoader());
            Class.forName(RUNNER, false, SparkAls.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Fits implicit ALS {@code repeats} times on the interactions of {@code data} and returns the last factors. */
    static Result fit(Dataset data, int rank, int iterations, double reg, double alpha, long seed, int repeats)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("recstudio-spark");
        try {
            Path in = dir.resolve("train.bin");
            Path out = dir.resolve("factors.bin");
            AlsBenchmark.writeTriples(data.byUser(), in);
            List<String> jvm = new ArrayList<>(List.of("-Xmx6g", "-XX:+IgnoreUnrecognizedVMOptions",
                    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true"));
            for (String pkg : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
                    "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
                    "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar")) {
                jvm.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
            }
            String[] r = AlsBenchmark.child(jvm, RUNNER, List.of(in.toString(), out.toString(), Integer.toString(rank),
                    Integer.toString(iterations), Double.toString(reg), Double.toString(alpha), Long.toString(seed),
                    Integer.toString(repeats)));
            double[] seconds = new double[r.length / 2];
            double[] cpu = new double[r.length / 2];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = Double.parseDouble(r[2 * i]);
                cpu[i] = Double.parseDouble(r[2 * i + 1]);
            }
            float[][] f = AlsBenchmark.readFactors(out);
            return new Result(f[0], f[1], seconds, cpu, version());
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The Spark version from the spark-mllib jar name on the class path. */
    static String version() {
        Matcher m = Pattern.compile("spark-mllib_[0-9.]+-([0-9][^/\\\\]*)\\.jar")
                .matcher(System.getProperty("java.class.path"));
        return m.find() ? m.group(1) : "?";
    }
}
