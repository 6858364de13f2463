package org.recstudio.app.studio.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
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
import org.recstudio.bandit.sim.Estimate;
import org.recstudio.bandit.sim.SeriesPoint;
import org.recstudio.bandit.sim.SimulationResult;
import org.recstudio.bandit.sim.StrategyResult;

/**
 * The Simulate screen: strategies and settings on the left; a shared legend, three charts over rounds
 * (cumulative regret, CTR, new-item exposure — each mean with its 95% band as dashed low/high lines) and a
 * summary table per strategy on the right. Binds only.
 */
public final class SimulateView {

    /** Colours available to strategies (CSS classes {@code sim-c0..}). */
    private static final int COLOURS = 8;

    private final SimulateViewModel vm;
    private final VBox root;
    private final LineChart<Number, Number> regret = chart("sim-regret-chart", "cumulative regret", 1);
    private final LineChart<Number, Number> ctr = chart("sim-ctr-chart", "CTR per window", 3);
    private final LineChart<Number, Number> exposure = chart("sim-exposure-chart", "new-item share", 2);
    private final FlowPane legend = new FlowPane(14, 4);

    public SimulateView(SimulateViewModel vm) {
        this.vm = vm;
        Node header = Widgets.screenHeader("Simulate", vm.datasetSummaryProperty());
        HBox progress = Widgets.progressRow("sim", vm.progressProperty(), vm.statusProperty());
        VBox right = new VBox(10, progress, resultsCard(), summaryCard());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(14, setupCard(), right);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(12, header, Widgets.banner(vm.errorProperty(), "error"), body);
        root.getStyleClass().addAll("screen", "simulate-screen");
        root.setId("simulate-screen");
        vm.resultProperty().addListener((obs, old, now) -> draw(now));
        draw(vm.resultProperty().get());
    }

    public Node root() {
        return root;
    }

    // ---------- setup ----------

    private VBox setupCard() {
        ComboBox<String> dataset = new ComboBox<>(vm.datasets());
        dataset.setId("sim-dataset");
        dataset.setPromptText("No datasets yet");
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        Widgets.tip(dataset, "The dataset whose users' tastes (a latent model fitted to it) ground the simulator.");

        List<CheckBox> strategies = new ArrayList<>();
        for (StrategyChoice c : vm.strategies()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("sim-strategy-" + c.spec().split(":")[0]);
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            Widgets.tip(box, c.help() + "\nSpec: " + c.spec());
            strategies.add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, field("ROUNDS", "sim-rounds", vm.roundsProperty(), "Pages shown per run."),
                field("SEEDS", "sim-seeds", vm.seedsProperty(), "Runs per strategy; the bands are over these."));
        grid.addRow(row++, field("NEW ITEMS", "sim-new-items", vm.newItemsProperty(),
                        "Items arriving during the run without history (10\u201360% of the rounds)."),
                field("NEW USERS", "sim-new-users", vm.newUsersProperty(),
                        "Share of users arriving during the run without history."));
        grid.addRow(row++, field("POSITION BIAS", "sim-position-decay", vm.positionDecayProperty(),
                        "Slot j is examined with probability 1/(j+1)^bias."),
                field("CLICK NOISE", "sim-click-noise", vm.clickNoiseProperty(),
                        "Share of clicks unrelated to taste, in [0, 1]."));
        grid.addRow(row++, field("SLATE SIZE", "sim-slate", vm.slateSizeProperty(), "Slots per page."),
                field("SEED", "sim-seed", vm.seedProperty(), "Master seed: same seed, same results."));
        grid.addRow(row, field("USERS", "sim-users", vm.usersProperty(), "Users in the simulated pool."),
                field("ITEMS", "sim-items", vm.maxItemsProperty(), "Items in the pool: the most interacted."));
        grid.getColumnConstraints().addAll(half(), half());

        VBox content = new VBox(10, SetupCard.field("DATASET", dataset), Widgets.label("STRATEGIES", "field-label"),
                SetupCard.twoColumns(strategies), grid, SetupCard.problem(vm.formErrorProperty(), "sim-form-error"));
        ScrollPane scroll = SetupCard.scroll(content, "params-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button run = SetupCard.run("Run", Icon.SIMULATE, "sim-run", vm.canRunProperty(), vm::run);
        return SetupCard.card("sim-setup", 290, 280, scroll,
                SetupCard.buttons(run, "sim-cancel", vm.runningProperty(), vm::cancel));
    }

    private static javafx.scene.layout.ColumnConstraints half() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setPercentWidth(50);
        return c;
    }

    private static VBox field(String caption, String id, StringProperty value, String tip) {
        return SetupCard.field(caption, SetupCard.text(id, value, tip));
    }

    // ---------- run and results ----------

