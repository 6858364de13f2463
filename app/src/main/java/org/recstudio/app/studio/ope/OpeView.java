package org.recstudio.app.studio.ope;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.recstudio.app.studio.Formats;
import org.recstudio.app.studio.ui.Columns;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.KpiCard;
import org.recstudio.app.studio.ui.SetupCard;
import org.recstudio.app.studio.ui.Widgets;
import org.recstudio.bandit.ope.OpeEstimate;

/**
 * The Off-policy screen: the log, target policy, estimators and bootstrap on the left; headline numbers, the
 * estimator table and a chart of each estimate with its interval (points with error lines, the logged reward as
 * a dashed reference) on the right. Binds only.
 */
public final class OpeView {

    private final OpeViewModel vm;
    private final VBox root;
    private final KpiCard logged = new KpiCard();
    private final KpiCard evaluated = new KpiCard();
    private final KpiCard best = new KpiCard();
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<String, Number> chart = new LineChart<>(x, y);

    public OpeView(OpeViewModel vm) {
        this.vm = vm;
        Node header = Widgets.screenHeader("Off-policy evaluation", Bindings.createStringBinding(() -> {
            OpeViewModel.Evaluation e = vm.resultProperty().get();
            return e == null ? "Estimate how a new policy would have done from a log of another policy's decisions, "
                    + "with bootstrap confidence intervals." : "Target: " + e.target() + ".";
        }, vm.resultProperty()));
        HBox progress = Widgets.progressRow("ope", vm.progressProperty(), vm.statusProperty());
        VBox right = new VBox(10, progress, kpis(), tableCard(), chartCard());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(14, setupCard(), right);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(12, header, Widgets.banner(vm.errorProperty(), "error"), body);
        root.getStyleClass().addAll("screen", "ope-screen");
        root.setId("ope-screen");
        vm.resultProperty().addListener((obs, old, now) -> draw(now));
        draw(vm.resultProperty().get());
    }

    public Node root() {
        return root;
    }

    // ---------- setup ----------

