package org.recstudio.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The three files of one catalog, parsed into rows for the tests.
 *
 * @param itemHeader  header of {@code items.csv}
 * @param items       item rows
 * @param userHeader  header of {@code users.csv}
 * @param users       user rows
 * @param eventHeader header of the interactions file
 * @param events      interaction rows
 */
record CatalogData(List<String> itemHeader, List<List<String>> items, List<String> userHeader,
                   List<List<String>> users, List<String> eventHeader, List<List<String>> events) {

    /** An opener of one of the catalog's files as text. */
    @FunctionalInterface
    interface Opener {
        BufferedReader open(String file) throws IOException;
    }

    /** Loads a shipped catalog through {@link SampleCatalogs}. */
    static CatalogData fromClasspath(SampleCatalog catalog) throws IOException {
        return load(file -> SampleCatalogs.openReader(switch (file) {
            case "items.csv" -> catalog.itemsResource();
            case "users.csv" -> catalog.usersResource();
            default -> catalog.interactionsResource();
        }));
    }

    /** Loads a catalog written to a folder. */
    static CatalogData fromDirectory(Path dir) throws IOException {
        return load(file -> {
            Path path = dir.resolve(file);
            var in = Files.newInputStream(path);
            var text = file.endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8));
        });
    }

    private static CatalogData load(Opener opener) throws IOException {
        List<List<String>> items = read(opener, "items.csv");
        List<List<String>> users = read(opener, "users.csv");
        List<List<String>> events = read(opener, "interactions.csv.gz");
        return new CatalogData(items.getFirst(), items.subList(1, items.size()), users.getFirst(),
                users.subList(1, users.size()), events.getFirst(), events.subList(1, events.size()));
    }

    private static List<List<String>> read(Opener opener, String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader csv = new CsvReader(opener.open(file))) {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The column index of {@code name} in the interactions header. */
    int eventColumn(String name) {
        int i = eventHeader.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return i;
    }
}
