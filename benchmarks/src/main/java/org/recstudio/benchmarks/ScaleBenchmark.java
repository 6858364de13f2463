package org.recstudio.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fit time and peak heap of the item-item models at scale, each in a fresh child JVM with a 3 GB heap
 * ({@link ScaleRun}): EASE on a generated 10,000-item matrix of goodbooks-10k's shape, and item-kNN and the
 * sequential models (TRANSITIONS, SLIST) on the generated MovieLens-20M-shaped matrix of {@link AlsSyntheticRun}
 * with timestamps added ({@link ScaleData}); EASE at 26,744 items and SLIST show the dense-matrix refusal. Writes
 * the table to the {@code scale} section of {@code docs/benchmarks/algorithms.md}.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmarks -pl benchmarks -am install -DskipTests && ./mvnw -B -Pbenchmarks -pl
 * benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.ScaleBenchmark} ({@code -Dbench.args=ITEMKNN_ML20M}
 * runs one case and prints it without writing the file).
 */
public final class ScaleBenchmark {

    private static final List<String> JVM = List.of("-Xmx3g", "--add-modules", "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        if (mode.equals("child")) {
            ScaleRun.child(args);
            return;
        }
        List<ScaleRun.Case> cases = mode.equals("all") ? List.of(ScaleRun.Case.values())
                : Arrays.stream(mode.split(",")).map(ScaleRun.Case::valueOf).toList();
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ScaleRun.Case c : cases) {
            String[] r = AlsBenchmark.child(JVM, ScaleBenchmark.class.getName(), List.of("child", c.name()));
            boolean fitted = r[11].equals("fitted");
            rows.add(List.of(c.label, c.data.name(), r[0], r[1], r[2] + " s",
                    fitted ? r[3] + " s" : "refused after " + r[3] + " s", fitted ? r[4] + " s" : "–",
                    r[5] + " MB (data " + r[6] + " MB)",
                    fitted ? r[7] + " ms / " + r[8] + " ms" : "–", r[9] + " → " + r[10]));
            if (!fitted) {
                notes.add("- " + c.label + " on " + c.data.name() + ": " + r[11].substring("refused: ".length()));
            } else if (!r[12].equals("–")) {
                notes.add("- " + c.label + " on " + c.data.name() + ", stages: " + r[12]);
            }
            System.out.println(rows.get(rows.size() - 1));
        }
        String md = markdown(rows, notes);
        System.out.println(md);
        if (mode.equals("all")) {
            AlsBenchmarkReport.writeSection("scale", md);
        }
    }

    private static String markdown(List<List<String>> rows, List<String> notes) {
        return "## Item-item models at scale: EASE, item-kNN, sequential (`ScaleBenchmark`)\n\n"
                + "Measured on " + AlsBenchmarkReport.machine().replaceAll(", max heap [0-9]+ MB", "")
                + "; each row is a fresh child JVM with `-Xmx3g` fitting the algorithm's defaults with every core. "
                + String.format(Locale.ROOT, "Data (`ScaleData`, seed %d): %s — %,d users × %,d items, %,d "
                        + "generated ratings, the matrix of `AlsSyntheticRun` with a timestamp per rating (uniform "
                        + "over four years, so each user's history is one random-order session); %s — %,d users × "
                        + "%,d items, %,d ratings, the same recipe at the shape of goodbooks-10k, whose ratings file "
                        + "is not available here (no dataset in `shared/datasets` has interactions on 10,000 or "
                        + "more items). ", ScaleRun.SEED, ScaleData.ML20M.name(), ScaleData.ML20M.users(),
                        ScaleData.ML20M.items(), ScaleData.ML20M.interactions(), ScaleData.GOODBOOKS.name(),
                        ScaleData.GOODBOOKS.users(), ScaleData.GOODBOOKS.items(),
                        ScaleData.GOODBOOKS.interactions())
                + "\"Σ len²\" is the sum over users of their distinct items squared: the multiply-adds of an "
                + "item-item co-occurrence matrix. Fit is the `fit` call from `Dataset` to model, as wall time and "
                + "as CPU seconds of the JVM (all threads, GC included; ÷ 2 cores ≈ the wall time on an idle "
                + "machine). Peak heap is the sum of the heap pools' peaks during the fit, the dataset included "
                + "(\"data\": heap in use before the fit); it is an upper bound of what the fit needs, since the "
                + "young generation's peak holds garbage too; every fitted row fitted in the 3 GB heap. Recommend is `recommend(user, 10, unseen)` on one thread "
                + "for 1,000 users drawn uniformly after 200 warm-up calls: mean / 99th percentile. The load "
                + "average (1 minute, 2 cores) is read before and after the fit: other work on the machine inflates "
                + "the wall times, not the CPU seconds.\n\n"
                + AlsBenchmarkReport.table(List.of("model", "data", "distinct user–item pairs", "Σ len²",
                        "Dataset build", "fit, wall", "fit, CPU", "peak heap during fit", "recommend, mean / p99",
                        "load average"), rows)
                + "\n" + String.join("\n", notes) + "\n"
                + "\nRe-run: `./mvnw -B -Pbenchmarks -pl benchmarks -am install -DskipTests && ./mvnw -B -Pbenchmarks "
                + "-pl benchmarks exec:exec -Dbench.main=org.recstudio.benchmarks.ScaleBenchmark`\n";
    }
}
