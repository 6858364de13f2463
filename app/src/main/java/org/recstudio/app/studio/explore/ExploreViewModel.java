package org.recstudio.app.studio.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.WorkspaceModel;
import org.recstudio.app.studio.task.BackgroundTask;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.data.CsrMatrix;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.store.DatasetInfo;
import org.recstudio.engine.workspace.Workspace;

/**
 * State of the data explorer: the selected dataset's statistics, headline numbers, searchable item and user
 * tables, and the interactions of the selected item or user.
 *
 * <p>Loads lazily: only while the screen is {@linkplain #setActive active}, and again whenever the
 * selected dataset changes or an import bumps its version.
 */
public final class ExploreViewModel {

    /** The selection's interactions list stops after this many (newest first). */
    static final int MAX_INTERACTIONS = 2000;

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final WorkspaceModel model;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<ExploreSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> allItems = FXCollections.observableArrayList();
    private final FilteredList<ItemRow> items = new FilteredList<>(allItems);
    private final ObservableList<UserRow> allUsers = FXCollections.observableArrayList();
    private final FilteredList<UserRow> users = new FilteredList<>(allUsers);
    private final StringProperty itemFilter = new SimpleStringProperty(this, "itemFilter", "");
    private final StringProperty userFilter = new SimpleStringProperty(this, "userFilter", "");
    private final ObjectProperty<ItemRow> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<UserRow> selectedUser = new SimpleObjectProperty<>(this, "selectedUser");
    private final ObservableList<InteractionRow> itemInteractions = FXCollections.observableArrayList();
    private final ObservableList<InteractionRow> userInteractions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper itemInteractionsTitle = new ReadOnlyStringWrapper(this, "itemTitle", "");
    private final ReadOnlyStringWrapper userInteractionsTitle = new ReadOnlyStringWrapper(this, "userTitle", "");
    private final ReadOnlyStringWrapper itemCount = new ReadOnlyStringWrapper(this, "itemCount", "");
    private final ReadOnlyStringWrapper userCount = new ReadOnlyStringWrapper(this, "userCount", "");
    private boolean active;
    private DatasetInfo loaded;
    private BackgroundTask<ExploreSnapshot> running;
    private long generation;
    private Map<String, String> titles;
    private ExploreSnapshot titlesOf;

