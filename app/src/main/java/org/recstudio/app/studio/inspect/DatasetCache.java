package org.recstudio.app.studio.inspect;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.data.DatasetLoader;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.StoreException;
import org.recstudio.engine.workspace.Workspace;

/**
 * The datasets (with metadata) of the models being inspected, loaded once per version and shared by both sides;
 * keeps the last {@value #KEEP}. Thread-safe: loads run on background threads, one at a time.
 */
final class DatasetCache {

    static final int KEEP = 2;

    private final Workspace workspace;
    private final Map<String, Dataset> byName = new LinkedHashMap<>();

    DatasetCache(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * The current version of the dataset model {@code m} was trained on, loading it when not cached.
     *
     * @throws StoreException if the dataset is no longer in the workspace
     */
    synchronized Dataset of(StoredModel m, Progress progress) {
        DatasetInfo now = workspace.datasets().find(m.dataset()).orElseThrow(() -> new StoreException("Model "
                + m.name() + " was trained on dataset " + m.dataset() + ", which is no longer in the workspace. "
                + "Import it again or train a new model."));
        Dataset d = byName.get(m.dataset());
        if (d != null && d.info().equals(now)) {
            return d;
        }
        byName.remove(m.dataset());
        Dataset loaded = new DatasetLoader(workspace).loadWithMetadata(m.dataset(), progress);
        byName.put(m.dataset(), loaded);
        for (Iterator<String> it = byName.keySet().iterator(); byName.size() > KEEP; ) {
            it.next();
            it.remove();
        }
        return loaded;
    }
}
