package dev.benchlens.viewer.charts;

import dev.benchlens.report.NumberText;
import dev.benchlens.report.RowText;
import dev.benchlens.stats.Band;
import dev.benchlens.stats.ComparisonRow;
import dev.benchlens.viewer.background.BackgroundExecutor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.TreeSet;

/**
 * The candidate/baseline ratio of every row on a log axis, with its 95% interval, a line at 1 (no change) and
 * each visible implementation's expected band shaded.
 */
public final class RatioChart extends JFreeComparisonChart {

    /** Past this many rows every n-th one is drawn (the subtitle says so), keeping redraws fast. */
    static final int MAX_POINTS = 4000;
    /** Up to this many rows the x axis names each case. */
    static final int MAX_NAMED = 50;

    private static final Color[] BAND_COLOURS = {new Color(0x4c9be8), new Color(0x9b59b6), new Color(0x27ae60),
            new Color(0xe67e22)};

    public RatioChart(BackgroundExecutor executor) {
        super("ratioChart", executor);
    }

    @Override
    public String title() {
        return "Ratio per case";
    }

    @Override
    Callable<Drawing> prepare(ChartInput input) {
        return () -> new Points(input);
    }

    /** The points for one input, and which row each point stands for. */
    private static final class Points implements Drawing {
        /** Drawn rows by series and item index, to map a clicked point back to its row. */
        private final List<List<ComparisonRow>> pointRows = new ArrayList<>();
        private final List<ComparisonRow> drawn = new ArrayList<>();
        private final JFreeChart chart;

        Points(ChartInput input) {
            chart = build(input);
        }

        @Override
        public JFreeChart chart() {
            return chart;
        }

