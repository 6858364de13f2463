package org.recstudio.app.studio.inspect;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.task.BackgroundTask;
import org.recstudio.engine.model.StoredModel;

/**
 * One of the two models compared on the Inspect screen: the chosen model name, what it is, and what it shows
 * for the picked user (top-k) and item (similar items), each with a note when there is nothing or something
 * special to say. Changed on the UI thread only, by {@link InspectViewModel}.
 */
public final class ModelSide {

    private final String label;
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ObservableList<RecommendationRow> recommendations = FXCollections.observableArrayList();
    private final ObservableList<RecommendationRow> similar = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper similarNote = new ReadOnlyStringWrapper(this, "similarNote", "");
    private LoadedModel loaded;
    private BackgroundTask<LoadedModel> task;
    private long generation;

    ModelSide(String label) {
        this.label = label;
    }

    /** "A" or "B". */
    public String label() {
        return label;
    }

    /** The chosen model's name, or null for none. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** What the model is: algorithm, dataset and version, fit time; or what is happening. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether a model is loaded and shows results. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The model's top-k for the picked user, best first. */
    public ObservableList<RecommendationRow> recommendations() {
        return recommendations;
    }

    /** The items the model finds most similar to the picked item. */
    public ObservableList<RecommendationRow> similar() {
        return similar;
    }

    /** A note on the recommendations (why there are none, a fallback, a stale model), or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** A note on the similar items (e.g. that the model does not define item similarity), or "". */
    public ReadOnlyStringProperty similarNoteProperty() {
        return similarNote.getReadOnlyProperty();
    }

    LoadedModel loaded() {
        return loaded;
    }

    long nextGeneration() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        return ++generation;
    }

    boolean current(long gen) {
        return gen == generation;
    }

    void loading(BackgroundTask<LoadedModel> t, String name) {
        task = t;
        loaded = null;
        ready.set(false);
        loading.set(true);
        description.set("Loading " + name + "\u2026");
        clearResults(waiting());
    }

    void loaded(LoadedModel lm) {
        loaded = lm;
        task = null;
        loading.set(false);
        ready.set(true);
        StoredModel s = lm.info();
        description.set(String.format(Locale.ROOT, "%s on %s v%d \u00b7 fit %s s \u00b7 %s",
                s.algorithm(), s.dataset(), s.datasetVersion(), Formats.decimal(s.provenance().fitSeconds(), 2),
                Formats.date(s.provenance().trainedAt())));
    }

    void failed(String message) {
        loaded = null;
        task = null;
        loading.set(false);
        ready.set(false);
        description.set("");
        clearResults(message);
    }

    /** Empties the results, with {@code why} as both notes. */
    void clearResults(String why) {
        recommendations.clear();
        similar.clear();
        note.set(why);
        similarNote.set(why);
    }

    /** The note of a side without results: what to pick or that it is loading. */
    String waiting() {
        if (model.get() == null) {
            return label.equals("A") ? "Pick a model to inspect." : "Pick a second model to compare side by side.";
        }
        return loaded == null ? "Loading model " + model.get() + "\u2026" : "";
    }

    void showUser(SideResult r) {
        recommendations.setAll(r.rows());
        note.set(r.note());
    }

    void showSimilar(SideResult r) {
        similar.setAll(r.rows());
        similarNote.set(r.note());
    }
}
