package org.recstudio.app.studio.train;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Columns;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.SetupCard;
import org.recstudio.app.studio.ui.Widgets;

/**
 * The Train screen: dataset, algorithm and the generated params form on the left; the running fit's progress
 * and loss chart, and the trained models with their provenance, on the right. Binds only.
 */
public final class TrainView {

    private final TrainViewModel vm;
    private final VBox root;
    private final XYChart.Series<Number, Number> lossSeries = new XYChart.Series<>();
    private final NumberAxis x = new NumberAxis();

    public TrainView(TrainViewModel vm) {
        this.vm = vm;
        Node header = Widgets.screenHeader("Train", vm.datasetSummaryProperty());
        VBox setup = setupCard();
        VBox right = new VBox(12, trainingCard(), modelsCard());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(14, setup, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(12, header, Widgets.banner(vm.errorProperty(), "error"), body);
        root.getStyleClass().addAll("screen", "train-screen");
        root.setId("train-screen");
    }

    public Node root() {
        return root;
    }

    // ---------- setup ----------

    private VBox setupCard() {
        ComboBox<String> dataset = new ComboBox<>(vm.datasets());
        dataset.setId("train-dataset");
        dataset.setPromptText("No datasets yet");
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        dataset.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> algorithm = new ComboBox<>(vm.algorithms());
        algorithm.setId("train-algorithm");
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        algorithm.setMaxWidth(Double.MAX_VALUE);
        Widgets.tip(algorithm, "The algorithm to fit; its parameters appear below with their defaults.");

        ScrollPane form = SetupCard.scroll(new ParamsForm(vm.params()).root(), "params-scroll");
        form.setMinHeight(120);
        form.setMaxHeight(Region.USE_PREF_SIZE); // the buttons follow the form; spare height stays below them
        Label paramsError = SetupCard.problem(vm.paramsErrorProperty(), "params-error");

        TextField name = new TextField();
        name.setId("train-model-name");
        name.textProperty().bindBidirectional(vm.modelNameProperty());
        Widgets.tip(name, "The name the model is saved under in the workspace; Inspect and the CLI use it.");
        TextField seed = SetupCard.text("train-seed", vm.seedProperty(),
                "Seed of all randomness: the same seed and data give the same model.");
        HBox nameRow = new HBox(10, SetupCard.field("MODEL NAME", name), SetupCard.field("SEED", seed));
        HBox.setHgrow(nameRow.getChildren().getFirst(), Priority.ALWAYS);

        Button start = SetupCard.run("Train", Icon.TRAIN, "train-start", vm.canStartProperty(), vm::start);

        HBox dataRow = new HBox(10, SetupCard.field("DATASET", dataset), SetupCard.field("ALGORITHM", algorithm));
        dataRow.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return SetupCard.card("train-setup", 310, 300, dataRow, Widgets.label("PARAMETERS", "field-label"), form,
                paramsError, nameRow, SetupCard.problem(vm.nameErrorProperty(), "name-error"),
                SetupCard.problem(vm.seedErrorProperty(), "seed-error"),
                SetupCard.buttons(start, "train-cancel", vm.runningProperty(), vm::cancel));
    }

    // ---------- training ----------

    private VBox trainingCard() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("train-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label status = Widgets.label(vm.statusProperty(), "muted");
        status.setId("train-status");
        status.setMinWidth(0);
        status.setPrefWidth(300);
        Label outcome = Widgets.label(vm.outcomeProperty(), "train-outcome");
        outcome.setId("train-outcome");
        outcome.setGraphic(Icon.CHECK.node(13));
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());

        x.setLabel("iteration");
        x.setAutoRanging(false);
        x.setLowerBound(1);
        x.setUpperBound(2);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(converter(n -> n.doubleValue() == Math.rint(n.doubleValue())
                ? Integer.toString(n.intValue()) : ""));
        NumberAxis y = new NumberAxis();
        y.setLabel("training loss");
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(converter(n -> Formats.decimal(n.doubleValue(), 4)));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("loss-chart");
        chart.getStyleClass().addAll("studio-chart", "loss-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(150);
        lossSeries.setName("training loss");
        chart.getData().add(lossSeries);
        vm.loss().addListener((ListChangeListener<LossPoint>) c -> showLoss());
        showLoss();
        Label note = Widgets.label(vm.lossNoteProperty(), "chart-note", "loss-note");
        note.setId("loss-note");
        note.setWrapText(true);
        note.setMaxWidth(380);
        note.visibleProperty().bind(vm.lossNoteProperty().isNotEmpty());
        StackPane chartBox = new StackPane(chart, note);
        VBox.setVgrow(chartBox, Priority.ALWAYS);

        HBox progress = new HBox(12, bar, status);
        progress.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, Widgets.label("Training", "card-title"), progress, outcome,
                Widgets.label("Training loss per iteration", "field-label"), chartBox);
        card.getStyleClass().addAll("card", "train-run");
        card.setPrefHeight(340);
        card.setMinHeight(260);
        return card;
    }

