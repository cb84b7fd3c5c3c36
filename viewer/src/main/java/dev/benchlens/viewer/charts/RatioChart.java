package dev.benchlens.viewer.charts;

import dev.benchlens.compare.Band;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.match.CaseKey;
import dev.benchlens.report.NumberText;
import dev.benchlens.report.RowText;
import dev.benchlens.viewer.background.BackgroundExecutor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The candidate/baseline ratio of each case on a log axis, the cases named down the side in the comparison's
 * order, one point per candidate run with its 95% interval, a line at 1 (no change) and the expected bands shaded.
 */
public final class RatioChart extends JFreeComparisonChart {

    /** Past this many cases the names no longer fit; the first ones are drawn and the subtitle says so. */
    static final int MAX_CASES = 24;

    private static final Color[] BAND_COLOURS = {
        new Color(0x4c9be8), new Color(0x9b59b6), new Color(0x27ae60), new Color(0xe67e22)
    };

    public RatioChart(ChartsModel model, BackgroundExecutor executor) {
        super(ChartKind.RATIO_PER_CASE, "ratioChart", model, executor);
    }

    @Override
    Callable<Drawing> prepare(ChartInput input, ChartLook look) {
        return () -> new Points(input, look);
    }

    /** The chart for an input in a look, as {@link #prepare} builds it; for tests, which have no window. */
    static JFreeChart chartOf(ChartInput input, ChartLook look) {
        JFreeChart chart = new Points(input, look).chart();
        look.apply(chart);
        return chart;
    }

    /** The points for one input, and which row each point stands for. */
    private static final class Points implements Drawing {
        /** Drawn rows by series and item index, to map a clicked point back to its row. */
        private final List<List<ComparisonRow>> pointRows = new ArrayList<>();

        private final Map<CaseKey, Integer> caseIndex = new LinkedHashMap<>();
        private final JFreeChart chart;

        Points(ChartInput input, ChartLook look) {
            chart = build(input, look);
        }

        @Override
        public JFreeChart chart() {
            return chart;
        }

