package org.recstudio.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The command-line generator of RecStudio's synthetic sample catalogs ({@code ecommerce} and {@code streaming}).
 *
 * <p>Usage: {@code CatalogGenerator <output-dir> [seed] [scale]}. The same seed and scale always give
 * byte-identical CSV files (the gzip bytes depend on the JDK's zlib only). The output directory receives one
 * folder per catalog and a {@code README.md}.
 */
public final class CatalogGenerator {

    /** The seed of the shipped catalogs. */
    public static final long DEFAULT_SEED = 20261129L;
    /** The first day of the interaction period. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    /** The last day (inclusive) of the interaction period. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private CatalogGenerator() {
    }

    /** Runs the generator: {@code <output-dir> [seed] [scale]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3 || args[0].startsWith("-")) {
            System.err.println("usage: CatalogGenerator <output-dir> [seed (default " + DEFAULT_SEED
                    + ")] [scale (default 1.0)]");
            System.exit(2);
            return;
        }
        Path out = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        List<CatalogSummary> summaries = generate(out, seed, scale);
        PrintStream o = System.out;
        for (CatalogSummary s : summaries) {
            o.printf("%s: %d items (%d new), %d users, %d interactions %s%n", s.name(), s.items(), s.freshItems(),
                    s.users(), s.interactions(), s.events());
        }
    }

    /**
     * Generates every catalog into {@code outputDir} (one folder each, plus {@code README.md}).
     *
     * @param scale size factor: 1.0 for the shipped catalogs, smaller for quick tests
     * @return what was written, per catalog
     */
    public static List<CatalogSummary> generate(Path outputDir, long seed, double scale) throws IOException {
        if (!(scale > 0) || scale > 20) {
            throw new IllegalArgumentException("scale must be in (0, 20], got " + scale);
        }
        Files.createDirectories(outputDir);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom ecommerceRng = root.split();
        SplittableRandom streamingRng = root.split();
        List<CatalogSummary> summaries = new ArrayList<>();
        summaries.add(EcommerceCatalog.generate(outputDir.resolve(EcommerceCatalog.NAME), ecommerceRng, scale,
                FIRST_DAY, LAST_DAY));
        summaries.add(StreamingCatalog.generate(outputDir.resolve(StreamingCatalog.NAME), streamingRng, scale,
                FIRST_DAY, LAST_DAY));
        CatalogReadme.write(outputDir, summaries, seed, scale);
        return List.copyOf(summaries);
    }

    /** {@code base * scale} rounded, at least {@code minimum}. */
    static int scaled(int base, double scale, int minimum) {
        return Math.max(minimum, (int) StrictMath.round(base * scale));
    }
}
