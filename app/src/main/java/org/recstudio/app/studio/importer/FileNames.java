package org.recstudio.app.studio.importer;

import java.util.Locale;
import org.recstudio.engine.importer.DataKind;

/** What the wizard guesses from a file's name: what it holds, and a dataset name. */
final class FileNames {

    private FileNames() {
    }

    /** What a file holds, guessed from its name: catalogs and user files by their usual names, else logs. */
    static DataKind guessKind(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.matches(".*(item|product|movie|book|catalog|article|track|artist|meta).*")) {
            return DataKind.ITEMS;
        }
        if (n.matches(".*(user|customer|member|people|profile).*")) {
            return DataKind.USERS;
        }
        return DataKind.INTERACTIONS;
    }

    /** A valid dataset name from a file name: "Online Retail 2011.csv.gz" → "Online-Retail-2011". */
    static String datasetName(String fileName) {
        String base = fileName.replaceAll("(\\.(gz|csv|tsv|txt|jsonl?|ndjson))+$", "");
        String clean = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        clean = clean.length() > 100 ? clean.substring(0, 100) : clean;
        return clean.isEmpty() ? "dataset" : clean;
    }
}
