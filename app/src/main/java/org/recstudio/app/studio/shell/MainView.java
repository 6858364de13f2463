package org.recstudio.app.studio.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.recstudio.app.studio.explore.ExploreView;
import org.recstudio.app.studio.importer.ImportWizardView;
import org.recstudio.app.studio.inspect.InspectView;
import org.recstudio.app.studio.train.TrainView;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.Widgets;

/**
 * The main window: a top bar (product, workspace, dataset selector, theme toggle), the navigation on the
 * left, the current screen in the middle and a status bar with background-task progress. Binds only.
 */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final ToggleGroup nav = new ToggleGroup();

    public MainView(MainViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("studio");
        root.setTop(topBar());
        root.setLeft(navigation());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar());
        vm.screenProperty().addListener((obs, old, now) -> showScreen(now));
        showScreen(vm.screenProperty().get());
        root.sceneProperty().addListener((obs, old, scene) -> applyTheme());
        vm.darkProperty().addListener((obs, old, now) -> applyTheme());
    }

    /** A scene of {@code width}×{@code height} showing the main window with the current theme. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        applyTheme();
        return scene;
    }

    public Parent root() {
        return root;
    }

    private void applyTheme() {
        Scene scene = root.getScene();
        if (scene != null) {
            (vm.darkProperty().get() ? Theme.DARK : Theme.LIGHT).applyTo(scene);
        }
    }

    private Node topBar() {
        StackPane logo = new StackPane(Icon.LOGO.node(16));
        logo.getStyleClass().add("logo");
        Label product = Widgets.label("RecStudio", "product-name");
        Label wsCaption = Widgets.label("WORKSPACE", "caption");
        Label wsName = Widgets.label(vm.workspaceName(), "workspace-name");
        wsName.setId("workspace-name");
        VBox ws = new VBox(0, wsCaption, wsName);
        ws.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> datasets = new ComboBox<>(vm.datasets());
        datasets.setId("dataset-selector");
        datasets.setPromptText("No datasets yet");
        datasets.setPrefWidth(220);
        datasets.valueProperty().bindBidirectional(vm.selectedDatasetProperty());
        datasets.getStyleClass().add("dataset-selector");
        Label dsCaption = Widgets.label("DATASET", "caption");
        HBox ds = new HBox(8, Icon.DATABASE.node(16), new VBox(0, dsCaption, datasets));
        ds.setAlignment(Pos.CENTER_LEFT);

        ToggleButton theme = new ToggleButton();
        theme.setId("theme-toggle");
        theme.selectedProperty().bindBidirectional(vm.darkProperty());
        theme.graphicProperty().bind(Bindings.createObjectBinding(
                () -> (theme.isSelected() ? Icon.SUN : Icon.MOON).node(16), theme.selectedProperty()));
        theme.textProperty().bind(Bindings.when(theme.selectedProperty()).then("Light").otherwise("Dark"));
        theme.getStyleClass().add("theme-toggle");
        Widgets.tip(theme, "Switch between the light and the dark theme");

        HBox bar = new HBox(14, logo, product, new Separator(Orientation.VERTICAL), ws, Widgets.hgrow(), ds, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Node navigation() {
        VBox box = new VBox(2);
        box.getStyleClass().add("nav");
        Screen.Group group = null;
        for (Screen s : Screen.values()) {
            if (s.group() != group) {
                group = s.group();
                Label heading = Widgets.label(group.label().toUpperCase(Locale.ROOT), "nav-heading");
                box.getChildren().add(heading);
            }
            box.getChildren().add(navButton(s));
        }
        nav.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a click on the selected item keeps it selected
            } else {
                vm.show((Screen) now.getUserData());
            }
        });
        vm.screenProperty().addListener((obs, old, now) -> selectNav(now));
        selectNav(vm.screenProperty().get());
        return box;
    }

    private void selectNav(Screen s) {
        nav.getToggles().stream().filter(t -> t.getUserData() == s).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private ToggleButton navButton(Screen s) {
        Icon icon = Icon.valueOf(s.name());
        Label text = new Label(s.label());
        HBox graphic = new HBox(10, icon.node(17), text, Widgets.hgrow());
        graphic.setAlignment(Pos.CENTER_LEFT);
        if (!s.available()) {
            graphic.getChildren().add(Widgets.label("soon", "badge-soon"));
        }
        ToggleButton b = new ToggleButton();
        b.setGraphic(graphic);
        b.setId("nav-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.setUserData(s);
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("nav-item");
        if (!s.available()) {
            b.getStyleClass().add("nav-item-soon");
            Widgets.tip(b, s.purpose() + "\n" + s.arrival());
        }
        return b;
    }

    private void showScreen(Screen s) {
        Node node = screens.computeIfAbsent(s, this::create);
        content.getChildren().setAll(node);
    }

    private Node create(Screen s) {
        return switch (s) {
            case IMPORT -> new ImportWizardView(vm.importer()).root();
            case EXPLORE -> new ExploreView(vm.explore()).root();
            case TRAIN -> new TrainView(vm.train()).root();
            case INSPECT -> new InspectView(vm.inspect()).root();
            case EVALUATE -> new org.recstudio.app.studio.evaluate.EvaluateView(vm.evaluate()).root();
            case SIMULATE -> new org.recstudio.app.studio.simulate.SimulateView(vm.simulate()).root();
            case OFF_POLICY -> new org.recstudio.app.studio.ope.OpeView(vm.ope()).root();
            default -> new PlaceholderView(s).root();
        };
    }

    private Node statusBar() {
        Label path = Widgets.label(vm.workspacePath(), "status-text");
        path.setGraphic(Icon.FOLDER.node(12));
        path.setId("status-workspace");
        Label counts = Widgets.label(vm.datasetCountsProperty(), "status-text");
        counts.setId("status-counts");
        counts.setGraphic(Icon.DATABASE.node(12));

        Label failure = Widgets.label(vm.failureProperty(), "status-failure");
        failure.setId("status-failure");
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        failure.setOnMouseClicked(e -> vm.dismissFailure());

        Label task = Widgets.label(vm.taskTextProperty(), "status-text");
        task.setId("status-task");
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(vm.taskProgressProperty());
        Button cancel = new Button();
        cancel.setId("status-cancel");
        cancel.setGraphic(Icon.CLOSE.node(10));
        cancel.getStyleClass().add("status-cancel");
        cancel.setOnAction(e -> vm.cancelTask());
        Widgets.tip(cancel, "Cancel this task");
        HBox taskBox = new HBox(8, task, bar, cancel);
        taskBox.setAlignment(Pos.CENTER_RIGHT);
        taskBox.visibleProperty().bind(vm.taskRunningProperty());
        taskBox.managedProperty().bind(taskBox.visibleProperty());

        HBox status = new HBox(16, path, counts, Widgets.hgrow(), failure, taskBox);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(0, 12, 0, 12));
        status.getStyleClass().add("status-bar");
        HBox.setHgrow(failure, Priority.SOMETIMES);
        return status;
    }
}
