package org.recstudio.app.studio.explore;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.recstudio.app.studio.ui.Icon;
import org.recstudio.app.studio.ui.KpiCard;
import org.recstudio.app.studio.ui.Widgets;

/** The data explorer: KPI cards and charts of the selected dataset, and its items and users. Binds only. */
public final class ExploreView {

    private final ExploreViewModel vm;
    private final VBox root;
    private final ExploreCharts charts = new ExploreCharts();
    private final GridPane kpiGrid = new GridPane();

    public ExploreView(ExploreViewModel vm) {
        this.vm = vm;
        Button reload = new Button("Reload", Icon.REFRESH.node(14));
        reload.setId("explore-reload");
        reload.setOnAction(e -> vm.reload());
        reload.disableProperty().bind(vm.loadingProperty());
        Node header = Widgets.screenHeader("Explore", vm.statusProperty(), reload);

        TabPane tabs = new TabPane(
                tab("Overview", "tab-overview", overview()),
                tab("Items", "tab-items", new CatalogTables(vm).itemsPane()),
                tab("Users", "tab-users", new CatalogTables(vm).usersPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("explore-tabs");
        tabs.getStyleClass().add("explore-tabs");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(56, 56);
        Label loadingText = Widgets.label(vm.statusProperty(), "loading-text");
        VBox loading = new VBox(12, spinner, loadingText);
        loading.setAlignment(Pos.CENTER);
        loading.getStyleClass().add("loading-overlay");
        loading.visibleProperty().bind(vm.loadingProperty());
        StackPane body = new StackPane(tabs, loading);
        VBox.setVgrow(body, Priority.ALWAYS);

        root = new VBox(12, header, Widgets.banner(vm.errorProperty(), "error"), body);
        root.getStyleClass().add("screen");
        root.setId("explore-screen");

        vm.kpis().addListener((ListChangeListener<Kpi>) c -> showKpis());
        vm.snapshotProperty().addListener((obs, old, now) -> charts.show(now == null ? null : now.stats()));
        showKpis();
        charts.show(vm.snapshotProperty().get() == null ? null : vm.snapshotProperty().get().stats());
    }

    public Node root() {
        return root;
    }

    private static Tab tab(String text, String id, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    private Node overview() {
        kpiGrid.getStyleClass().add("kpi-grid");
        kpiGrid.setHgap(12);
        kpiGrid.setId("kpi-grid");
        for (int i = 0; i < 6; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 6);
            c.setFillWidth(true);
            kpiGrid.getColumnConstraints().add(c);
        }

        Label headline = Widgets.label(vm.headlineProperty(), "chart-note");
        headline.setId("popularity-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        VBox popularity = Widgets.card("Item popularity \u2014 long tail, log scale",
                new VBox(4, grow(charts.popularity), headline));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        VBox timeline = Widgets.card(null, charts.timeline);
        timeline.getChildren().addFirst(Widgets.label(charts.timelineTitle, "card-title"));
        grid.add(timeline, 0, 0);
        grid.add(popularity, 1, 0);
        grid.add(Widgets.card("Event mix (with weights)", charts.events), 0, 1);
        grid.add(Widgets.card("Users by activity (log\u2082 bins)", charts.activity), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setFillHeight(true);
            grid.getRowConstraints().add(r);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox box = new VBox(12, kpiGrid, grid);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static Node grow(Node n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }

    private void showKpis() {
        kpiGrid.getChildren().clear();
        int col = 0;
        for (Kpi k : vm.kpis()) {
            KpiCard card = new KpiCard();
            card.show(k.title(), k.value(), k.detail());
            card.setId("kpi-" + k.title().toLowerCase(Locale.ROOT).replace(' ', '-'));
            card.setMaxHeight(Double.MAX_VALUE);
            kpiGrid.add(card, col++, 0);
        }
        kpiGrid.setVisible(!vm.kpis().isEmpty());
        kpiGrid.setManaged(kpiGrid.isVisible());
    }
}