        private JFreeChart build(ChartInput input, ChartLook look) {
            List<ComparisonRow> rows = input.rows();
            for (ComparisonRow row : rows) {
                if (caseIndex.size() < MAX_CASES || caseIndex.containsKey(row.key())) {
                    caseIndex.putIfAbsent(row.key(), caseIndex.size());
                }
            }
            // One series per candidate, each a little off its case's line so that the runs do not hide each other.
            List<String> candidates = input.comparison().candidates();
            List<YIntervalSeries> series = new ArrayList<>();
            for (String candidate : candidates) {
                series.add(new YIntervalSeries(candidate, false, true));
                pointRows.add(new ArrayList<>());
            }
            double dodge = candidates.size() > 1 ? Math.min(0.6 / (candidates.size() - 1), 0.2) : 0;
            Map<String, Band> bands = new TreeMap<>();
            for (ComparisonRow row : rows) {
                Integer y = caseIndex.get(row.key());
                double ratio = row.ratio().value();
                if (y == null || !(ratio > 0) || !Double.isFinite(ratio)) {
                    continue;
                }
                double offset = (row.candidateIndex() - (candidates.size() - 1) / 2.0) * dodge;
                double low =
                        row.ratio().ci95() == null ? ratio : row.ratio().ci95().low();
                double high =
                        row.ratio().ci95() == null ? ratio : row.ratio().ci95().high();
                series.get(row.candidateIndex()).add(y + offset, ratio, low > 0 ? low : ratio, high > 0 ? high : ratio);
                pointRows.get(row.candidateIndex()).add(row);
                Band band = input.comparison()
                        .bands()
                        .band(row.key().implementation(), row.candidate().simdMode());
                if (band != null) {
                    bands.putIfAbsent(RowText.implementation(row), band);
                }
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            series.forEach(data::addSeries);

            LogAxis ratioAxis = new LogAxis("candidate / baseline ratio (log scale)");
            ratioAxis.setSmallestValue(1e-3);
            // Base 2 with whole exponents: ticks at 0.5x, 1x, 2x, 4x ... 64x read better than powers of ten here.
            ratioAxis.setBase(2);
            ratioAxis.setAutoTickUnitSelection(false);
            ratioAxis.setTickUnit(new NumberTickUnit(1));
            ratioAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###'x'"));
            XYErrorRenderer renderer = new XYErrorRenderer() {
                // Untested points are drawn hollow: their ratio shows, but they never pass for a tested change.
                @Override
                public boolean getItemShapeFilled(int seriesIndex, int item) {
                    return pointRows.get(seriesIndex).get(item).significance().tested();
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
            renderer.setDefaultToolTipGenerator((dataset, seriesIndex, item) -> {
                ComparisonRow row = pointRows.get(seriesIndex).get(item);
                return row.key() + " — " + input.candidateName(row) + ": ratio "
                        + NumberText.times(row.ratio().value())
                        + " " + NumberText.interval(row.ratio().ci95()) + ", change " + RowText.change(row) + " ("
                        + RowText.verdict(row) + ") " + row.band().label();
            });
            XYPlot plot = new XYPlot(data, caseAxis(look), ratioAxis, renderer);
            // Cases down the side, named in horizontal text, however many runs there are.
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            plot.setDomainGridlinesVisible(false);
            plot.addRangeMarker(new ValueMarker(1, look.text(), new BasicStroke(1.2f)), Layer.FOREGROUND);
            JFreeChart chart = new JFreeChart("Ratio per case against " + input.baselineName(), TITLE_FONT, plot, true);
            long cases = rows.stream().map(ComparisonRow::key).distinct().count();
            chart.addSubtitle(new TextTitle((cases > caseIndex.size()
                            ? "first " + caseIndex.size() + " of " + cases + " cases; filter to see others"
                            : "points: ratio (hollow: untested); whiskers: its 95% interval; shaded: expected band")
                    + "; times UTC"));
            chart.addSubtitle(key(addBands(plot, bands, look), look));
            return chart;
        }

        private SymbolAxis caseAxis(ChartLook look) {
            String[] names = caseIndex.keySet().stream().map(CaseNames::of).toArray(String[]::new);
            SymbolAxis axis = new CaseAxis(names);
            axis.setGridBandsVisible(true);
            axis.setGridBandPaint(look.stripe());
            axis.setInverted(true);
            return axis;
        }

        /**
         * Shades each band and returns its entry for the key. The bands are named in the key, not on the plot, where
         * a band reaching past the axis cut its name and a name covered the points.
         */
        private static List<LegendItem> addBands(XYPlot plot, Map<String, Band> bands, ChartLook look) {
            List<LegendItem> entries = new ArrayList<>();
            java.text.DecimalFormat plain = new java.text.DecimalFormat("0.##");
            int colour = 0;
            for (var entry : bands.entrySet()) {
                Band band = entry.getValue();
                Color c = BAND_COLOURS[colour++ % BAND_COLOURS.length];
                Color shade = new Color(c.getRed(), c.getGreen(), c.getBlue(), look.dark() ? 70 : 40);
                plot.addRangeMarker(new IntervalMarker(band.low(), band.high(), shade), Layer.BACKGROUND);
                LegendItem item = new LegendItem(
                        entry.getKey() + " expected " + plain.format(band.low()) + "–" + plain.format(band.high())
                                + "x",
                        look.labelIn(c));
                item.setShape(new Rectangle2D.Double(-6, -5, 12, 10));
                entries.add(item);
            }
            return entries;
        }

        /** The line at 1x and the bands, named under the plot. */
        private static LegendTitle key(List<LegendItem> bands, ChartLook look) {
            LegendItemCollection items = new LegendItemCollection();
            LegendItem one = new LegendItem("1x: no change", look.text());
            one.setShape(new Rectangle2D.Double(-0.75, -6, 1.5, 12));
            items.add(one);
            bands.forEach(items::add);
            LegendTitle key = new LegendTitle(() -> items);
            key.setPosition(RectangleEdge.BOTTOM);
            return key;
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
            Integer y = row == null ? null : caseIndex.get(row.key());
            if (y != null) {
                IntervalMarker marker = new IntervalMarker(y - 0.45, y + 0.45, SELECTED);
                marker.setAlpha(0.3f);
                plot.addDomainMarker(marker, Layer.BACKGROUND);
            }
        }
    }

    /**
     * The cases down the side, each named while the names have at least 80% of their font's size of room (the
     * height of the letters themselves). SymbolAxis leaves out every name whose line height, with the space above
     * accents and below descenders, is taller than the room: Java2D's line height for a 10-point font is 13
     * pixels, so in the chart of a 1280x720 window, about 10 pixels a case, it named only every second case.
     */
    private static final class CaseAxis extends SymbolAxis {

        CaseAxis(String[] names) {
            super(null, names);
        }

        @Override
        @SuppressWarnings("rawtypes") // JFreeChart's signature
        protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            double room = dataArea.getHeight() / Math.max(1, getUpperBound() - getLowerBound());
            if (room < 0.8 * getTickLabelFont().getSize2D() || edge != RectangleEdge.LEFT) {
                return super.refreshTicksVertical(g2, dataArea, edge);
            }
            String[] names = getSymbols();
            List<NumberTick> ticks = new ArrayList<>();
            for (int i = Math.max(0, (int) Math.ceil(getLowerBound())); i <= getUpperBound() && i < names.length; i++) {
                ticks.add(new NumberTick(i, names[i], TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, 0));
            }
            return ticks;
        }
    }
}
