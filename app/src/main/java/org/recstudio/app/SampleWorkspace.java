package org.recstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.recstudio.engine.importer.Importer;
import org.recstudio.engine.importer.UnknownItemPolicy;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.workspace.Workspace;
import org.recstudio.engine.workspace.WorkspaceException;
import org.recstudio.samples.SampleCatalog;
import org.recstudio.samples.SampleCatalogs;

/**
 * Fills a new default workspace with RecStudio's own sample catalogs, once: the quick start opens on data.
 *
 * <p>The shipped files are copied to {@code samples/} in the workspace and imported through the same importer a
 * user's files go through. A workspace where this was done once is marked, so deleting the sample datasets
 * keeps them deleted.
 */
public final class SampleWorkspace {

    static final String MARKER = "samples.imported";

    private SampleWorkspace() {
    }

    /** Imports the sample catalogs into {@code ws} unless it has datasets or had them imported before. */
    public static void ensure(Workspace ws, Progress progress, Consumer<String> log) {
        if (ws.setting(MARKER).isPresent() || !ws.datasets().list().isEmpty()) {
            return;
        }
        log.accept("First start: importing the sample catalogs into " + ws.folder() + " …");
        Importer importer = new Importer(ws);
        for (SampleCatalog catalog : SampleCatalogs.all()) {
            Path dir = ws.folder().resolve("samples").resolve(catalog.name());
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("items", copy(catalog.itemsResource(), dir));
            if (catalog.usersResource() != null) {
                files.put("users", copy(catalog.usersResource(), dir));
            }
            files.put("interactions", copy(catalog.interactionsResource(), dir));
            importer.runPreset("recstudio-sample", catalog.name(), files, UnknownItemPolicy.REJECT, progress);
            log.accept("  imported sample dataset '" + catalog.name() + "': " + catalog.description());
        }
        ws.setSetting(MARKER, java.time.Instant.now().toString());
    }

    private static Path copy(String resource, Path dir) {
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = SampleCatalogs.open(resource)) {
            Files.createDirectories(dir);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new WorkspaceException("Cannot copy sample file " + resource + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
