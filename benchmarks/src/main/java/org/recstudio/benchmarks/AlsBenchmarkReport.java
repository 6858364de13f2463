package org.recstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one section of {@code docs/benchmarks/algorithms.md} between {@code <!-- id:begin -->} and
 * {@code <!-- id:end -->} markers, keeping every other section, so that each benchmark program (ALS, retrieval,
 * and others later) can re-run on its own. Also renders Markdown tables.
 */
final class AlsBenchmarkReport {

    private AlsBenchmarkReport() {
    }

    /** The algorithms benchmark file under the project root ({@code -Drecstudio.projectRoot}). */
    static Path file() {
        return Path.of(System.getProperty("recstudio.projectRoot", ".")).resolve("docs/benchmarks/algorithms.md");
    }

    /** Replaces (or appends) section {@code id} of {@link #file()} with {@code markdown}. */
    static void writeSection(String id, String markdown) throws IOException {
        Path out = file();
        Files.createDirectories(out.getParent());
        String text = Files.exists(out) ? Files.readString(out)
                : "# Algorithm benchmarks\n\nEach section is written by the benchmark program it names; re-running "
                        + "one replaces only its own section.\n";
        String begin = "<!-- " + id + ":begin -->";
        String end = "<!-- " + id + ":end -->";
        String block = begin + "\n" + markdown.strip() + "\n" + end;
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b >= 0 && e > b) {
            text = text.substring(0, b) + block + text.substring(e + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        }
        Files.writeString(out, text);
    }

    /** A Markdown table. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            b.append("---|");
        }
        b.append('\n');
        for (List<String> r : rows) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return b.toString();
    }

    /** CPU seconds used so far by this JVM, all threads. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The system load average over the last minute (runnable threads on all cores; this machine has 2 cores). */
    static String load() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A one-line description of this machine and JVM. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB, " + java.time.LocalDate.now();
    }
}
