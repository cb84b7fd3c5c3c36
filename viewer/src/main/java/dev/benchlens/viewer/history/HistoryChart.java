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
 * One series as a chart as wide as the tab: each run's value with its interval, oldest left, the unit on the value axis (a
 * speedup's axis starts at 0) and the first, middle and last runs' dates on the time axis; each change point a red
 * line (orange when the recorded environment changed there) with the level before and after it and the after-level's
 * interval shaded; the run under the mouse named in a tooltip; a click opens that run.
 */
final class HistoryChart extends Region {

    /** Narrow enough for a laptop's window beside the run list, wide enough for a dozen dates. */
    static final double MIN_WIDTH = 420;

    static final double HEIGHT = 210;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 24;
    private static final double BOTTOM = 28;
    /** The value axis's labelled levels, and the room each date wants under the time axis. */
    private static final int VALUE_TICKS = 5;

    private static final double DATE_SPACING = 110;
    private static final Font LABELS = Font.font(12);
    /** A blue that reads on the light and the dark window alike: the chart is drawn on the window's own background. */
    private static final Color POINT = Color.web("#3b82d6");

    private static final Color FRAME = Color.gray(0.5, 0.8);
    private static final Color GRID = Color.gray(0.5, 0.3);
    private static final Color CHANGE = Color.web("#c0392b");
    private static final Color LEVEL = Color.web("#7f8c8d");
    private static final Color ENVIRONMENT = Color.web("#e67e22");
    private static final Color BAND = Color.web("#c0392b", 0.15);

    private final Series series;
    private final Canvas canvas = new Canvas(MIN_WIDTH, HEIGHT);
    private final Tooltip tooltip = new Tooltip();
    private double low;
    private double high;

    HistoryChart(Series series, IntConsumer onClick) {
        this.series = series;
        getChildren().add(canvas);
        setPrefSize(MIN_WIDTH, HEIGHT);
        setMinSize(MIN_WIDTH, HEIGHT);
        setMaxWidth(Double.MAX_VALUE);
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

    /** The canvas takes the width the tab gives the chart, and is drawn again at it. */
    @Override
    protected void layoutChildren() {
        double width = Math.max(MIN_WIDTH, snapSizeX(getWidth()));
        if (width != canvas.getWidth()) {
            canvas.setWidth(width);
            draw();
        }
    }

    private double width() {
        return canvas.getWidth();
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
        return n == 1 ? LEFT + (width() - LEFT - RIGHT) / 2 : LEFT + index * (width() - LEFT - RIGHT) / (n - 1);
    }

    private double y(double value) {
        return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = width();
        g.clearRect(0, 0, width, HEIGHT);
        g.setFont(LABELS);
        for (int t = 0; t < VALUE_TICKS; t++) {
            double value = low + (high - low) * t / (VALUE_TICKS - 1);
            g.setStroke(t == 0 || t == VALUE_TICKS - 1 ? FRAME : GRID);
            g.strokeLine(LEFT, y(value), width - RIGHT, y(value));
            g.setFill(Color.GRAY);
            String label = NumberText.sig3(value);
            g.fillText(label, LEFT - 6 - label.length() * 6.6, y(value) + 4);
        }
        g.setStroke(FRAME);
        g.strokeRect(LEFT, TOP, width - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.fillText(
                series.reference() == null ? "operations per second" : "speedup over " + series.reference() + " (x)",
                LEFT,
                TOP - 8);
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
            g.fillOval(x(i) - 3, y(p.value()) - 3, 6, 6);
        }
    }

    /** Dates under the time axis, as many as fit a date's width apart, the first and last runs' always. */
    private void drawDates(GraphicsContext g) {
        List<SeriesPoint> points = series.points();
        int n = points.size();
        int slots = Math.max(1, (int) ((width() - LEFT - RIGHT) / DATE_SPACING));
        int step = Math.max(1, (int) Math.ceil((n - 1) / (double) slots));
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i += step) {
            previousEnd = drawDate(g, points, i, previousEnd);
        }
        if ((n - 1) % step != 0) {
            drawDate(g, points, n - 1, previousEnd);
        }
    }

    /** Draws run {@code i}'s date centred under it (kept inside the chart) if it clears the one before. */
    private double drawDate(GraphicsContext g, List<SeriesPoint> points, int i, double previousEnd) {
        String date = date(points.get(i));
        double width = date.length() * 6.8;
        double at = Math.clamp(x(i) - width / 2, LEFT, width() - RIGHT - width);
        if (at < previousEnd + 8) {
            return previousEnd;
        }
        g.setStroke(FRAME);
        g.strokeLine(x(i), HEIGHT - BOTTOM, x(i), HEIGHT - BOTTOM + 4);
        g.fillText(date, at, HEIGHT - 8);
        return at + width;
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
        return UntrustedText.shown(p.run().name()) + "\n" + value
                + (p.ci95() == null ? "" : " " + NumberText.interval(p.ci95()))
                + "\nclick: compare with the run before";
    }
}