    private void showLoss() {
        lossSeries.getData().setAll(vm.loss().stream()
                .map(p -> new XYChart.Data<Number, Number>(p.iteration(), p.loss())).toList());
        int last = vm.loss().stream().mapToInt(LossPoint::iteration).max().orElse(2);
        x.setUpperBound(Math.max(2, last));
        x.setTickUnit(Math.max(1, Math.ceil(last / 12.0)));
    }

    private static StringConverter<Number> converter(Function<Number, String> f) {
        return new StringConverter<>() {
            @Override public String toString(Number n) {
                return f.apply(n);
            }

            @Override public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }

    // ---------- models ----------

    private VBox modelsCard() {
        TableView<ModelRow> table = new TableView<>(vm.models());
        table.setId("models-table");
        table.getStyleClass().addAll("models-table", "two-line-table");
        table.getColumns().add(twoLine("Model", ModelRow::name, r -> r.algorithm() + " \u00b7 seed " + r.seed(), 166,
                150));
        table.getColumns().add(twoLine("Dataset", ModelRow::dataset, r -> "version " + r.datasetVersion(), 110, 96));
        table.getColumns().add(right("Fit (s)", r -> Formats.decimal(r.fitSeconds(), 2), 66));
        table.getColumns().add(twoLine("Trained", r -> Formats.time(r.trainedAt()).split(" ")[0],
                r -> Formats.time(r.trainedAt()).replaceFirst("^\\S+\\s*", "") + " UTC", 96, 92));
        TableColumn<ModelRow, String> params = text("Params changed", ModelRow::changedParams, 200, 110);
        params.setCellFactory(col -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.getStyleClass().add("params-text");
            }

            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                label.setText(empty || item == null ? "" : item);
                label.getStyleClass().remove("muted");
                if ("defaults".equals(item)) {
                    label.getStyleClass().add("muted");
                }
                setGraphic(empty ? null : label);
            }
        });
        table.getColumns().add(params);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No trained models yet. Choose an algorithm and press Train."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(ModelRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(String.format(Locale.ROOT,
                        "%s \u2014 %s on %s (version %d), seed %d%n%s", item.name(), item.algorithm(),
                        item.dataset(), item.datasetVersion(), item.seed(), item.allParams().replace(", ", "\n"))));
            }
        });
        Label count = Widgets.label(Bindings.createStringBinding(() -> vm.models().size() == 1 ? "1 model"
                : Formats.count(vm.models().size()) + " models", vm.models()), "muted");
        HBox title = new HBox(10, Widgets.label("Trained models", "card-title"), count);
        title.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(8, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        card.getStyleClass().add("card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width,
                                                   double min) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }

    /** A column whose cells show {@code main} over {@code sub} in smaller, muted type. */
    private static <R> TableColumn<R, R> twoLine(String title, Function<R, String> main, Function<R, String> sub,
                                                 double width, double min) {
        TableColumn<R, R> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label top = Widgets.label("", "cell-main");
            private final Label bottom = Widgets.label("", "cell-sub");
            private final VBox box = new VBox(0, top, bottom);

            @Override protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    top.setText(main.apply(item));
                    bottom.setText(sub.apply(item));
                    setGraphic(box);
                }
            }
        });
        return c;
    }

    private static <R> TableColumn<R, String> right(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = text(title, value, width, width);
        c.setCellFactory(col -> Columns.numericCell());
        return c;
    }
}
