package org.recstudio.app.studio.inspect;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.task.TaskRunner;
import org.recstudio.engine.data.Dataset;
import org.recstudio.engine.model.Model;
import org.recstudio.engine.model.ModelStore;
import org.recstudio.engine.model.StoredModel;
import org.recstudio.engine.workspace.Workspace;

/**
 * State of the Inspect screen: one or two saved models side by side; a picked user's history beside each
 * model's top-k with explanations; a picked item's similar items from each model.
 *
 * <p>Models and their datasets (with metadata) load off the UI thread; so do the recommendations, which are
 * dropped when a newer pick has been made meanwhile. Users and items come from model A's dataset (B's when A
 * is empty); the other model is asked by external id.
 */
public final class InspectViewModel {

    static final int DEFAULT_K = 10;
    static final int MAX_K = 100;

    private final TaskRunner tasks;
    private final ModelStore store;
    private final DatasetCache datasets;
    private final ObservableList<String> modelNames = FXCollections.observableArrayList();
    private final ModelSide a = new ModelSide("A");
    private final ModelSide b = new ModelSide("B");
    private final ObservableList<UserChoice> allUsers = FXCollections.observableArrayList();
    private final FilteredList<UserChoice> users = new FilteredList<>(allUsers);
    private final StringProperty userFilter = new SimpleStringProperty(this, "userFilter", "");
    private final ObjectProperty<UserChoice> selectedUser = new SimpleObjectProperty<>(this, "selectedUser");
    private final ObservableList<ItemChoice> allItems = FXCollections.observableArrayList();
    private final FilteredList<ItemChoice> items = new FilteredList<>(allItems);
    private final StringProperty itemFilter = new SimpleStringProperty(this, "itemFilter", "");
    private final ObjectProperty<ItemChoice> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper(this, "historyTitle", "");
    private final ReadOnlyStringWrapper itemTitle = new ReadOnlyStringWrapper(this, "itemTitle", "");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Dataset primary;
    private long userGeneration;
    private long itemGeneration;

    /** What the picked user sees: their history and each side's result (null for a side without a model). */
    private record UserView(List<HistoryRow> history, SideResult a, SideResult b) {
    }

    public InspectViewModel(Workspace workspace, TaskRunner tasks) {
        Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.store = new ModelStore(workspace);
        this.datasets = new DatasetCache(workspace);
        a.modelProperty().addListener((obs, old, now) -> load(a, now));
        b.modelProperty().addListener((obs, old, now) -> load(b, now));
        userFilter.addListener((obs, old, now) -> users.setPredicate(predicate(now, UserChoice::matches)));
        itemFilter.addListener((obs, old, now) -> items.setPredicate(predicate(now, ItemChoice::matches)));
        selectedUser.addListener((obs, old, now) -> refreshUser());
        selectedItem.addListener((obs, old, now) -> refreshItem());
        k.addListener((obs, old, now) -> {
            refreshUser();
            refreshItem();
        });
        a.clearResults(a.waiting());
        b.clearResults(b.waiting());
        updateStatus();
        refreshUser();
        refreshItem();
    }

