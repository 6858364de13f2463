package org.recstudio.app.studio.inspect;

import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.StoredModel;

/** A saved model loaded for inspection, with the dataset (and its metadata) it was trained on. */
record LoadedModel(StoredModel info, Model model, Dataset data) {

    String name() {
        return info.name();
    }

    /** Whether the dataset changed since the model was trained (its indexes may no longer line up). */
    boolean stale() {
        return data.info().version() != info.datasetVersion();
    }
}
