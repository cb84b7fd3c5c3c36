package dev.benchlens.viewer.history;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.history.Change;
import dev.benchlens.history.Series;
import dev.benchlens.history.SeriesPoint;
import dev.benchlens.report.NumberText;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * One series as a small chart: each run's value with its interval, oldest left, the unit on the value axis (a
 * speedup's axis starts at 0) and the first, middle and last runs' dates on the time axis; each change point a red
 * line (orange when the recorded environment changed there) with the level before and after it and the after-level's
 * interval shaded; the run under the mouse named in a tooltip; a click opens that run.
 */
final class HistoryChart extends Region {

    static final double WIDTH = 300;
    static final double HEIGHT = 160;
    private static final double LEFT = 42;
    private static final double RIGHT = 8;
    private static final double TOP = 16;
    private static final double BOTTOM = 18;
    /** A blue that reads on the light and the dark window alike: the chart is drawn on the window's own background. */
    private static final Color POINT = Color.web("#3b82d6");

    private static final Color CHANGE = Color.web("#c0392b");
    private static final Color LEVEL = Color.web("#7f8c8d");
    private static final Color ENVIRONMENT = Color.web("#e67e22");
    private static final Color BAND = Color.web("#c0392b", 0.15);

    private final Series series;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Tooltip tooltip = new Tooltip();
    private double low;
    private double high;

    HistoryChart(Series series, IntConsumer onClick) {
        this.series = series;
        getChildren().add(canvas);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        tooltip.setShowDelay(Duration.millis(100));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> {
            int index = nearest(e);
            tooltip.setText(index < 0 ? "" : describe(series.points().get(index)));
        });
        canvas.setOnMouseClicked(e -> {
            int index = nearest(e);
            if (index >= 0) {
                onClick.accept(index);
            }
        });
        range();
        draw();
    }

    private void range() {
        low = Double.POSITIVE_INFINITY;
        high = Double.NEGATIVE_INFINITY;
        for (SeriesPoint p : series.points()) {
            low = Math.min(low, p.ci95() == null ? p.value() : p.ci95().low());
            high = Math.max(high, p.ci95() == null ? p.value() : p.ci95().high());
        }
        double pad = Math.max((high - low) * 0.08, Math.abs(high) * 0.01);
        low -= pad;
        high += pad;
        if (series.reference() != null) {
            low = 0; // a speedup read against 0, so that 4.5x to 3.6x looks like the fifth it is
        }
    }

    private double x(int index) {
        int n = series.points().size();
        return n == 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2 : LEFT + index * (WIDTH - LEFT - RIGHT) / (n - 1);
    }

    private double y(double value) {
        return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.GRAY);
        g.strokeRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.setFont(Font.font(9));
        g.setFill(Color.GRAY);
        g.fillText(NumberText.sig3(high), 2, TOP + 8);
        g.fillText(NumberText.sig3(low), 2, HEIGHT - BOTTOM);
        g.fillText(
                series.reference() == null ? "operations per second" : "speedup over " + series.reference() + " (x)",
                LEFT,
                TOP - 4);
        drawDates(g);
        drawLevels(g);
        List<SeriesPoint> points = series.points();
        g.setStroke(POINT);
        g.setFill(POINT);
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            if (p.ci95() != null) {
                g.strokeLine(x(i), y(p.ci95().low()), x(i), y(p.ci95().high()));
            }
            g.fillOval(x(i) - 2.5, y(p.value()) - 2.5, 5, 5);
        }
    }

    /** The dates of the first, middle and last runs under the time axis. */
    private void drawDates(GraphicsContext g) {
        List<SeriesPoint> points = series.points();
        int n = points.size();
        int[] shown = n == 1 ? new int[] {0} : new int[] {0, (n - 1) / 2, n - 1};
        for (int k = 0; k < shown.length; k++) {
            String date = date(points.get(shown[k]));
            double width = date.length() * 4.6;
            double at = k == 0 ? x(shown[k]) : k == shown.length - 1 ? x(shown[k]) - width : x(shown[k]) - width / 2;
            g.fillText(date, at, HEIGHT - 4);
        }
    }

    /** The day a run started, as its recorded time says; its position when it records none. */
    private static String date(SeriesPoint p) {
        String started = p.run().value(dev.benchlens.format.Fact.STARTED);
        return started == null ? "?" : started.substring(0, Math.min(10, started.length()));
    }

    /** The mean level of each segment between change points, and a red line at each change. */
    private void drawLevels(GraphicsContext g) {
        List<SeriesPoint> points = series.points();
        int from = 0;
        List<Change> changes = series.changes();
        for (int c = 0; c <= changes.size(); c++) {
            int to = c < changes.size() ? changes.get(c).index() : points.size();
            double logSum = 0;
            for (int i = from; i < to; i++) {
                logSum += Math.log(points.get(i).value());
            }
            double level = Math.exp(logSum / (to - from));
            g.setStroke(LEVEL);
            g.setLineDashes();
            g.strokeLine(x(from), y(level), x(to - 1), y(level));
            if (c < changes.size()) {
                Change change = changes.get(c);
                double at = (x(to - 1) + x(to)) / 2;
                int end = c + 1 < changes.size() ? changes.get(c + 1).index() : points.size();
                if (change.interval() != null) {
                    double top = y(level * change.interval().high());
                    double bottom = y(level * change.interval().low());
                    g.setFill(BAND);
                    g.fillRect(at, Math.min(top, bottom), x(end - 1) - at, Math.abs(bottom - top));
                }
                g.setStroke(change.environmental() ? ENVIRONMENT : CHANGE);
                g.setLineDashes(4, 3);
                g.strokeLine(at, TOP, at, HEIGHT - BOTTOM);
                g.setLineDashes();
            }
            from = to;
        }
    }

    private int nearest(MouseEvent e) {
        int n = series.points().size();
        if (n == 0) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(x(i) - e.getX()) < Math.abs(x(best) - e.getX())) {
                best = i;
            }
        }
        return best;
    }

    private String describe(SeriesPoint p) {
        String value = series.reference() == null
                ? NumberText.time(p.seconds()) + " per operation"
                : NumberText.times(p.value()) + " over " + series.reference();
        String started = p.run().value(dev.benchlens.format.Fact.STARTED);
        return UntrustedText.shown(p.run().name()) + (started == null ? "" : "\nstarted " + started) + "\n" + value
                + (p.ci95() == null ? "" : " " + NumberText.interval(p.ci95()))
                + "\nclick: compare with the run before";
    }
}