    private static <R> Predicate<R> predicate(String text, BiPredicate<R, String> matches) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : r -> matches.test(r, t);
    }

    /** Marks the screen shown; when shown, re-reads the saved models (a model trained meanwhile appears). */
    public void setActive(boolean active) {
        if (active) {
            refreshModels();
        }
    }

    /** Re-reads the saved models in the background; picks the newest for A when A is empty. */
    public void refreshModels() {
        tasks.task("Reading models", p -> store.list())
                .quiet()
                .onSuccess(this::showModels)
                .onFailure(e -> error.set("Cannot read the saved models: " + TaskRunner.describe(e)))
                .start();
    }

    private void showModels(List<StoredModel> list) {
        List<String> names = list.stream().map(StoredModel::name).toList();
        if (!modelNames.equals(names)) {
            modelNames.setAll(names);
        }
        for (ModelSide side : List.of(a, b)) {
            if (side.modelProperty().get() != null && !names.contains(side.modelProperty().get())) {
                side.modelProperty().set(null);
            }
        }
        if (a.modelProperty().get() == null && !list.isEmpty()) {
            a.modelProperty().set(list.stream().max(Comparator.comparing(StoredModel::createdAt)).orElseThrow()
                    .name());
        }
        updateStatus();
    }

    // ---------- models ----------

    private void load(ModelSide side, String name) {
        long gen = side.nextGeneration();
        if (name == null) {
            side.failed(side.waiting());
            afterLoad();
            return;
        }
        error.set("");
        tasks.task("Loading model " + name, p -> {
                    StoredModel info = store.require(name);
                    Model m = store.load(name);
                    p.checkCancelled();
                    return new LoadedModel(info, m, datasets.of(info, p));
                })
                .onStarted(t -> side.loading(t, name))
                .onSuccess(lm -> {
                    if (side.current(gen)) {
                        side.loaded(lm);
                        afterLoad();
                    }
                })
                .onFailure(e -> {
                    if (side.current(gen)) {
                        side.failed("Cannot load model " + name + ": " + TaskRunner.describe(e));
                        afterLoad();
                    }
                })
                .onCancelled(() -> {
                    if (side.current(gen)) {
                        side.failed(side.waiting());
                    }
                })
                .start();
    }

    private void afterLoad() {
        updatePrimary();
        updateStatus();
        refreshUser();
        refreshItem();
    }

    /** Lists the users and items of A's dataset (else B's), keeping the picks that are still there. */
    private void updatePrimary() {
        Dataset d = a.loaded() != null ? a.loaded().data() : b.loaded() != null ? b.loaded().data() : null;
        if (d == primary) {
            return;
        }
        primary = d;
        UserChoice user = selectedUser.get();
        ItemChoice item = selectedItem.get();
        allUsers.setAll(d == null ? List.of() : Recommendations.users(d));
        allItems.setAll(d == null ? List.of() : Recommendations.items(d));
        selectedUser.set(user == null ? null : allUsers.stream().filter(u -> u.id().equals(user.id())).findFirst()
                .orElse(null));
        selectedItem.set(item == null ? null : allItems.stream().filter(i -> i.id().equals(item.id())).findFirst()
                .orElse(null));
    }

    private void updateStatus() {
        LoadedModel la = a.loaded();
        LoadedModel lb = b.loaded();
        if (modelNames.isEmpty()) {
            status.set("No trained models yet. Train one on the Train screen, then inspect it here.");
        } else if (la != null && lb != null) {
            status.set("Comparing " + la.name() + " and " + lb.name() + " on " + la.data().name() + " (version "
                    + la.data().info().version() + ")");
        } else if (la != null || lb != null) {
            LoadedModel one = la != null ? la : lb;
            status.set("Inspecting " + one.name() + " \u00b7 pick a second model to compare side by side");
        } else {
            status.set("Pick a model to see what it recommends and why.");
        }
    }

    // ---------- user ----------

    private void refreshUser() {
        long gen = ++userGeneration;
        UserChoice u = selectedUser.get();
        if (u == null || primary == null) {
            history.clear();
            historyTitle.set(primary == null ? "History" : "Pick a user to see their history and recommendations.");
            for (ModelSide side : List.of(a, b)) {
                side.showUser(SideResult.note(side.loaded() == null ? side.waiting()
                        : "Pick a user to see this model's top " + k.get() + "."));
            }
            return;
        }
        Dataset d = primary;
        LoadedModel la = a.loaded();
        LoadedModel lb = b.loaded();
        int n = k.get();
        tasks.task("Recommending for user " + u.id(), p -> new UserView(Recommendations.history(d, u.id()),
                        la == null ? null : Recommendations.forUser(la, u.id(), n),
                        lb == null ? null : Recommendations.forUser(lb, u.id(), n)))
                .quiet()
                .onSuccess(v -> {
                    if (gen == userGeneration) {
                        showUser(u, v);
                    }
                })
                .onFailure(e -> {
                    if (gen == userGeneration) {
                        error.set("Cannot recommend for user " + u.id() + ": " + TaskRunner.describe(e));
                    }
                })
                .start();
    }

    private void showUser(UserChoice u, UserView v) {
        history.setAll(v.history());
        historyTitle.set("History of " + u.id() + " \u00b7 " + Formats.count(u.interactions())
                + (u.interactions() == 1 ? " interaction" : " interactions") + ", newest first"
                + (u.interactions() > Recommendations.MAX_HISTORY
                ? " (" + Formats.count(Recommendations.MAX_HISTORY) + " shown)" : ""));
        a.showUser(v.a() == null ? SideResult.note(a.waiting()) : v.a());
        b.showUser(v.b() == null ? SideResult.note(b.waiting()) : v.b());
    }

    // ---------- item ----------

    private void refreshItem() {
        long gen = ++itemGeneration;
        ItemChoice item = selectedItem.get();
        if (item == null || primary == null) {
            itemTitle.set(primary == null ? "Similar items" : "Pick an item to see the items each model finds "
                    + "most similar.");
            for (ModelSide side : List.of(a, b)) {
                side.showSimilar(SideResult.note(side.loaded() == null ? side.waiting()
                        : "Pick an item to see its similar items."));
            }
            return;
        }
        LoadedModel la = a.loaded();
        LoadedModel lb = b.loaded();
        int n = k.get();
        tasks.task("Similar items to " + item.id(), p -> new SideResult[] {
                        la == null ? null : Recommendations.similarTo(la, item.id(), n),
                        lb == null ? null : Recommendations.similarTo(lb, item.id(), n)})
                .quiet()
                .onSuccess(r -> {
                    if (gen == itemGeneration) {
                        itemTitle.set("Items similar to " + (item.title().isEmpty() ? item.id()
                                : item.title() + " (" + item.id() + ")")
                                + (item.category().isEmpty() ? "" : " \u00b7 " + item.category()));
                        a.showSimilar(r[0] == null ? SideResult.note(a.waiting()) : r[0]);
                        b.showSimilar(r[1] == null ? SideResult.note(b.waiting()) : r[1]);
                    }
                })
                .onFailure(e -> {
                    if (gen == itemGeneration) {
                        error.set("Cannot find items similar to " + item.id() + ": " + TaskRunner.describe(e));
                    }
                })
                .start();
    }

    // ---------- properties ----------

    /** The saved models' names, by name. */
    public ObservableList<String> modelNames() {
        return modelNames;
    }

    /** The first model (its users and items are listed). */
    public ModelSide a() {
        return a;
    }

    /** The second model, compared with the first; its name may be null. */
    public ModelSide b() {
        return b;
    }

    /** The users matching {@link #userFilterProperty()}, most active first. */
    public ObservableList<UserChoice> users() {
        return users;
    }

    /** Text the listed users' ids contain (case-insensitive). */
    public StringProperty userFilterProperty() {
        return userFilter;
    }

    public ObjectProperty<UserChoice> selectedUserProperty() {
        return selectedUser;
    }

    /** The items matching {@link #itemFilterProperty()}, most interacted first. */
    public ObservableList<ItemChoice> items() {
        return items;
    }

    /** Text the listed items' id, title or category contain (case-insensitive). */
    public StringProperty itemFilterProperty() {
        return itemFilter;
    }

    public ObjectProperty<ItemChoice> selectedItemProperty() {
        return selectedItem;
    }

    /** The picked user's interactions, newest first. */
    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    /** What the similar items are similar to, or what to pick. */
    public ReadOnlyStringProperty itemTitleProperty() {
        return itemTitle.getReadOnlyProperty();
    }

    /** How many items each model shows (1 to {@value #MAX_K}, default {@value #DEFAULT_K}). */
    public IntegerProperty kProperty() {
        return k;
    }

    /** A one-line state of the screen. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last load or listing failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