    public ExploreViewModel(Workspace workspace, TaskRunner tasks, WorkspaceModel model) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.model = Objects.requireNonNull(model, "model");
        model.selectedInfoProperty().addListener((obs, old, now) -> reloadIfStale());
        itemFilter.addListener((obs, old, now) -> items.setPredicate(predicate(now, ItemRow::matches)));
        userFilter.addListener((obs, old, now) -> users.setPredicate(predicate(now, UserRow::matches)));
        selectedItem.addListener((obs, old, now) -> showItem(now));
        selectedUser.addListener((obs, old, now) -> showUser(now));
        itemCount.bind(shown(items, allItems, "items"));
        userCount.bind(shown(users, allUsers, "users"));
        clear("Select a dataset to explore.");
    }

    private static StringBinding shown(ObservableList<?> shown, ObservableList<?> all,
                                                            String noun) {
        return Bindings.createStringBinding(() -> shown.size() == all.size()
                ? Formats.count(all.size()) + " " + noun
                : Formats.count(shown.size()) + " of " + Formats.count(all.size()) + " " + noun, shown, all);
    }

    private static <R> Predicate<R> predicate(String text, BiPredicate<R, String> matches) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : r -> matches.test(r, t);
    }

    /** Marks the screen shown or hidden; when shown, loads the selected dataset unless already loaded. */
    public void setActive(boolean active) {
        this.active = active;
        reloadIfStale();
    }

    private void reloadIfStale() {
        DatasetInfo wanted = model.selectedInfoProperty().get();
        if (!active) {
            return;
        }
        if (wanted == null) {
            cancelRunning();
            loaded = null;
            clear("The workspace has no datasets yet. Import one to explore it.");
        } else if (!wanted.equals(loaded)) {
            reload();
        }
    }

    /** Loads the selected dataset again, cancelling a load still running. */
    public void reload() {
        DatasetInfo info = model.selectedInfoProperty().get();
        if (info == null) {
            return;
        }
        cancelRunning();
        long gen = ++generation;
        loaded = info;
        loading.set(true);
        error.set("");
        status.set("Loading " + info.name() + " \u2014 " + Formats.count(info.interactions()) + " interactions\u2026");
        tasks.task("Loading dataset " + info.name(), p -> ExploreSnapshot.load(workspace, info.name(), p))
                .onStarted(t -> running = t)
                .onSuccess(s -> {
                    if (gen == generation) {
                        show(s);
                    }
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        loaded = null;
                        clear("");
                        error.set("Cannot load dataset " + info.name() + ": " + TaskRunner.describe(e));
                    }
                })
                .onCancelled(() -> {
                    if (gen == generation) {
                        loaded = null;
                        clear("Loading " + info.name() + " was cancelled. Choose Reload to try again.");
                    }
                })
                .onDone(() -> {
                    if (gen == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private void cancelRunning() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        loading.set(false);
    }

    private void show(ExploreSnapshot s) {
        snapshot.set(s);
        kpis.setAll(s.kpis());
        headline.set(s.headline());
        selectedItem.set(null);
        selectedUser.set(null);
        allItems.setAll(s.items());
        allUsers.setAll(s.users());
        status.set(s.dataset().name() + " \u00b7 version " + s.dataset().info().version());
    }

    private void clear(String message) {
        snapshot.set(null);
        kpis.clear();
        headline.set("");
        selectedItem.set(null);
        selectedUser.set(null);
        allItems.clear();
        allUsers.clear();
        status.set(message);
    }

    private void showItem(ItemRow row) {
        ExploreSnapshot s = snapshot.get();
        if (row == null || s == null || row.index() < 0) {
            itemInteractions.clear();
            itemInteractionsTitle.set("Select an item to see its interactions.");
            return;
        }
        Dataset d = s.dataset();
        itemInteractions.setAll(rows(d, d.byItem(), row.index(), false));
        itemInteractionsTitle.set(title("Item " + row.id() + (row.title() == null ? "" : " \u2014 " + row.title()),
                row.interactions()));
    }

    private void showUser(UserRow row) {
        ExploreSnapshot s = snapshot.get();
        if (row == null || s == null || row.index() < 0) {
            userInteractions.clear();
            userInteractionsTitle.set("Select a user to see their interactions.");
            return;
        }
        Dataset d = s.dataset();
        userInteractions.setAll(rows(d, d.byUser(), row.index(), true));
        userInteractionsTitle.set(title("User " + row.id(), row.interactions()));
    }

    private static String title(String who, int total) {
        return who + ": " + Formats.count(total) + (total == 1 ? " interaction" : " interactions")
                + (total > MAX_INTERACTIONS ? ", newest " + Formats.count(MAX_INTERACTIONS) + " shown" : "");
    }

    /** The interactions of row {@code r} of {@code m}, newest first; columns are items when {@code byUser}. */
    private List<InteractionRow> rows(Dataset d, CsrMatrix m, int r, boolean byUser) {
        List<InteractionRow> out = new ArrayList<>();
        ExploreSnapshot s = snapshot.get();
        Map<String, String> titles = byUser ? itemTitles(s) : Map.of();
        for (int k = m.end(r) - 1; k >= m.start(r) && out.size() < MAX_INTERACTIONS; k--) {
            String other = byUser ? d.items().id(m.col(k)) : d.users().id(m.col(k));
            float v = m.value(k);
            out.add(new InteractionRow(Formats.time(m.time(k)), other, titles.getOrDefault(other, ""),
                    d.eventType(m.event(k)).name(), Float.isNaN(v) ? "" : Formats.decimal(v, 3)));
        }
        return out;
    }

    private Map<String, String> itemTitles(ExploreSnapshot s) {
        if (titles == null || titlesOf != s) {
            titles = new HashMap<>();
            for (ItemRow i : s.items()) {
                if (i.title() != null) {
                    titles.put(i.id(), i.title());
                }
            }
            titlesOf = s;
        }
        return titles;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A one-line state of the screen ("Loading…", the loaded version, or why nothing is shown). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last load failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The loaded snapshot, or null. */
    public ReadOnlyObjectProperty<ExploreSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ObservableList<Kpi> kpis() {
        return kpis;
    }

    /** The popularity head and long tail in one sentence. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The items that match {@link #itemFilterProperty()}, most interacted first. */
    public ObservableList<ItemRow> items() {
        return items;
    }

    /** The users that match {@link #userFilterProperty()}, most active first. */
    public ObservableList<UserRow> users() {
        return users;
    }

    /** Text that shown items contain in their id, title, category or brand (case-insensitive). */
    public StringProperty itemFilterProperty() {
        return itemFilter;
    }

    /** Text that shown users contain in their id or attributes (case-insensitive). */
    public StringProperty userFilterProperty() {
        return userFilter;
    }

    public ObjectProperty<ItemRow> selectedItemProperty() {
        return selectedItem;
    }

    public ObjectProperty<UserRow> selectedUserProperty() {
        return selectedUser;
    }

    /** The selected item's interactions, newest first: time, user, event, value. */
    public ObservableList<InteractionRow> itemInteractions() {
        return itemInteractions;
    }

    /** The selected user's interactions, newest first: time, item, title, event, value. */
    public ObservableList<InteractionRow> userInteractions() {
        return userInteractions;
    }

    /** "12 of 3,400 items" (or "3,400 items" unfiltered). */
    public ReadOnlyStringProperty itemCountProperty() {
        return itemCount.getReadOnlyProperty();
    }

    /** "5 of 943 users" (or "943 users" unfiltered). */
    public ReadOnlyStringProperty userCountProperty() {
        return userCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemInteractionsTitleProperty() {
        return itemInteractionsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userInteractionsTitleProperty() {
        return userInteractionsTitle.getReadOnlyProperty();
    }
}
