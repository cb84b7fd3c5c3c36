package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RunValues;
import dev.benchlens.match.CaseKey;
import dev.benchlens.report.NumberText;
import dev.benchlens.viewer.background.BackgroundExecutor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Grouped bars: for each case (shape, dtype, operation, implementation) one bar per run with that run's own
 * speedup over its reference implementation, and an error bar of ± the speedup times the coefficient of
 * variation of the run's time.
 */
public final class SpeedupBarsChart extends JFreeComparisonChart {

    /** Past this many cases the bars get too thin to read; the first ones in the comparison's order are drawn. */
    static final int MAX_CASES = 16;

    public SpeedupBarsChart(ChartsModel model, BackgroundExecutor executor) {
        super(ChartKind.SPEEDUP_PER_CASE, "speedupChart", model, executor);
    }

    /** A category: the case's label, ordered by its position in the table. */
    record CaseLabel(int index, String text, CaseKey key) implements Comparable<CaseLabel> {
        @Override
        public int compareTo(CaseLabel other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    String nothingInTheRows() {
        return "No speedups to draw: neither run states one. Ratio per case compares their times.";
    }

    @Override
    Callable<Drawing> prepare(ChartInput input, ChartLook look) {
        return () -> new Bars(input, look);
    }

    /** The bars for one input, and which row each bar stands for. */
    private static final class Bars implements Drawing {
        private final Map<CaseLabel, ComparisonRow> firstRowOfCase = new LinkedHashMap<>();
        private final Map<String, Integer> seriesCandidate = new LinkedHashMap<>();
        private final Map<CaseKey, Map<Integer, ComparisonRow>> rowsByKey = new LinkedHashMap<>();
        private final JFreeChart chart;

        Bars(ChartInput input, ChartLook look) {
            chart = build(input, look);
        }

        @Override
        public JFreeChart chart() {
            return chart;
        }

        private JFreeChart build(ChartInput input, ChartLook look) {
            for (ComparisonRow row : input.rows()) {
                rowsByKey.computeIfAbsent(row.key(), k -> new LinkedHashMap<>()).putIfAbsent(row.candidateIndex(), row);
            }
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            String baselineSeries = "baseline: " + input.baselineName();
            seriesCandidate.put(baselineSeries, -1);
            // Cases with no speedup on either side (the reference itself) would be empty slots.
            List<CaseKey> keys = rowsByKey.keySet().stream()
                    .filter(key -> rowsByKey.get(key).values().stream()
                            .anyMatch(r -> r.baseline().speedup() != null
                                    || r.candidate().speedup() != null))
                    .toList();
            if (keys.isEmpty()) {
                return null;
            }
            int shown = Math.min(MAX_CASES, keys.size());
            for (int i = 0; i < shown; i++) {
                CaseKey key = keys.get(i);
                CaseLabel label = new CaseLabel(i, CaseNames.of(key), key);
                Map<Integer, ComparisonRow> byCandidate = rowsByKey.get(key);
                ComparisonRow first = byCandidate.values().iterator().next();
                firstRowOfCase.put(label, first);
                add(data, first.baseline(), baselineSeries, label);
                for (ComparisonRow row : byCandidate.values()) {
                    String series = input.candidateName(row);
                    seriesCandidate.putIfAbsent(series, row.candidateIndex());
                    add(data, row.candidate(), series, label);
                }
            }

            CategoryAxis caseAxis = new CategoryAxis(null);
            caseAxis.setMaximumCategoryLabelWidthRatio(0.45f);
            NumberAxis speedupAxis = new NumberAxis("speedup over the run's reference (x)");
            StatisticalBarRenderer renderer = new StatisticalBarRenderer();
            renderer.setErrorIndicatorPaint(look.dark() ? Color.LIGHT_GRAY : Color.DARK_GRAY);
            renderer.setDrawBarOutline(false);
            renderer.setShadowVisible(false);
            renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
            renderer.setItemMargin(0.05);
            renderer.setSeriesPaint(0, BASELINE);
            for (int i = 1; i < seriesCandidate.size(); i++) {
                renderer.setSeriesPaint(i, SERIES[(i - 1) % SERIES.length]);
            }
            renderer.setDefaultToolTipGenerator((dataset, series, column) -> {
                var stat = (DefaultStatisticalCategoryDataset) dataset;
                Number mean = stat.getMeanValue(series, column);
                Number sd = stat.getStdDevValue(series, column);
                return stat.getColumnKey(column) + " — " + stat.getRowKey(series) + ": speedup "
                        + NumberText.times(mean == null ? null : mean.doubleValue())
                        + (sd == null || sd.doubleValue() == 0 ? "" : " ± " + NumberText.sig3(sd.doubleValue()));
            });
            CategoryPlot plot = new CategoryPlot(data, caseAxis, speedupAxis, renderer);
            // Bars across, cases named down the side in horizontal text: no rotated labels, however many runs.
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            JFreeChart chart = new JFreeChart("Speedup per case, one bar per run", TITLE_FONT, plot, true);
            chart.addSubtitle(new TextTitle((keys.size() > shown
                            ? "first " + shown + " of " + keys.size() + " cases; filter to see others"
                            : "error bars: ± speedup × coefficient of variation of the run's time")
                    + "; times UTC"));
            return chart;
        }

        private static void add(
                DefaultStatisticalCategoryDataset data, RunValues values, String series, CaseLabel label) {
            if (values.speedup() == null) {
                data.add((Number) null, (Number) null, series, label);
                return;
            }
            double cv = Double.isFinite(values.cv()) ? values.cv() : 0;
            data.add((Number) values.speedup(), (Number) (values.speedup() * cv), series, label);
        }

        @Override
        public ComparisonRow rowOf(ChartEntity entity) {
            if (!(entity instanceof CategoryItemEntity item) || !(item.getColumnKey() instanceof CaseLabel label)) {
                return null;
            }
            Integer candidate = seriesCandidate.get(String.valueOf(item.getRowKey()));
            Map<Integer, ComparisonRow> byCandidate = rowsByKey.get(label.key());
            if (candidate == null || byCandidate == null) {
                return null;
            }
            return candidate < 0 ? firstRowOfCase.get(label) : byCandidate.get(candidate);
        }

        @Override
        public void mark(ComparisonRow row) {
            CategoryPlot plot = chart.getCategoryPlot();
            plot.clearDomainMarkers();
            firstRowOfCase.keySet().stream()
                    .filter(label -> row != null && label.key().equals(row.key()))
                    .findFirst()
                    .ifPresent(label -> {
                        CategoryMarker marker = new CategoryMarker(label, new Color(0xf2a900), new BasicStroke(1f));
                        marker.setDrawAsLine(false);
                        marker.setAlpha(0.25f);
                        plot.addDomainMarker(marker, Layer.BACKGROUND);
                    });
        }
    }
}
