package org.recstudio.app.studio.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.recstudio.app.studio.Formats;

/** A bar chart of one metric per model with the confidence interval drawn as a whisker on each bar. */
final class CiBarChart extends BarChart<String, Number> {

    private final List<Node> whiskers = new ArrayList<>();
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final NumberAxis y;

    CiBarChart() {
        super(new CategoryAxis(), new NumberAxis());
        y = (NumberAxis) getYAxis();
        y.setAutoRanging(false);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) {
                return Formats.decimal(n.doubleValue(), 4);
            }

            @Override public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        setAnimated(false);
        setLegendVisible(false);
        getData().add(series);
    }

    /** Shows {@code points}: bars at the values, whiskers from low to high, the axis from 0 to above the top. */
    void show(List<BarPoint> points, String metric) {
        double top = points.stream().mapToDouble(p -> Math.max(p.value(), p.high())).max().orElse(1);
        top = top <= 0 || !Double.isFinite(top) ? 1 : top * 1.15;
        double unit = niceUnit(top / 5);
        y.setLowerBound(0);
        y.setUpperBound(Math.ceil(top / unit) * unit);
        y.setTickUnit(unit);
        y.setLabel(metric == null ? "" : metric);
        series.getData().setAll(points.stream().map(p -> {
            XYChart.Data<String, Number> d = new XYChart.Data<>(p.model(), p.value());
            d.setExtraValue(p);
            return d;
        }).toList());
        requestChartLayout();
    }

    private static double niceUnit(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    @Override protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(whiskers);
        whiskers.clear();
        for (XYChart.Data<String, Number> d : series.getData()) {
            if (!(d.getExtraValue() instanceof BarPoint p) || d.getNode() == null) {
                continue;
            }
            Bounds b = d.getNode().getBoundsInParent();
            double x = b.getMinX() + b.getWidth() / 2;
            double lo = y.getDisplayPosition(p.low());
            double hi = y.getDisplayPosition(p.high());
            double cap = Math.min(10, b.getWidth() / 4);
            whiskers.add(line(x, lo, x, hi));
            whiskers.add(line(x - cap, lo, x + cap, lo));
            whiskers.add(line(x - cap, hi, x + cap, hi));
            javafx.scene.text.Text value = new javafx.scene.text.Text(String.format(Locale.ROOT, "%.4f", p.value()));
            value.getStyleClass().add("ci-value");
            value.setX(x + cap + 4);
            value.setY(Math.min(hi, y.getDisplayPosition(p.value())) + 4);
            whiskers.add(value);
        }
        getPlotChildren().addAll(whiskers);
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("ci-whisker");
        l.setManaged(false);
        return l;
    }
}
