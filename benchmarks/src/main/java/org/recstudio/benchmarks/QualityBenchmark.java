package org.recstudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.eval.AlgorithmSpec;
import org.recstudio.engine.eval.EvaluationRequest;
import org.recstudio.engine.eval.Evaluator;
import org.recstudio.engine.eval.Protocol;
import org.recstudio.engine.eval.RunResult;
import org.recstudio.engine.eval.SearchSpaces;
import org.recstudio.engine.eval.SegmentSpec;
import org.recstudio.engine.eval.TuningSpec;
import org.recstudio.engine.eval.split.TieRule;
import org.recstudio.engine.model.Algorithm;
import org.recstudio.engine.model.Algorithms;
import org.recstudio.engine.progress.Progress;

/**
 * The quality benchmark of issue 4: MovieLens 100K and MovieLens 1M users 1–2999 under temporal leave-last-out with
 * full ranking, every registered collaborative algorithm (popularity, item-kNN, ALS at Spark's settings, ALS tuned
 * on validation, EASE, the sequential model in both its variants) with 95% bootstrap intervals and paired tests
 * against popularity, under the item-id, last-group and random tie rules. With the {@code spark} profile Spark
 * MLlib's implicit ALS ({@link SparkAlsAlgorithm}) runs in the same evaluation, tuned on the same validation split,
 * and the report judges the targets against it with paired intervals ({@link QualityPaired},
 * {@link QualityTargets}); without it the report says Spark was not run. Prints Markdown and writes
 * docs/benchmarks/quality.md.
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks,spark -pl benchmarks -am install -DskipTests && ./mvnw -Pbenchmarks,spark -pl
 * benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.QualityBenchmark -Dbench.args="datasets=100k,1m
 * ties=item-id,last-group,random tune=true search=grid bootstrap=1000"} ({@code spark=false} skips Spark).
 */
public final class QualityBenchmark {

    /** The label of Spark MLlib's ALS in the report. */
    static final String SPARK_LABEL = "Spark MLlib ALS";