        private JFreeChart build(ChartInput input) {
            List<ComparisonRow> rows = input.rows();
            int step = Math.max(1, (rows.size() + MAX_POINTS - 1) / MAX_POINTS);
            for (int i = 0; i < rows.size(); i += step) {
                drawn.add(rows.get(i));
            }
            // One series per implementation (and candidate, when there are several), so that each gets its colour.
            boolean severalCandidates = input.comparison().candidates().size() > 1;
            Map<String, YIntervalSeries> seriesByName = new LinkedHashMap<>();
            Map<String, List<ComparisonRow>> rowsBySeries = new LinkedHashMap<>();
            for (int x = 0; x < drawn.size(); x++) {
                ComparisonRow row = drawn.get(x);
                double ratio = row.ratio().value();
                if (!(ratio > 0) || !Double.isFinite(ratio)) {
                    continue;
                }
                String name = (severalCandidates ? input.candidateName(row) + ": " : "") + row.key().implementation();
                YIntervalSeries series = seriesByName.computeIfAbsent(name, n -> new YIntervalSeries(n, false, true));
                double low = row.ratio().ci95() == null ? ratio : row.ratio().ci95().low();
                double high = row.ratio().ci95() == null ? ratio : row.ratio().ci95().high();
                series.add(x, ratio, low > 0 ? low : ratio, high > 0 ? high : ratio);
                rowsBySeries.computeIfAbsent(name, n -> new ArrayList<>()).add(row);
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            seriesByName.forEach((name, series) -> {
                data.addSeries(series);
                pointRows.add(rowsBySeries.get(name));
            });

            LogAxis ratioAxis = new LogAxis("candidate / baseline ratio (log scale)");
            ratioAxis.setSmallestValue(1e-3);
            // Base 2 with whole exponents: ticks at 0.5x, 1x, 2x, 4x ... 64x read better than powers of ten here.
            ratioAxis.setBase(2);
            ratioAxis.setAutoTickUnitSelection(false);
            ratioAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            ratioAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###'x'"));
            XYErrorRenderer renderer = new XYErrorRenderer() {
                // Untested points are drawn hollow: their ratio shows, but they never pass for a tested change.
                @Override
                public boolean getItemShapeFilled(int series, int item) {
                    return pointRows.get(series).get(item).significance().tested();
                }
            };
            renderer.setDrawOutlines(true);
            renderer.setUseOutlinePaint(false);
            renderer.setDrawXError(false);
            renderer.setDefaultLinesVisible(false);
            renderer.setDefaultShapesVisible(true);
            renderer.setErrorPaint(Color.GRAY);
            renderer.setDefaultShape(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            renderer.setAutoPopulateSeriesShape(false);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            }
            renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
                ComparisonRow row = pointRows.get(series).get(item);
                return row.key() + " — " + input.candidateName(row) + ": ratio " + NumberText.times(row.ratio().value())
                        + " " + NumberText.interval(row.ratio().ci95()) + ", change " + RowText.change(row) + " ("
                        + RowText.verdict(row) + ") " + row.band().label();
            });
            XYPlot plot = new XYPlot(data, xAxis(), ratioAxis, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xdddddd));
            plot.setDomainGridlinesVisible(false);
            ValueMarker one = new ValueMarker(1, Color.BLACK, new BasicStroke(1.2f));
            one.setLabel("1x: no change");
            one.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            one.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(one, Layer.FOREGROUND);
            addBands(plot, input, rows);
            JFreeChart chart = new JFreeChart("Candidate / baseline ratio per case: " + candidateNames(input) + " / "
                    + input.baselineName(), TITLE_FONT, plot, true);
            chart.addSubtitle(new TextTitle(step > 1
                    ? "every " + step + "th of " + rows.size() + " rows drawn; filter to see each one"
                    : "points: ratio (hollow: untested); whiskers: its 95% interval; shaded: expected band"));
            return chart;
        }

        private static String candidateNames(ChartInput input) {
            return String.join(", ", input.comparison().candidates());
        }

        private ValueAxis xAxis() {
            if (drawn.size() > MAX_NAMED) {
                NumberAxis axis = new NumberAxis("row (table order)");
                axis.setAutoRangeIncludesZero(false);
                return axis;
            }
            String[] names = drawn.stream().map(r -> r.key().caseLabel() + " " + r.key().operation() + " ["
                    + r.key().implementation() + "]").toArray(String[]::new);
            SymbolAxis axis = new SymbolAxis(null, names);
            axis.setVerticalTickLabels(true);
            axis.setGridBandsVisible(false);
            return axis;
        }

        private static void addBands(XYPlot plot, ChartInput input, List<ComparisonRow> rows) {
            if (input.comparison() == null || input.comparison().bands() == null) {
                return;
            }
            Set<String> implementations = new TreeSet<>();
            rows.forEach(r -> implementations.add(r.key().implementation()));
            int colour = 0;
            for (var entry : input.comparison().bands().byImplementation().entrySet()) {
                if (!implementations.contains(entry.getKey())) {
                    continue;
                }
                Band band = entry.getValue();
                Color c = BAND_COLOURS[colour++ % BAND_COLOURS.length];
                IntervalMarker marker = new IntervalMarker(band.low(), band.high(),
                        new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
                java.text.DecimalFormat plain = new java.text.DecimalFormat("0.##");
                marker.setLabel(entry.getKey() + " expected " + plain.format(band.low()) + "–" + plain.format(band.high())
                        + "x");
                marker.setLabelPaint(c.darker());
                // Alternate corners so that overlapping bands do not print their labels on top of each other.
                boolean top = colour % 2 == 1;
                marker.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
                marker.setLabelTextAnchor(top ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(marker, Layer.BACKGROUND);
            }
        }

        @Override
        public ComparisonRow rowOf(ChartEntity entity) {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() < pointRows.size()) {
                List<ComparisonRow> rows = pointRows.get(item.getSeriesIndex());
                return item.getItem() < rows.size() ? rows.get(item.getItem()) : null;
            }
            return null;
        }

        @Override
        public void mark(ComparisonRow row) {
            XYPlot plot = chart.getXYPlot();
            plot.clearDomainMarkers();
            int x = row == null ? -1 : drawn.indexOf(row);
            if (x >= 0) {
                plot.addDomainMarker(new ValueMarker(x, SELECTED, new BasicStroke(2f)), Layer.BACKGROUND);
            }
        }
    }
}
