package org.recstudio.app.studio.explore;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;

/** The explorer's Items and Users tabs: a searchable table, and the selected row's interactions below it. */
final class CatalogTables {

    private final ExploreViewModel vm;

    CatalogTables(ExploreViewModel vm) {
        this.vm = vm;
    }

    Node itemsPane() {
        TableView<ItemRow> table = new TableView<>();
        table.setId("items-table");
        table.getColumns().add(text("Id", ItemRow::id, 110));
        table.getColumns().add(text("Title", ItemRow::title, 260));
        table.getColumns().add(text("Category", ItemRow::category, 200));
        table.getColumns().add(text("Brand", ItemRow::brand, 120));
        TableColumn<ItemRow, Double> price = new TableColumn<>("Price");
        price.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().price()));
        price.setCellFactory(col -> rightAligned(v -> String.format(Locale.ROOT, "%,.2f", v)));
        price.setPrefWidth(80);
        table.getColumns().add(price);
        table.getColumns().add(number("Interactions", ItemRow::interactions));
        bind(table, vm.items());
        table.setPlaceholder(new Label("No items match."));
        table.getSelectionModel().selectedItemProperty()
                .addListener((o, old, now) -> vm.selectedItemProperty().set(now));

        TableView<InteractionRow> interactions = interactionsTable("item-interactions", "User", false);
        interactions.setItems(vm.itemInteractions());
        return pane(search("item-search", "Search items by id, title, category or brand", vm.itemFilterProperty()),
                Widgets.label(vm.itemCountProperty(), "muted"), table, vm.itemInteractionsTitleProperty(),
                interactions);
    }

    Node usersPane() {
        TableView<UserRow> table = new TableView<>();
        table.setId("users-table");
        table.getColumns().add(text("Id", UserRow::id, 160));
        table.getColumns().add(text("Attributes", UserRow::attributes, 520));
        table.getColumns().add(number("Interactions", UserRow::interactions));
        bind(table, vm.users());
        table.setPlaceholder(new Label("No users match."));
        table.getSelectionModel().selectedItemProperty()
                .addListener((o, old, now) -> vm.selectedUserProperty().set(now));

        TableView<InteractionRow> interactions = interactionsTable("user-interactions", "Item", true);
        interactions.setItems(vm.userInteractions());
        return pane(search("user-search", "Search users by id or attributes", vm.userFilterProperty()),
                Widgets.label(vm.userCountProperty(), "muted"), table, vm.userInteractionsTitleProperty(),
                interactions);
    }

    private static <R> void bind(TableView<R> table, ObservableList<R> rows) {
        SortedList<R> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TextField search(String id, String prompt, StringProperty filter) {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setLeft(Icon.INSPECT.node(14));
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(filter);
        field.setPrefColumnCount(34);
        field.getStyleClass().add("search-field");
        return field;
    }

    private static Node pane(TextField search, Label count, TableView<?> table, ObservableValue<String> detailTitle,
                             TableView<InteractionRow> detail) {
        HBox toolbar = new HBox(12, search, count);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label title = Widgets.label(detailTitle, "card-title");
        VBox lower = new VBox(6, title, detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        lower.getStyleClass().add("detail-pane");
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, split);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static TableView<InteractionRow> interactionsTable(String id, String counterpart, boolean withTitle) {
        TableView<InteractionRow> t = new TableView<>();
        t.setId(id);
        t.getColumns().add(text("Time (UTC)", InteractionRow::time, 150));
        t.getColumns().add(text(counterpart, InteractionRow::counterpart, 140));
        if (withTitle) {
            t.getColumns().add(text("Title", InteractionRow::counterpartTitle, 300));
        }
        t.getColumns().add(text("Event", InteractionRow::event, 110));
        t.getColumns().add(text("Value", InteractionRow::value, 80));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("Select a row above to see its interactions."));
        return t;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <R> TableColumn<R, Integer> number(String title, Function<R, Integer> value) {
        TableColumn<R, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> rightAligned(v -> Formats.count(v)));
        c.setPrefWidth(110);
        c.setSortType(TableColumn.SortType.DESCENDING);
        return c;
    }

    private static <R, T> TableCell<R, T> rightAligned(Function<T, String> format) {
        TableCell<R, T> cell = new TableCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : format.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.getStyleClass().add("numeric");
        return cell;
    }
}