    private VBox resultsCard() {
        legend.setId("sim-legend");
        legend.getStyleClass().add("sim-legend");
        Label note = Widgets.label("solid: mean \u00b7 dashed: 95% band over seeds",
                "muted", "sim-band-note");
        Widgets.tip(note, "The band is mean \u00b1 1.96\u00b7sd/\u221an over the seeds; proportions are drawn "
                + "clipped to [0, 1].");
        note.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, legend, Widgets.hgrow(), note);
        HBox.setHgrow(legend, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox charts = new HBox(8, titled("Cumulative regret", regret), titled("CTR over time", ctr),
                titled("New-item exposure", exposure));
        charts.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label empty = Widgets.label("Choose strategies and press Run: regret, CTR and new-item exposure appear "
                + "here with their bands.", "chart-note");
        empty.setId("sim-empty-note");
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.resultProperty().isNull());
        StackPane stack = new StackPane(charts, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox card = new VBox(6, top, stack);
        card.getStyleClass().addAll("card", "sim-results");
        card.setMinHeight(260);
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    private static VBox titled(String title, LineChart<Number, Number> chart) {
        VBox box = new VBox(2, Widgets.label(title, "field-label"), chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(100);
        return box;
    }

    private static LineChart<Number, Number> chart(String id, String yLabel, int digits) {
        NumberAxis x = new NumberAxis();
        x.setLabel("round");
        x.setForceZeroInRange(true);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(converter(n -> Formats.compact(n.doubleValue())));
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(converter(n -> digits == 1 ? Formats.compact(n.doubleValue())
                : Formats.decimal(n.doubleValue(), digits)));
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setId(id);
        c.getStyleClass().addAll("studio-chart", "sim-chart");
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(false);
        c.setMinSize(0, 160);
        return c;
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

    private void draw(SimulationResult r) {
        regret.getData().clear();
        ctr.getData().clear();
        exposure.getData().clear();
        legend.getChildren().clear();
        if (r == null) {
            return;
        }
        int colour = 0;
        for (StrategyResult s : r.strategies()) {
            if (!s.ran()) {
                Label skipped = Widgets.label(s.name() + ": skipped", "muted");
                Widgets.tip(skipped, s.note());
                legend.getChildren().add(skipped);
                continue;
            }
            String cls = "sim-c" + (colour++ % COLOURS);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("sim-swatch", cls);
            Label item = Widgets.label(vm.label(s.name()), "sim-legend-item");
            item.setGraphic(swatch);
            legend.getChildren().add(item);
            addBanded(regret, s.name(), s.regret(), cls);
            addBanded(ctr, s.name(), clip(s.ctr()), cls);
            addBanded(exposure, s.name(), clip(s.newItemExposure()), cls);
        }
        // style after all series are in: adding a series re-assigns the style classes of the earlier ones
        for (LineChart<Number, Number> c : List.of(regret, ctr, exposure)) {
            for (XYChart.Series<Number, Number> series : c.getData()) {
                if (series.getNode() != null && series.getNode().getUserData() instanceof String[] classes) {
                    series.getNode().getStyleClass().addAll(classes);
                }
            }
        }
    }

    /** A proportion's points with the band clipped to [0, 1] (the normal band can cross 0 with few seeds). */
    private static List<SeriesPoint> clip(List<SeriesPoint> points) {
        return points.stream().map(p -> new SeriesPoint(p.round(), p.mean(), Math.max(0, p.low()),
                Math.min(1, p.high()))).toList();
    }

    /** Adds the mean line and the dashed low/high band lines of one strategy's series. */
    private static void addBanded(LineChart<Number, Number> chart, String name, List<SeriesPoint> points,
                                  String cls) {
        add(chart, name + " (low)", points, SeriesPoint::low, cls, "sim-band");
        add(chart, name + " (high)", points, SeriesPoint::high, cls, "sim-band");
        add(chart, name, points, SeriesPoint::mean, cls, "sim-mean");
    }

    private static void add(LineChart<Number, Number> chart, String name, List<SeriesPoint> points,
                            java.util.function.ToDoubleFunction<SeriesPoint> value, String cls, String kind) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (SeriesPoint p : points) {
            double v = value.applyAsDouble(p);
            if (Double.isFinite(v)) {
                series.getData().add(new XYChart.Data<>(p.round(), v));
            }
        }
        chart.getData().add(series);
        if (series.getNode() != null) {
            series.getNode().setUserData(new String[] {cls, kind});
        }
    }

    // ---------- summary ----------

    private VBox summaryCard() {
        TableView<StrategySummaryRow> table = new TableView<>(vm.summary());
        table.setId("sim-summary-table");
        table.getColumns().add(column("Strategy", r -> vm.label(r.strategy()), 90, false));
        table.getColumns().add(column("Regret \u00b1 CI", r -> r.ran() ? pm(r.finalRegret(), 1) : r.note(),
                110, true));
        table.getColumns().add(column("CTR \u00b1 CI", r -> r.ran() ? pm(r.finalCtr(), 4) : "", 120, true));
        table.getColumns().add(column("New share", r -> r.ran() ? percent(r.newItemShare()) : "", 80,
                true));
        table.getColumns().add(column("New clicked", r -> r.ran() ? percent(r.newItemsClicked().mean())
                : "", 95, true));
        table.getColumns().add(column("1st click", r -> r.ran() ? value(r.roundsToFirstClick().mean(), 0)
                : "", 70, true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No simulation yet."));
        Widgets.tip(table, "Regret: cumulative expected clicks lost to the best page, at the last round. CTR: clicks "
                + "per impression over the run. New share: share of the last window's impressions on new items. "
                + "New clicked: share of new items clicked at least once. 1st click: mean rounds from a new item's "
                + "arrival to its first click.");
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 34 + 26 * Math.max(2, vm.summary().size()) + 4.0, vm.summary()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, Widgets.label("Summary per strategy", "card-title"), table);
        card.getStyleClass().add("card");
        return card;
    }

    private static String pm(Estimate e, int digits) {
        if (!Double.isFinite(e.mean())) {
            return "\u2013";
        }
        return Formats.decimal(e.mean(), digits) + " \u00b1 " + Formats.decimal((e.high() - e.low()) / 2, digits);
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? Formats.percent(v) : "\u2013";
    }

    private static String value(double v, int digits) {
        return Double.isFinite(v) ? Formats.decimal(v, digits) : "\u2013";
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width,
                                                     boolean numeric) {
        return Columns.text(title, value, width, 80, numeric);
    }
}
