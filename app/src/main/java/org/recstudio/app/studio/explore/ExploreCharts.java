package org.recstudio.app.studio.explore;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.recstudio.app.studio.Formats;
import org.recstudio.engine.data.DatasetSummary;

/**
 * The explorer's four charts, drawn from {@link ExploreStats}: interactions over time, the popularity long
 * tail on a log scale with its head marked, the event mix and users by activity.
 */
final class ExploreCharts {

    final AreaChart<Number, Number> timeline;
    final AreaChart<Number, Number> popularity;
    final BarChart<String, Number> events;
    final BarChart<String, Number> activity;
    final StringProperty timelineTitle = new SimpleStringProperty("Interactions over time");
    private final NumberAxis timeAxis = new NumberAxis();
    private final NumberAxis rankAxis = new NumberAxis();
    private final NumberAxis logAxis = new NumberAxis();

    ExploreCharts() {
        NumberAxis timeCounts = countAxis();
        timeline = new AreaChart<>(timeAxis, timeCounts);
        timeAxis.setAutoRanging(false);
        timeAxis.setMinorTickVisible(false);
        style(timeline, "chart-timeline");
        timeline.setCreateSymbols(false);

        rankAxis.setLabel("item rank (most popular first)");
        rankAxis.setMinorTickVisible(false);
        rankAxis.setAutoRanging(false);
        rankAxis.setTickLabelFormatter(converter(v -> Formats.compact(v.doubleValue())));
        logAxis.setLabel("interactions");
        logAxis.setAutoRanging(false);
        logAxis.setLowerBound(0);
        logAxis.setTickUnit(1);
        logAxis.setMinorTickVisible(false);
        logAxis.setTickLabelFormatter(converter(v -> Formats.compact(Math.pow(10, v.doubleValue()))));
        popularity = new AreaChart<>(rankAxis, logAxis);
        popularity.setCreateSymbols(false);
        style(popularity, "chart-popularity");
        popularity.setLegendVisible(true);

        events = new BarChart<>(new CategoryAxis(), countAxis());
        events.setCategoryGap(18);
        style(events, "chart-events");

        CategoryAxis bins = new CategoryAxis();
        bins.setLabel("interactions per user (bins 1, 2\u20133, 4\u20137, \u2026)");
        activity = new BarChart<>(bins, countAxis());
        activity.setCategoryGap(4);
        style(activity, "chart-activity");
        activity.getYAxis().setLabel("users");
    }

    private static NumberAxis countAxis() {
        NumberAxis a = new NumberAxis();
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(converter(v -> Formats.compact(v.doubleValue())));
        return a;
    }

    private static void style(XYChart<?, ?> chart, String styleClass) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().addAll("studio-chart", styleClass);
        chart.setMinHeight(120);
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

    /** Shows {@code stats}, or empties every chart when null. */
    void show(ExploreStats stats) {
        timeline.getData().clear();
        popularity.getData().clear();
        events.getData().clear();
        activity.getData().clear();
        if (stats == null) {
            return;
        }
        showTimeline(stats.timeline());
        showPopularity(stats.popularity());
        showEvents(stats.summary().events());
        showActivity(stats.userActivity());
    }

    private void showTimeline(ExploreStats.TimeSeries t) {
        List<ExploreStats.Bucket> buckets = t.buckets();
        timelineTitle.set("Interactions per " + t.period().name().toLowerCase(Locale.ROOT)
                + (t.undated() == 0 ? "" : " (" + Formats.count(t.undated()) + " without a time left out)"));
        if (buckets.isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName("interactions");
        for (ExploreStats.Bucket b : buckets) {
            s.getData().add(new XYChart.Data<>(b.start().toEpochDay(), b.count()));
        }
        long first = buckets.getFirst().start().toEpochDay();
        long last = Math.max(first + 1, buckets.getLast().start().toEpochDay());
        timeAxis.setLowerBound(first);
        timeAxis.setUpperBound(last);
        double span = last - first;
        double unit = span <= 21 ? 1 : span <= 62 ? 7 : span <= 400 ? 30.4375 : span <= 1100 ? 91.3125
                : span <= 2200 ? 182.625 : Math.ceil(span / 365.25 / 8) * 365.25;
        timeAxis.setTickUnit(unit);
        boolean days = unit < 28;
        timeAxis.setTickLabelFormatter(converter(v -> {
            LocalDate d = LocalDate.ofEpochDay(Math.round(v.doubleValue()));
            return days ? d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + d.getDayOfMonth() : Formats.month(d);
        }));
        timeline.getData().add(s);
    }

    private void showPopularity(ExploreStats.Popularity p) {
        if (p.points().isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> head = new XYChart.Series<>();
        head.setName("head: top 20% of items");
        XYChart.Series<Number, Number> tail = new XYChart.Series<>();
        tail.setName("long tail");
        double max = 0;
        for (ExploreStats.Point pt : p.points()) {
            double y = Math.log10(pt.count());
            max = Math.max(max, y);
            if (pt.rank() <= p.headItems()) {
                head.getData().add(new XYChart.Data<>(pt.rank(), y));
            }
            if (pt.rank() >= p.headItems()) {
                tail.getData().add(new XYChart.Data<>(pt.rank(), y));
            }
        }
        if (!tail.getData().isEmpty() && !head.getData().isEmpty()) {
            XYChart.Data<Number, Number> lastHead = head.getData().getLast();
            if (lastHead.getXValue().intValue() != tail.getData().getFirst().getXValue().intValue()) {
                tail.getData().addFirst(new XYChart.Data<>(lastHead.getXValue(), lastHead.getYValue())); // no gap
            }
        }
        logAxis.setUpperBound(Math.max(1, Math.ceil(max)));
        int lastRank = p.points().getLast().rank();
        double unit = niceUnit(lastRank / 6.0);
        rankAxis.setLowerBound(0);
        rankAxis.setUpperBound(Math.max(unit, Math.ceil(lastRank / unit) * unit));
        rankAxis.setTickUnit(unit);
        popularity.getData().add(head);
        if (!tail.getData().isEmpty()) {
            popularity.getData().add(tail);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceUnit(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private void showEvents(List<DatasetSummary.EventCount> counts) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName("interactions");
        for (DatasetSummary.EventCount e : counts) {
            s.getData().add(new XYChart.Data<>(e.event() + " \u00d7" + Formats.decimal(e.weight(), 2), e.count()));
        }
        events.getData().add(s);
    }

    private void showActivity(List<ExploreStats.ActivityBin> bins) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName("users");
        for (ExploreStats.ActivityBin b : bins) {
            s.getData().add(new XYChart.Data<>(b.shortLabel(), b.users()));
        }
        activity.getData().add(s);
    }
}
