package org.recstudio.samples;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The registry of sample catalogs shipped on the classpath, and the way to open their files.
 *
 * <p>Files live under {@value #RESOURCE_ROOT}{@code <catalog>/}: {@code items.csv}, {@code users.csv} and
 * {@code interactions.csv.gz}. They are synthetic, made by {@link CatalogGenerator}; {@value #README} describes
 * their columns and counts.
 */
public final class SampleCatalogs {

    /** The classpath folder that holds one sub-folder per catalog. */
    public static final String RESOURCE_ROOT = "/org/recstudio/samples/";
    /** The README describing every catalog's files, columns and counts. */
    public static final String README = RESOURCE_ROOT + "README.md";

    private static final List<SampleCatalog> ALL = List.of(
            catalog(EcommerceCatalog.NAME, "Online shop: 5,000 products in 8 departments, 2,000 shoppers and about"
                    + " 100,000 view, cart and purchase events over 2024-2025."),
            catalog(StreamingCatalog.NAME, "Video streaming: 800 movies and series, 600 viewers and about 30,000"
                    + " play, complete and like events with watch minutes over 2024-2025."));

    private SampleCatalogs() {
    }

    /** Every shipped catalog, the default ({@code ecommerce}) first. */
    public static List<SampleCatalog> all() {
        return ALL;
    }

    /** The catalog with this name, if shipped. */
    public static Optional<SampleCatalog> find(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Opens a resource as raw bytes (a {@code .gz} stays compressed).
     *
     * @throws FileNotFoundException when no such resource is on the classpath
     */
    public static InputStream open(String resource) throws IOException {
        InputStream in = SampleCatalogs.class.getResourceAsStream(resource);
        if (in == null) {
            throw new FileNotFoundException("no sample catalog resource " + resource);
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    /**
     * Opens a resource as UTF-8 text, decompressing it when its name ends with {@code .gz}.
     *
     * @throws FileNotFoundException when no such resource is on the classpath
     */
    public static BufferedReader openReader(String resource) throws IOException {
        InputStream in = open(resource);
        try {
            InputStream text = resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            return new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static SampleCatalog catalog(String name, String description) {
        String folder = RESOURCE_ROOT + name + "/";
        return new SampleCatalog(name, description, folder + "items.csv", folder + "users.csv",
                folder + "interactions.csv.gz");
    }
}
