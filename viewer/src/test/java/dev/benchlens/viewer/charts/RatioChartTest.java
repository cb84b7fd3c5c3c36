package dev.benchlens.viewer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ExpectedBands;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class RatioChartTest {

    @Test
    void namesEveryOneOfItsCasesInTheRoomA1280x720WindowGivesIt() {
        Comparison c = RunComparator.compare(
                SyntheticRuns.docker(), List.of(SyntheticRuns.nativeArm()), CompareOptions.defaults());
        JFreeChart chart = RatioChart.chartOf(new ChartInput(c, c.rows()), ChartLook.LIGHT);

        // The chart's size beside the table in a 1280x720 window: about 10 pixels a case.
        List<String> names = caseNames(chart, 610, 330);

        assertThat(names).hasSize(RatioChart.MAX_CASES).doesNotContain("");
    }

    @Test
    void inTheDarkLookNeitherThePageNorThePlotAreaIsWhite() {
        Comparison c = RunComparator.compare(
                SyntheticRuns.docker(), List.of(SyntheticRuns.nativeArm()), CompareOptions.defaults());
        ChartInput input = new ChartInput(c, c.rows());

        assertThat(whiteShare(RatioChart.chartOf(input, ChartLook.LIGHT))).isGreaterThan(0.5);
        assertThat(whiteShare(RatioChart.chartOf(input, ChartLook.DARK))).isLessThan(0.01);
    }

    @Test
    void theBandsAreNamedInTheKeyAndNothingIsWrittenOverThePoints() {
        Comparison c = RunComparator.compare(
                SyntheticRuns.docker(),
                List.of(SyntheticRuns.nativeArm()),
                CompareOptions.defaults().withBands(ExpectedBands.parse("simd=2..4,auto=1.5..3")));
        JFreeChart chart = RatioChart.chartOf(new ChartInput(c, c.rows()), ChartLook.LIGHT);

        List<String> keyed = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                LegendItemCollection items = legend.getSources()[0].getLegendItems();
                for (int j = 0; j < items.getItemCount(); j++) {
                    keyed.add(items.get(j).getLabel());
                }
            }
        }
        assertThat(keyed).contains("1x: no change", "simd (force) expected 2–4x", "auto expected 1.5–3x");
        List<?> shaded = List.copyOf(chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND));
        List<?> lines = List.copyOf(chart.getXYPlot().getRangeMarkers(Layer.FOREGROUND));
        assertThat(shaded).hasSize(2);
        assertThat(lines).hasSize(1);
        assertThat(Stream.concat(shaded.stream(), lines.stream()))
                .allMatch(marker -> ((Marker) marker).getLabel() == null);
    }

    /** The share of a 610x330 picture of the chart that is white. */
    private static double whiteShare(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(610, 330);
        long white = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) {
                    white++;
                }
            }
        }
        return (double) white / (image.getWidth() * image.getHeight());
    }

    private static List<String> caseNames(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
            Rectangle2D dataArea = info.getPlotInfo().getDataArea();
            assertThat(dataArea.getHeight() / RatioChart.MAX_CASES).isLessThan(10.5);
            ValueAxis cases = chart.getXYPlot().getDomainAxis();
            List<?> ticks = cases.refreshTicks(g, new AxisState(), dataArea, RectangleEdge.LEFT);
            return ticks.stream().map(tick -> ((Tick) tick).getText()).toList();
        } finally {
            g.dispose();
        }
    }
}
