package dev.benchlens.viewer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class RatioChartTest {

    @Test
    void namesEveryOneOfItsCasesInTheRoomA1280x720WindowGivesIt() {
        Comparison c = RunComparator.compare(
                SyntheticRuns.docker(), List.of(SyntheticRuns.nativeArm()), CompareOptions.defaults());
        JFreeChart chart = RatioChart.chartOf(new ChartInput(c, c.rows()));

        // The chart's size beside the table in a 1280x720 window: about 10 pixels a case.
        List<String> names = caseNames(chart, 610, 330);

        assertThat(names).hasSize(RatioChart.MAX_CASES).doesNotContain("");
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
