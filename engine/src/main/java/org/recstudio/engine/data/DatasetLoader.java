package org.recstudio.engine.data;

import java.util.List;
import org.recstudio.engine.progress.Progress;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.store.EventType;
import org.recstudio.engine.store.InteractionColumns;
import org.recstudio.engine.workspace.Workspace;

/** Builds the in-memory {@link Dataset} of a stored dataset. */
public final class DatasetLoader {

    private final Workspace workspace;

    public DatasetLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Loads dataset {@code name} with its item and user metadata. */
    public Dataset loadWithMetadata(String name, Progress progress) {
        Dataset d = load(name, progress);
        return d.withMetadata(workspace.catalog().items(d.info().id()), workspace.catalog().users(d.info().id()));
    }

    /** Loads dataset {@code name} (interactions and ids only). */
    public Dataset load(String name, Progress progress) {
        DatasetInfo info = workspace.datasets().require(name);
        List<String> userIds = workspace.catalog().userIds(info.id());
        List<String> itemIds = workspace.catalog().itemIds(info.id());
        List<EventType> events = workspace.datasets().eventTypes(info.id());
        progress.checkCancelled();
        InteractionColumns cols = workspace.interactions().read(info.id(), false, progress);
        return Dataset.of(info, new IdIndex(userIds), new IdIndex(itemIds), events, cols, progress);
    }
}
