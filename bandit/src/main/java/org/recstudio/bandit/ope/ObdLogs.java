package org.recstudio.bandit.ope;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the Open Bandit Dataset (Saito, Aihara, Matsutani &amp; Narita 2021, arXiv:2008.07146) format: a
 * campaign log such as {@code bts/men/men.csv} — an unnamed pandas-index first column, {@code timestamp} with
 * microseconds and {@code +00:00}, {@code item_id}, {@code position} (1–3), {@code click},
 * {@code propensity_score}, hashed {@code user_feature_*} and one {@code user-item_affinity_j} per item — and
 * optionally its {@code item_context.csv}. The action set is the items 0..N-1 named by the affinity columns; an
 * item context must list exactly those items (the random/ and bts/ item contexts of a campaign differ in values
 * but share ids; another campaign's does not fit).
 */
public final class ObdLogs {

    static final String AFFINITY = "user-item_affinity_";

    private ObdLogs() {
    }

    /** Reads {@code log} and, when not null, {@code itemContext}. */
    public static BanditLog read(Path log, Path itemContext) {
        List<String> header = header(log);
        for (String c : List.of("item_id", "position", "click", "propensity_score")) {
            if (!header.contains(c)) {
                throw LogFormatException.single(log, "line 1: no '" + c + "' column, so this is not an Open Bandit "
                        + "Dataset log (columns: " + abbreviate(header) + "); use the generic format instead");
            }
        }
        int items = 0;
        for (String h : header) {
            if (h.startsWith(AFFINITY)) {
                items++;
            }
        }
        if (items == 0) {
            throw LogFormatException.single(log, "line 1: no '" + AFFINITY + "*' columns; the Open Bandit Dataset "
                    + "has one per item");
        }
        ActionSet actions = ActionSet.range(items, "the " + items + " " + AFFINITY + "* columns of "
                + log.getFileName());
        ItemContext ctx = null;
        if (itemContext != null) {
            ctx = ItemContext.read(itemContext, "item_id");
            if (!ctx.actions().ids().equals(actions.ids())) {
                throw LogFormatException.single(itemContext, "mismatched item context: it lists "
                        + ctx.actions().describe() + ", but " + log.getFileName() + " has " + actions.describe()
                        + ". Use the item_context.csv of the same campaign as the log.");
            }
        }
        return LogReader.read(log, LogColumns.obd(), actions, ctx);
    }

    private static List<String> header(Path log) {
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw LogFormatException.single(log, "the file is empty");
            }
            return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        } catch (IOException e) {
            throw LogFormatException.single(log, "cannot read: " + e.getMessage());
        }
    }

    private static String abbreviate(List<String> header) {
        return header.size() <= 8 ? header.toString() : header.subList(0, 8) + " … (" + header.size() + " columns)";
    }
}
