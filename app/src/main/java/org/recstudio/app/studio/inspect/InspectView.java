package org.recstudio.app.studio.inspect;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;

/**
 * The Inspect screen: models A and B and k in the header; a tab for a user's history beside each model's top-k
 * with explanations, and a tab for an item's similar items from each model. Binds only.
 */
public final class InspectView {

    private final InspectViewModel vm;
    private final VBox root;

    public InspectView(InspectViewModel vm) {
        this.vm = vm;
        Node header = Widgets.screenHeader("Inspect", vm.statusProperty(), modelPicker(vm.a(), "inspect-model-a"),
                modelPicker(vm.b(), "inspect-model-b"), clearB(), kPicker());
        TabPane tabs = new TabPane(tab("Recommendations", "tab-recommendations", usersTab()),
                tab("Similar items", "tab-similar", itemsTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("inspect-tabs");
        tabs.getStyleClass().add("inspect-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(10, header, Widgets.banner(vm.errorProperty(), "error"), tabs);
        root.getStyleClass().addAll("screen", "inspect-screen");
        root.setId("inspect-screen");
    }

    public Node root() {
        return root;
    }

    private static Tab tab(String text, String id, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    // ---------- header ----------

    private Node modelPicker(ModelSide side, String id) {
        ComboBox<String> box = new ComboBox<>(vm.modelNames());
        box.setId(id);
        box.setPromptText(side.label().equals("A") ? "Pick a model" : "Compare with\u2026");
        box.valueProperty().bindBidirectional(side.modelProperty());
        box.setPrefWidth(190);
        Widgets.tip(box, side.label().equals("A") ? "The model to inspect; users and items are listed from its "
                + "dataset." : "A second model shown beside the first.");
        return captioned("MODEL " + side.label(), box);
    }

    private Node clearB() {
        Button clear = new Button(null, Icon.CLOSE.node(9));
        clear.setId("inspect-clear-b");
        clear.getStyleClass().add("inspect-clear");
        clear.setOnAction(e -> vm.b().modelProperty().set(null));
        clear.disableProperty().bind(vm.b().modelProperty().isNull());
        Widgets.tip(clear, "Show model A alone");
        VBox box = new VBox(clear);
        box.setAlignment(Pos.BOTTOM_CENTER);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private Node kPicker() {
        Spinner<Integer> k = new Spinner<>(1, InspectViewModel.MAX_K, vm.kProperty().get());
        k.setId("inspect-k");
        k.setEditable(true);
        k.setPrefWidth(76);
        k.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.kProperty().set(now);
            }
        });
        vm.kProperty().addListener((obs, old, now) -> k.getValueFactory().setValue(now.intValue()));
        Widgets.tip(k, "How many items each model lists");
        return captioned("TOP K", k);
    }

    private static Node captioned(String caption, Node control) {
        VBox box = new VBox(3, Widgets.label(caption, "field-label"), control);
        box.setAlignment(Pos.BOTTOM_LEFT);
        return box;
    }

    // ---------- users ----------

    private Node usersTab() {
        ListView<UserChoice> users = picker(vm.users(), vm.selectedUserProperty(), "inspect-users",
                u -> u.id(), null, u -> Formats.count(u.interactions()));
        users.setPrefHeight(140);
        users.setMinHeight(100);
        Label count = Widgets.label(Bindings.createStringBinding(() -> Formats.count(vm.users().size())
                + (vm.users().size() == 1 ? " user" : " users") + " \u00b7 most active first", vm.users()), "muted");
        TableView<HistoryRow> history = InspectTables.history();
        history.setItems(vm.history());
        VBox.setVgrow(history, Priority.ALWAYS);
        Label historyTitle = Widgets.label(vm.historyTitleProperty(), "card-title");
        historyTitle.setWrapText(true);
        historyTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, Widgets.label("User", "card-title"),
                search("inspect-user-search", "Search users by id", vm.userFilterProperty()), count, users,
                historyTitle, history);
        left.getStyleClass().addAll("card", "inspect-left");
        left.setPrefWidth(256);
        left.setMinWidth(240);
        left.setMaxWidth(256);

        HBox sides = new HBox(12, recommendationsCard(vm.a()), recommendationsCard(vm.b()));
        sides.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        HBox.setHgrow(sides, Priority.ALWAYS);
        HBox body = new HBox(12, left, sides);
        body.getStyleClass().add("tab-body");
        return body;
    }

    private Node recommendationsCard(ModelSide side) {
        String id = "inspect-recs-" + side.label().toLowerCase(java.util.Locale.ROOT);
        TableView<RecommendationRow> table = InspectTables.ranked(id, "Score", true);
        table.setItems(side.recommendations());
        return sideCard(side, table, side.noteProperty(), side.recommendations(), true);
    }

    // ---------- items ----------

    private Node itemsTab() {
        ListView<ItemChoice> items = picker(vm.items(), vm.selectedItemProperty(), "inspect-items",
                i -> i.title().isEmpty() ? i.id() : i.title(),
                i -> i.title().isEmpty() ? i.category() : i.category().isEmpty() ? i.id() : i.id() + " \u00b7 "
                        + i.category(),
                i -> Formats.count(i.interactions()));
        VBox.setVgrow(items, Priority.ALWAYS);
        Label count = Widgets.label(Bindings.createStringBinding(() -> Formats.count(vm.items().size())
                + (vm.items().size() == 1 ? " item" : " items") + " \u00b7 most interacted first", vm.items()),
                "muted");
        VBox left = new VBox(8, Widgets.label("Item", "card-title"),
                search("inspect-item-search", "Search items by id, title or category", vm.itemFilterProperty()),
                count, items);
        left.getStyleClass().addAll("card", "inspect-left");
        left.setPrefWidth(256);
        left.setMinWidth(240);
        left.setMaxWidth(256);

        Label title = Widgets.label(vm.itemTitleProperty(), "card-title", "similar-title");
        title.setId("similar-title");
        HBox sides = new HBox(12, similarCard(vm.a()), similarCard(vm.b()));
        sides.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(sides, Priority.ALWAYS);
        VBox right = new VBox(10, title, sides);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(12, left, right);
        body.getStyleClass().add("tab-body");
        return body;
    }

    private Node similarCard(ModelSide side) {
        String id = "inspect-similar-" + side.label().toLowerCase(java.util.Locale.ROOT);
        TableView<RecommendationRow> table = InspectTables.ranked(id, "Similarity", false);
        table.setItems(side.similar());
        return sideCard(side, table, side.similarNoteProperty(), side.similar(), false);
    }

    // ---------- shared ----------

    /** A model's card: its name and description, a note, the ranked table and (for top-k) the explanation pane. */
    private static Node sideCard(ModelSide side, TableView<RecommendationRow> table, ObservableValue<String> note,
                                 ObservableList<RecommendationRow> rows, boolean withDetails) {
        String suffix = table.getId();
        Label badge = Widgets.label(side.label(), "side-badge", "side-badge-" + side.label().toLowerCase(
                java.util.Locale.ROOT));
        Label name = Widgets.label(Bindings.createStringBinding(() -> side.modelProperty().get() == null
                ? "No model" : side.modelProperty().get(), side.modelProperty()), "card-title");
        HBox head = new HBox(8, badge, name);
        head.setAlignment(Pos.CENTER_LEFT);
        Label description = Widgets.label(side.descriptionProperty(), "muted", "side-description");
        description.setMinWidth(0);

        Label placeholder = Widgets.label(note, "side-placeholder");
        placeholder.setId(suffix + "-note");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(300);
        table.setPlaceholder(placeholder);
        Label inline = Widgets.label(note, "side-note");
        inline.setId(suffix + "-inline-note");
        inline.setWrapText(true);
        inline.setMinHeight(Region.USE_PREF_SIZE);
        inline.visibleProperty().bind(Bindings.createBooleanBinding(() -> !rows.isEmpty()
                && !note.getValue().isEmpty(), rows, note));
        inline.managedProperty().bind(inline.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox card = new VBox(6, head, description, inline, table);
        if (withDetails) {
            Label details = Widgets.label(Bindings.createStringBinding(() -> {
                RecommendationRow r = table.getSelectionModel().getSelectedItem();
                if (r == null) {
                    return rows.isEmpty() ? "" : "Select a recommendation to see why the model ranks it.";
                }
                return r.details().isEmpty() ? "Model gives no explanation for " + r.itemId() + "."
                        : "#" + r.rank() + " " + (r.title().isEmpty() ? r.itemId() : r.title()) + " \u2014 "
                        + r.details();
            }, table.getSelectionModel().selectedItemProperty(), rows), "explanation-text");
            details.setId(suffix + "-details");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            ScrollPane pane = new ScrollPane(details);
            pane.setFitToWidth(true);
            pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            pane.getStyleClass().add("explanation-pane");
            pane.setMinHeight(70);
            pane.setPrefHeight(118);
            card.getChildren().add(pane);
        }
        card.getStyleClass().addAll("card", "side-card");
        card.setMinWidth(0);
        card.setPrefWidth(200);
        return card;
    }

    /** A list of {@code text} (over {@code sub} when given) with {@code right} at the right of each row. */
    private static <T> ListView<T> picker(ObservableList<T> items, ObjectProperty<T> selected, String id,
                                          Function<T, String> text, Function<T, String> sub,
                                          Function<T, String> right) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("picker-list");
        list.setCellFactory(v -> new ListCell<>() {
            private final Label main = Widgets.label("", "cell-main");
            private final Label below = Widgets.label("", "cell-sub");
            private final Label count = Widgets.label("", "muted");
            private final VBox texts = new VBox(0, main);
            private final HBox box = new HBox(8, texts, Widgets.hgrow(), count);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                texts.setMinWidth(0);
                main.setMinWidth(0);
                count.setMinWidth(Region.USE_PREF_SIZE);
                if (sub != null) {
                    texts.getChildren().add(below);
                }
                setPrefWidth(0); // fit the list's width: no horizontal scrolling
            }

            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    main.setText(text.apply(item));
                    below.setText(sub == null ? "" : sub.apply(item));
                    count.setText(right.apply(item));
                    setGraphic(box);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setPlaceholder(new Label("Nothing to list yet."));
        return list;
    }

    private static TextField search(String id, String prompt, StringProperty filter) {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setLeft(Icon.INSPECT.node(14));
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(filter);
        field.getStyleClass().add("search-field");
        return field;
    }
}