    /** Spark's search space: regParam (scaled by activity inside Spark) × alpha, 9 fits on validation. */
    static final Map<String, List<String>> SPARK_GRID = Map.of("regularization", List.of("0.01", "0.1", "1"),
            "alpha", List.of("1", "4", "10"));

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("datasets", "100k,1m", "ties",
                "item-id,last-group,random", "tune", "true", "search", "grid", "bootstrap", "1000", "seed", "42", "out", "", "spark", "true"));
        for (String a : args) {
            for (String part : a.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    opts.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        Path root = Path.of(System.getProperty("recstudio.projectRoot", "."));
        Path shared = root.resolve("../shared/datasets").normalize();
        boolean spark = Boolean.parseBoolean(opts.get("spark")) && SparkAls.available();
        if (!spark) {
            System.err.println("Spark MLlib ALS not run (" + (SparkAls.available() ? "spark=false"
                    : "not on the class path: build and run with -Pbenchmarks,spark") + ")");
        }
        opts.put("spark", Boolean.toString(spark));
        List<QualityReport.Section> sections = new ArrayList<>();
        for (String which : opts.get("datasets").split(",")) {
            Dataset data = switch (which.trim()) {
                case "100k" -> QualityData.movieLens100k(shared.resolve("movielens-100k/u.data"));
                case "1m" -> QualityData.movieLens1mSubset(
                        shared.resolve("movielens-1m/partial/ratings_first487650.dat.gz"));
                default -> throw new IllegalArgumentException("unknown dataset '" + which + "': use 100k or 1m");
            };
            String title = which.trim().equals("100k") ? "MovieLens 100K" : "MovieLens 1M users 1–2999";
            for (String rule : opts.get("ties").split(",")) {
                TieRule ties = TieRule.parse(rule);
                long t0 = System.nanoTime();
                EvaluationRequest request = request(data, ties, Boolean.parseBoolean(opts.get("tune"))
                        ? opts.get("search") : "none", Integer.parseInt(opts.get("bootstrap")),
                        Long.parseLong(opts.get("seed")), spark);
                Progress progress = progress();
                QualityPaired paired = new QualityPaired(QualityBenchmark::algorithm, progress);
                RunResult r = new Evaluator(paired).run(request, progress);
                QualityPaired.Comparison vsSpark = paired.compare(request, r, SPARK_LABEL, "als-tuned");
                System.err.printf("%s %s: %.1f s%n", title, ties.label(), (System.nanoTime() - t0) / 1e9);
                QualityReport.Section s = new QualityReport.Section(title, data.userCount(), data.itemCount(),
                        data.size(), r, vsSpark);
                sections.add(s);
                System.out.println(QualityReport.table(s));
                System.out.flush();
                write(sections, opts, root);
            }
        }
        System.out.println(write(sections, opts, root));
    }

    /** Writes the report of the sections so far (so a long run leaves its results even if stopped). */
    private static String write(List<QualityReport.Section> sections, Map<String, String> opts, Path root)
            throws java.io.IOException {
        String md = QualityReport.markdown(sections, opts, root);
        Path out = opts.get("out").isEmpty() ? root.resolve("docs/benchmarks/quality.md") : Path.of(opts.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        return md;
    }

    /** The algorithms of the registry plus Spark MLlib's ALS under {@link SparkAlsAlgorithm#NAME}. */
    private static Algorithm<?> algorithm(String name) {
        return name.equals(SparkAlsAlgorithm.NAME) ? new SparkAlsAlgorithm() : Algorithms.byName(name);
    }

    static EvaluationRequest request(Dataset data, TieRule ties, String search, int bootstrap, long seed,
                                     boolean spark) {
        boolean tune = !search.equals("none");
        List<AlgorithmSpec> specs = new ArrayList<>();
        List<String> names = Algorithms.names();
        specs.add(AlgorithmSpec.of("popularity"));
        if (names.contains("itemknn")) {
            specs.add(tuned("itemknn", "itemknn", Map.of(), tune));
        }
        if (names.contains("als")) {
            // Spark's settings of the anchors: rank 64, 15 iterations, reg 0.1, alpha 1
            specs.add(new AlgorithmSpec("als", "als", Map.of("factors", "64", "iterations", "15",
                    "regularization", "0.1", "alpha", "1"), Map.of()));
            if (tune) {
                specs.add(tuned("als-tuned", "als", Map.of("factors", "64", "iterations", "15"), true));
            }
        }
        if (spark) {
            // Spark MLlib at the same rank and iterations, tuned on the same validation split by the same search
            specs.add(new AlgorithmSpec(SPARK_LABEL, SparkAlsAlgorithm.NAME, Map.of("factors", "64",
                    "iterations", "15"), tune ? SPARK_GRID : Map.of()));
        }
        if (names.contains("ease")) {
            specs.add(tuned("ease", "ease", Map.of(), tune));
        }
        if (names.contains("sequential")) {
            specs.add(tuned("sequential", "sequential", Map.of("method", "TRANSITIONS"), tune));
            specs.add(tuned("slist", "sequential", Map.of("method", "SLIST"), tune));
        }
        return new EvaluationRequest(data, Protocol.leaveLastOut(ties), specs, List.of(10, 20), "popularity",
                !tune ? TuningSpec.none() : search.equals("grid") ? TuningSpec.grid("ndcg@10")
                        : TuningSpec.random(12, "ndcg@10"), SegmentSpec.defaults(), bootstrap, 0.95,
                seed, Runtime.getRuntime().availableProcessors());
    }

    private static AlgorithmSpec tuned(String label, String algorithm, Map<String, String> fixed, boolean tune) {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        if (tune) {
            Algorithm<?> a = Algorithms.byName(algorithm);
            grid.putAll(SearchSpaces.defaults(a, fixed));
        }
        return new AlgorithmSpec(label, algorithm, fixed, grid);
    }

    private static Progress progress() {
        long start = System.nanoTime();
        return new Progress() {
            private String last = "";

            @Override public void update(String stage, long done, long total) {
                if (!stage.equals(last) && (stage.startsWith("Fitting") || stage.startsWith("Tuning"))) {
                    last = stage;
                    System.err.printf("  [%4.0f s] %s%n", (System.nanoTime() - start) / 1e9, stage);
                }
            }

            @Override public void message(String text) {
                if (text.contains("trial")) {
                    System.err.printf("    [%4.0f s] %s%n", (System.nanoTime() - start) / 1e9, text);
                }
            }

            @Override public boolean isCancelled() {
                return false;
            }
        };
    }
}
