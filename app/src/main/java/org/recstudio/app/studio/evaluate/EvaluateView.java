package org.recstudio.app.studio.evaluate;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.SetupCard;
import org.recstudio.app.studio.ui.Widgets;
import org.recstudio.engine.eval.split.TieRule;

/**
 * The Evaluate screen: the run's setup on the left; results (protocol line, table with intervals and significance,
 * bar chart with whiskers), the segment breakdown and the run history with a side-by-side diff on the right.
 * Binds only.
 */
public final class EvaluateView {

    private final EvaluateViewModel vm;
    private final VBox root;
    private final TableView<ResultRow> results = new TableView<>();
    private final TableView<SegmentRow> segments = new TableView<>();
    private final CiBarChart chart = new CiBarChart();
    private final TabPane tabs = new TabPane();

    public EvaluateView(EvaluateViewModel vm) {
        this.vm = vm;
        Node header = Widgets.screenHeader("Evaluate", vm.datasetSummaryProperty());
        tabs.getTabs().addAll(tab("Results", "eval-tab-results", resultsPane()),
                tab("Segments", "eval-tab-segments", segmentsPane()),
                tab("Run history", "eval-tab-history",
                        new HistoryPane(vm, () -> tabs.getSelectionModel().selectFirst()).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("eval-tabs");
        tabs.getStyleClass().add("explore-tabs");
        HBox.setHgrow(tabs, Priority.ALWAYS);
        HBox body = new HBox(14, setupCard(), tabs);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(12, header, Widgets.banner(vm.errorProperty(), "error"), body);
        root.getStyleClass().addAll("screen", "evaluate-screen");
        root.setId("evaluate-screen");
    }

    public Node root() {
        return root;
    }

    private static Tab tab(String text, String id, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    // ---------- setup ----------

    private Node setupCard() {
        ComboBox<String> dataset = new ComboBox<>(vm.datasets());
        dataset.setId("eval-dataset");
        dataset.setPromptText("No datasets yet");
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());

        ComboBox<ProtocolChoice> protocol = new ComboBox<>();
        protocol.getItems().setAll(ProtocolChoice.values());
        protocol.setId("eval-protocol");
        protocol.valueProperty().bindBidirectional(vm.setup().protocolProperty());
        Widgets.tip(protocol, "How interactions are held out. The temporal protocols never train on the future; "
                + "random holdout does and every result made with it says so.");
        Label leak = Widgets.label("Random holdout trains on interactions later than the test ones: results are "
                + "optimistic and labelled so.", "validation-problem");
        leak.setId("eval-leak-warning");
        leak.setGraphic(Icon.WARNING.node(12));
        leak.setWrapText(true);
        leak.setMinHeight(Region.USE_PREF_SIZE);
        leak.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.setup().protocolProperty().get() != null
                && vm.setup().protocolProperty().get().leaksFuture(), vm.setup().protocolProperty()));
        leak.managedProperty().bind(leak.visibleProperty());

        ComboBox<TieRule> ties = new ComboBox<>();
        ties.getItems().setAll(TieRule.values());
        ties.setId("eval-ties");
        ties.valueProperty().bindBidirectional(vm.setup().tiesProperty());
        ties.setConverter(new StringConverter<>() {
            @Override public String toString(TieRule r) {
                return r == null ? "" : switch (r) {
                    case ITEM_ID -> "by item id";
                    case RANDOM -> "seeded random";
                    case LAST_GROUP -> "hold out last group";
                };
            }

            @Override public TieRule fromString(String s) {
                throw new UnsupportedOperationException("tie rules are chosen, not typed");
            }
        });
        ties.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.setup().protocolProperty().get() == null
                || !vm.setup().protocolProperty().get().usesTies(), vm.setup().protocolProperty()));
        Widgets.tip(ties, "Same-timestamp interactions: by item id (as common harnesses; a sequence model can learn "
                + "the id order), a seeded random order, or the whole last-timestamp group held out.");
        TextField n = new TextField();
        n.setId("eval-n");
        n.textProperty().bindBidirectional(vm.setup().heldOutProperty());
        n.setPrefColumnCount(3);
        VBox nField = SetupCard.field("N", n);
        nField.visibleProperty().bind(vm.setup().protocolProperty().isEqualTo(ProtocolChoice.LEAVE_LAST_N));
        nField.managedProperty().bind(nField.visibleProperty());
        HBox tieRow = new HBox(10, SetupCard.field("TIE RULE", ties), nField);
        HBox.setHgrow(tieRow.getChildren().getFirst(), Priority.ALWAYS);

        TextField ks = new TextField();
        ks.setId("eval-ks");
        ks.textProperty().bindBidirectional(vm.setup().ksProperty());
        Widgets.tip(ks, "Cutoffs K, comma separated: every metric is computed at each.");
        TextField seed = new TextField();
        seed.setId("eval-seed");
        seed.textProperty().bindBidirectional(vm.setup().seedProperty());
        seed.setPrefColumnCount(5);
        Widgets.tip(seed, "The one seed of the run: splits, fits and the bootstrap. Same seed, same numbers.");
        HBox kRow = new HBox(10, SetupCard.field("CUTOFFS K", ks), SetupCard.field("SEED", seed));
        HBox.setHgrow(kRow.getChildren().getFirst(), Priority.ALWAYS);

        GridPane algs = new GridPane();
        algs.setHgap(12);
        algs.setVgap(6);
        algs.getStyleClass().add("eval-algorithms");
        int i = 0;
        for (AlgorithmChoice c : vm.setup().algorithms()) {
            CheckBox box = new CheckBox(c.name());
            box.setId("eval-alg-" + c.name());
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            algs.add(box, i % 2, i / 2);
            i++;
        }
        ComboBox<String> baseline = new ComboBox<>(vm.setup().baselines());
        baseline.setId("eval-baseline");
        baseline.valueProperty().bindBidirectional(vm.setup().baselineProperty());
        Widgets.tip(baseline, "Every other model is tested against this one (paired t-test and Wilcoxon, "
                + "Holm-corrected).");
        TextField params = new TextField();
        params.setId("eval-params");
        params.setPromptText("e.g. itemknn.neighbours=50");
        params.textProperty().bindBidirectional(vm.setup().paramsProperty());
        Widgets.tip(params, "Param overrides as ALGORITHM.KEY=VALUE, separated by spaces or commas; others take "
                + "their defaults.");

        Label problem = SetupCard.problem(vm.setup().formErrorProperty(), "eval-form-error");
        Button run = SetupCard.run("Run evaluation", Icon.EVALUATE, "eval-run", vm.canRunProperty(), vm::run);
        HBox buttons = SetupCard.buttons(run, "eval-cancel", vm.runningProperty(), vm::cancel);
        ProgressBar bar = new ProgressBar(0);
        bar.setId("eval-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = Widgets.label(vm.statusProperty(), "muted");
        status.setId("eval-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);

        VBox card = new VBox(9, Widgets.label("Setup", "card-title"), SetupCard.field("DATASET", dataset),
                SetupCard.field("PROTOCOL", protocol), leak, tieRow, kRow, Widgets.label("ALGORITHMS", "field-label"),
                algs, SetupCard.field("BASELINE", baseline), SetupCard.field("PARAM OVERRIDES", params), problem,
                buttons, bar, status);
        card.getStyleClass().addAll("card", "eval-setup");
        ScrollPane scroll = SetupCard.scroll(card, "eval-setup-scroll");
        scroll.setPrefWidth(300);
        scroll.setMinWidth(290);
        scroll.setMaxWidth(300);
        return scroll;
    }

    // ---------- results ----------

    private Node resultsPane() {
        Label line = Widgets.label(vm.protocolLineProperty(), "protocol-line");
        line.setId("eval-protocol-line");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.visibleProperty().bind(vm.protocolLineProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());

        results.setId("eval-results");
        results.setItems(vm.rows());
        results.setPlaceholder(new Label("No results yet. Tick the models to compare and press Run evaluation."));
        results.setFixedCellSize(30);
        results.getStyleClass().add("eval-results");
        results.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 44 + 30 * Math.max(2, vm.rows().size()) + 20.0, vm.rows()));
        results.setMinHeight(Region.USE_PREF_SIZE);
        results.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(ResultRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("baseline-row");
                if (!empty && item != null && item.baseline()) {
                    getStyleClass().add("baseline-row");
                }
            }
        });
        vm.rows().addListener((ListChangeListener<ResultRow>) c -> results.refresh());
        vm.columns().addListener((ListChangeListener<String>) c -> resultColumns());
        resultColumns();

        ComboBox<String> metric = new ComboBox<>(vm.metricKeys());
        metric.setId("eval-chart-metric");
        metric.valueProperty().bindBidirectional(vm.chartMetricProperty());
        metric.setVisibleRowCount(14);
        chart.setId("eval-chart");
        chart.getStyleClass().addAll("studio-chart", "eval-chart");
        chart.setMinHeight(200);
        chart.setCategoryGap(48);
        vm.bars().addListener((ListChangeListener<BarPoint>) c ->
                chart.show(vm.bars(), vm.chartMetricProperty().get()));
        Label empty = Widgets.label("The chart shows one metric per model with its confidence interval.",
                "chart-note");
        empty.visibleProperty().bind(Bindings.isEmpty(vm.bars()));
        javafx.scene.layout.StackPane chartBox = new javafx.scene.layout.StackPane(chart, empty);
        VBox.setVgrow(chartBox, Priority.ALWAYS);
        HBox chartTitle = new HBox(10, Widgets.label("Metric by model, with 95% interval", "card-title"),
                Widgets.hgrow(), metric);
        chartTitle.setAlignment(Pos.CENTER_LEFT);
        VBox chartCard = new VBox(6, chartTitle, chartBox);
        chartCard.getStyleClass().add("card");
        VBox.setVgrow(chartCard, Priority.ALWAYS);

        VBox tableCard = new VBox(8, Widgets.label("Results", "card-title"), line, results);
        tableCard.getStyleClass().add("card");
        VBox pane = new VBox(12, tableCard, chartCard);
        pane.getStyleClass().add("tab-body");
        return pane;
    }

    private void resultColumns() {
        results.getColumns().clear();
        TableColumn<ResultRow, String> model = text("Model", r -> r.baseline() ? r.label() + " (baseline)"
                : r.label(), 170);
        results.getColumns().add(model);
        for (String key : vm.columns()) {
            TableColumn<ResultRow, String> c = text(key, r -> r.cell(key), 188);
            c.setCellFactory(col -> new TableCell<>() {
                @Override protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : item);
                    getStyleClass().removeAll("sig-up", "sig-down");
                    if (item != null && item.endsWith("*")) {
                        getStyleClass().add(item.contains("\u25b2") ? "sig-up" : "sig-down");
                    }
                }
            });
            c.getStyleClass().add("numeric");
            results.getColumns().add(c);
        }
        TableColumn<ResultRow, String> fit = text("Fit (s)", r -> Formats.decimal(r.fitSeconds(), 2), 70);
        fit.getStyleClass().add("numeric");
        results.getColumns().add(fit);
    }

    // ---------- segments ----------

    private Node segmentsPane() {
        ComboBox<String> metric = new ComboBox<>(vm.metricKeys());
        metric.setId("eval-segment-metric");
        metric.valueProperty().bindBidirectional(vm.segmentMetricProperty());
        metric.setVisibleRowCount(14);
        segments.setId("eval-segments");
        segments.setItems(vm.segments());
        segments.setPlaceholder(new Label("Run an evaluation to break its accuracy down by cold users, heavy "
                + "users, cold items and user attributes."));
        vm.models().addListener((ListChangeListener<String>) c -> segmentColumns());
        segmentColumns();
        HBox title = new HBox(10, Widgets.label("Breakdown by segment", "card-title"), Widgets.hgrow(),
                Widgets.label("METRIC", "field-label"), metric);
        title.setAlignment(Pos.CENTER_LEFT);
        Label note = Widgets.label("Cold users have at most 5 training interactions; heavy users are the most active "
                + "10%; held-out items are cold with at most 5 training interactions. Values with 95% intervals.",
                "chart-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(8, title, note, segments);
        VBox.setVgrow(segments, Priority.ALWAYS);
        card.getStyleClass().add("card");
        VBox pane = new VBox(card);
        VBox.setVgrow(card, Priority.ALWAYS);
        pane.getStyleClass().add("tab-body");
        return pane;
    }

    private void segmentColumns() {
        segments.getColumns().clear();
        segments.getColumns().add(text("Segment", SegmentRow::segment, 126));
        segments.getColumns().add(text("Group", SegmentRow::group, 74));
        TableColumn<SegmentRow, String> users = text("Users", r -> Formats.count(r.users()), 64);
        users.getStyleClass().add("numeric");
        segments.getColumns().add(users);
        for (String m : vm.models()) {
            TableColumn<SegmentRow, String> c = text(m, r -> r.byModel().getOrDefault(m, "\u2014"), 174);
            c.getStyleClass().add("numeric");
            segments.getColumns().add(c);
        }
    }

    static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }
}