    private VBox setupCard() {
        HBox log = fileRow("ope-log", vm.logPathProperty(), "Choose the logged feedback",
                "The logged feedback: an Open Bandit Dataset campaign CSV or a generic CSV/JSONL with action, "
                        + "reward, propensity[, position, timestamp] columns.");
        HBox context = fileRow("ope-item-context", vm.itemContextPathProperty(), "Choose the item context",
                "Optional item features by item_id (OBD's item_context.csv of the same campaign).");
        ComboBox<String> format = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                OpeViewModel.FORMATS));
        format.setId("ope-format");
        format.valueProperty().bindBidirectional(vm.formatProperty());
        Widgets.tip(format, "obd: Open Bandit Dataset columns; generic: action, reward, propensity. Detected from "
                + "the header when a log is chosen.");
        ComboBox<String> rewardModel = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                OpeViewModel.REWARD_MODELS));
        rewardModel.setId("ope-reward-model");
        rewardModel.valueProperty().bindBidirectional(vm.rewardModelProperty());
        Widgets.tip(rewardModel, "Reward model of dm and dr: tabular (per item and slot) or ridge (context, item, "
                + "slot; cross-fitted).");
        ComboBox<String> target = new ComboBox<>(vm.targets());
        target.setId("ope-target");
        target.setEditable(true);
        target.getEditor().textProperty().bindBidirectional(vm.targetProperty());
        Widgets.tip(target, "uniform, item:ID, snapshot:FILE, or a context-free policy spec (ts, egreedy:epsilon=0.05, "
                + "ucb1\u2026) learned from the first half of the log and evaluated on the rest.");

        List<CheckBox> estimators = new ArrayList<>();
        for (EstimatorChoice c : vm.estimators()) {
            CheckBox box = new CheckBox(c.name());
            box.setId("ope-est-" + c.name());
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            Widgets.tip(box, c.help());
            estimators.add(box);
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.addRow(0, SetupCard.field("BOOTSTRAP", SetupCard.text("ope-bootstrap", vm.bootstrapProperty(),
                "Bootstrap resamples of the confidence intervals.")), SetupCard.field("SEED", SetupCard.text(
                "ope-seed", vm.seedProperty(), "Seed of the bootstrap and the reward model's folds.")));

        HBox formatRow = new HBox(10, SetupCard.field("FORMAT", format), SetupCard.field("REWARD MODEL", rewardModel));
        formatRow.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox content = new VBox(10, SetupCard.field("LOG FILE", log), formatRow,
                SetupCard.field("ITEM CONTEXT", context), SetupCard.field("TARGET POLICY", target),
                Widgets.label("ESTIMATORS", "field-label"), SetupCard.twoColumns(estimators), grid,
                SetupCard.problem(vm.formErrorProperty(), "ope-form-error"));
        ScrollPane scroll = SetupCard.scroll(content, "params-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button run = SetupCard.run("Evaluate", Icon.OFF_POLICY, "ope-run", vm.canRunProperty(), vm::run);
        return SetupCard.card("ope-setup", 300, 290, scroll,
                SetupCard.buttons(run, "ope-cancel", vm.runningProperty(), vm::cancel));
    }

    private HBox fileRow(String id, StringProperty path, String title, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(path);
        Widgets.tip(field, tip);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button browse = new Button("Browse\u2026", Icon.FOLDER.node(12));
        browse.setId(id + "-browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Logs (*.csv, *.jsonl)", "*.csv",
                    "*.jsonl", "*.json"), new FileChooser.ExtensionFilter("All files", "*.*"));
            String current = path.get();
            if (current != null && !current.isBlank()) {
                File parent = Path.of(current.strip()).toAbsolutePath().getParent().toFile();
                if (parent.isDirectory()) {
                    chooser.setInitialDirectory(parent);
                }
            }
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                path.set(f.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, field, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // ---------- results ----------

    private HBox kpis() {
        logged.setId("ope-kpi-logged");
        evaluated.setId("ope-kpi-rows");
        best.setId("ope-kpi-best");
        HBox row = new HBox(10, logged, evaluated, best);
        row.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        row.getChildren().forEach(n -> ((Region) n).setMaxWidth(Double.MAX_VALUE));
        row.getChildren().forEach(n -> ((Region) n).setPrefWidth(100));
        return row;
    }

    private VBox tableCard() {
        TableView<EstimateRow> table = new TableView<>(vm.rows());
        table.setId("ope-table");
        table.getColumns().add(column("Estimator", EstimateRow::estimator, 90, false));
        table.getColumns().add(column("Value", r -> num(r.value()), 90, true));
        table.getColumns().add(column("CI low", r -> num(r.ciLow()), 90, true));
        table.getColumns().add(column("CI high", r -> num(r.ciHigh()), 90, true));
        table.getColumns().add(column("vs logged", r -> Double.isFinite(r.relative())
                ? String.format(java.util.Locale.ROOT, "%+.1f%%", (r.relative() - 1) * 100) : "\u2013", 90, true));
        table.getColumns().add(column("ESS", r -> Formats.count(Math.round(r.effectiveSampleSize())),
                110, true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose a log and press Evaluate."));
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 34 + 26 * Math.max(3, vm.rows().size()) + 4.0, vm.rows()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, Widgets.label("Estimates", "card-title"), table);
        card.getStyleClass().add("card");
        return card;
    }

    private VBox chartCard() {
        x.setLabel("estimator");
        y.setLabel("reward per impression");
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) {
                return Formats.decimal(n.doubleValue(), 4);
            }

            @Override public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        chart.setId("ope-chart");
        chart.getStyleClass().addAll("studio-chart", "ope-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(170);
        Label empty = Widgets.label("Each estimate appears here with its confidence interval; the dashed line is "
                + "the logging policy's observed reward.", "chart-note");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.visibleProperty().bind(vm.resultProperty().isNull());
        StackPane stack = new StackPane(chart, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        Label legend = Widgets.label("\u25cf estimate   \u2502 95% bootstrap interval   \u2504 logged reward",
                "muted");
        HBox title = new HBox(10, Widgets.label("Estimates with intervals", "card-title"), Widgets.hgrow(), legend);
        title.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(6, title, stack);
        card.getStyleClass().add("card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    private void draw(OpeViewModel.Evaluation e) {
        chart.getData().clear();
        if (e == null) {
            logged.show("Logged reward", "\u2013", "The logging policy's clicks per impression.");
            evaluated.show("Rows", "\u2013", "Rows of the log the target is evaluated on.");
            best.show("Best estimate", "\u2013", "The highest estimate and its interval.");
            return;
        }
        logged.show("Logged reward", Formats.decimal(e.loggedValue(), 5), "The logging policy's clicks per "
                + "impression.");
        evaluated.show("Rows evaluated", Formats.count(e.evaluatedRows()), "of " + Formats.count(e.rows())
                + " logged \u00b7 " + e.actions() + " actions \u00b7 " + e.format() + " format");
        OpeEstimate top = e.estimates().stream().filter(x -> Double.isFinite(x.value()))
                .max(java.util.Comparator.comparingDouble(OpeEstimate::value)).orElse(null);
        if (top == null) {
            best.show("Best estimate", "\u2013", "No estimator gave a finite value.");
        } else {
            best.show("Best estimate", Formats.decimal(top.value(), 5), top.estimator() + " \u00b7 CI ["
                    + Formats.decimal(top.ciLow(), 5) + ", " + Formats.decimal(top.ciHigh(), 5) + "]");
        }
        if (e.estimates().isEmpty()) {
            return;
        }
        XYChart.Series<String, Number> reference = new XYChart.Series<>();
        reference.setName("logged");
        reference.getData().add(new XYChart.Data<>(e.estimates().getFirst().estimator(), e.loggedValue()));
        reference.getData().add(new XYChart.Data<>(e.estimates().getLast().estimator(), e.loggedValue()));
        int colour = 0;
        for (OpeEstimate est : e.estimates()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(est.estimator());
            XYChart.Data<String, Number> low = new XYChart.Data<>(est.estimator(), est.ciLow());
            // three points on one category: the line between them is the interval, the middle one the estimate
            XYChart.Data<String, Number> value = new XYChart.Data<>(est.estimator(), est.value());
            XYChart.Data<String, Number> high = new XYChart.Data<>(est.estimator(), est.ciHigh());
            for (XYChart.Data<String, Number> d : List.of(low, value, high)) {
                if (Double.isFinite(d.getYValue().doubleValue())) {
                    s.getData().add(d);
                }
            }
            chart.getData().add(s);
        }
        chart.getData().add(reference);
        // style after all series are in: adding a series re-assigns the style classes of the earlier ones
        for (XYChart.Series<String, Number> s : chart.getData()) {
            if (s == reference) {
                continue;
            }
            String cls = "ope-c" + (colour++ % 8);
            if (s.getNode() != null) {
                s.getNode().getStyleClass().addAll("ope-whisker", cls);
            }
            for (int i = 0; i < s.getData().size(); i++) {
                XYChart.Data<String, Number> d = s.getData().get(i);
                boolean point = s.getData().size() == 3 ? i == 1 : i == 0;
                if (d.getNode() != null) {
                    d.getNode().getStyleClass().addAll(point ? "ope-point" : "ope-cap", cls);
                }
            }
        }
        if (reference.getNode() != null) {
            reference.getNode().getStyleClass().add("ope-reference");
        }
        reference.getData().forEach(d -> {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add("ope-hidden-symbol");
            }
        });
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.5f", v) : "\u2013";
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width,
                                                     boolean numeric) {
        return Columns.text(title, value, width, 70, numeric);
    }
}
