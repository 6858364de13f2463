package org.recstudio.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.importer.DataKind;
import org.recstudio.engine.importer.ImportReport;
import org.recstudio.engine.importer.ImportRequest;
import org.recstudio.engine.importer.Importer;
import org.recstudio.engine.importer.UnknownItemPolicy;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;

/**
 * The import benchmark of issue 2: CSV → workspace rows per second (1M rows, end to end with the H2 commit),
 * a 20M-row import under {@code -Xmx2g} (rows/s and peak heap), and building the in-memory {@link Dataset} of
 * 20M interactions (seconds, bytes per interaction). Prints a Markdown table and writes docs/benchmarks/import.md.
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks -pl benchmarks -am install -DskipTests && ./mvnw -Pbenchmarks -pl benchmarks exec:exec}
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        switch (mode) {
            case "import" -> childImport(Path.of(args[1]), Path.of(args[2]));
            case "load" -> childLoad(Path.of(args[1]));
            default -> runAll(args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L);
        }
    }

    private static void runAll(long bigRows) throws Exception {
        String loadBefore = loadAverage();
        Path tmp = Files.createTempDirectory("recstudio-bench");
        List<String[]> rows = new ArrayList<>();
        // 1M rows in-process, after a warm-up import
        Path warm = generate(tmp.resolve("warm.csv"), 200_000, 1);
        importOnce(tmp.resolve("ws-warm"), warm);
        Path oneM = generate(tmp.resolve("1m.csv"), 1_000_000, 2);
        for (int run = 1; run <= 3; run++) {
            Path ws = tmp.resolve("ws-1m-" + run);
            long t0 = System.nanoTime();
            ImportReport r = importOnce(ws, oneM);
            double s = (System.nanoTime() - t0) / 1e9;
            rows.add(new String[] {"Import 1M-row CSV (run " + run + ")", String.format("%,d", r.accepted()),
                    String.format("%.2f s", s), String.format("%,.0f rows/s", r.rowsRead() / s), "default heap", ""});
        }
        // the in-memory Dataset of the 1M-row workspace, warm, best of 3
        double best = Double.MAX_VALUE;
        long bytes = 0;
        try (Workspace w = Workspace.open(tmp.resolve("ws-1m-3"), "benchmark")) {
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                Dataset d = new DatasetLoader(w).load("bench", Progress.NONE);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bytes = d.bytes() / Math.max(1, d.size());
            }
        }
        rows.add(new String[] {"Build Dataset of 1M interactions (best of 3)", "1,000,000", String.format("%.3f s", best),
                "", "default heap", bytes + " bytes/interaction (CSR+CSC)"});
        // 20M rows in a child JVM with -Xmx2g
        Path big = generate(tmp.resolve("big.csv"), bigRows, 3);
        Path bigWs = tmp.resolve("ws-big");
        String[] imp = child("-Xmx2g", "import", bigWs.toString(), big.toString());
        rows.add(new String[] {String.format("Import %,dM-row CSV (%,d MB)", bigRows / 1_000_000,
                Files.size(big) >> 20), imp[0], imp[1] + " s", String.format("%,.0f rows/s", Double.parseDouble(imp[2])),
                "-Xmx2g", "peak heap " + imp[3] + " MB"});
        String[] load = child("-Xmx8g", "load", bigWs.toString());
        rows.add(new String[] {String.format("Build Dataset of %,dM interactions", bigRows / 1_000_000), load[0],
                load[1] + " s", "", "-Xmx8g", load[2] + " bytes/interaction (CSR+CSC), peak heap " + load[3] + " MB"});
        String table = table(rows) + "\nLoad average (1/5/15 min) before: " + loadBefore + "; after: " + loadAverage()
                + ". On this 2-core machine any load above ~1 slows the numbers above in proportion.\n";
        System.out.println(table);
        write(table);
        deleteTree(tmp);
    }

    private static ImportReport importOnce(Path ws, Path file) {
        try (Workspace w = Workspace.open(ws, "benchmark")) {
            return new Importer(w).run(ImportRequest.of("bench", DataKind.INTERACTIONS, file)
                    .withUnknownItems(UnknownItemPolicy.PLACEHOLDER), Progress.NONE);
        }
    }

    private static void childImport(Path ws, Path file) {
        System.gc();
        HeapPeaks.reset();
        long t0 = System.nanoTime();
        ImportReport r = importOnce(ws, file);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("RESULT|%,d|%.1f|%.0f|%d%n", r.accepted(), s, r.rowsRead() / s, HeapPeaks.peakMb());
    }

    private static void childLoad(Path ws) {
        try (Workspace w = Workspace.open(ws, "benchmark")) {
            System.gc();
            HeapPeaks.reset();
            long t0 = System.nanoTime();
            Dataset d = new DatasetLoader(w).load("bench", Progress.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("RESULT|%,d|%.2f|%.1f|%d%n", d.size(), s, (double) d.bytes() / d.size(),
                    HeapPeaks.peakMb());
        }
    }

    private static String[] child(String xmx, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                xmx, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ImportBenchmark.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("RESULT|")) {
            throw new IllegalStateException("benchmark child " + String.join(" ", args) + " failed:\n" + out);
        }
        String line = out.lines().filter(l -> l.startsWith("RESULT|")).findFirst().orElseThrow();
        return line.substring("RESULT|".length()).split("\\|");
    }

    /** Writes {@code n} rows of {@code user_id,item_id,event,timestamp} with long-tailed users and items. */
    static Path generate(Path file, long n, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] events = {"view", "view", "view", "view", "view", "view", "click", "click", "cart", "purchase"};
        int users = (int) Math.max(1000, n / 50);
        int items = (int) Math.max(500, Math.min(200_000, n / 100));
        long t = 1_600_000_000L;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("user_id,item_id,event,timestamp\n");
            StringBuilder b = new StringBuilder(64);
            for (long i = 0; i < n; i++) {
                int u = (int) (users * Math.pow(rnd.nextDouble(), 2.0));
                int it = (int) (items * Math.pow(rnd.nextDouble(), 3.0));
                t += rnd.nextInt(3);
                b.setLength(0);
                b.append('u').append(u).append(",i").append(it).append(',').append(events[rnd.nextInt(events.length)])
                        .append(',').append(t).append('\n');
                w.append(b);
            }
        }
        return file;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String table(List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| what | interactions | time | throughput | heap | notes |\n|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return b.toString();
    }

    private static void write(String table) throws IOException {
        Path root = Path.of(System.getProperty("recstudio.projectRoot", "."));
        Path out = root.resolve("docs/benchmarks/import.md");
        Files.createDirectories(out.getParent());
        String text = "# Import and Dataset benchmark\n\n"
                + "Measured by `benchmarks/src/main/java/org/recstudio/benchmarks/ImportBenchmark.java` on "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + java.time.LocalDate.now() + ".\n"
                + "Input: generated CSV `user_id,item_id,event,timestamp` (string ids, long-tailed users and items, "
                + "epoch-second times). Time is end to end: sniffing, fingerprinting, parsing, id mapping, duplicate "
                + "check, chunk encoding and the H2 commit.\n\n" + table
                + "\nRe-run: `./mvnw -B -Pbenchmarks -pl benchmarks -am install -DskipTests && "
                + "./mvnw -B -Pbenchmarks -pl benchmarks exec:exec`\n";
        Files.writeString(out, text);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
