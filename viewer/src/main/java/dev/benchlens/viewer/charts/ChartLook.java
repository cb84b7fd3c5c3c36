package dev.benchlens.viewer.charts;

import dev.benchlens.viewer.prefs.Theme;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The colours a JFreeChart is painted in, in one look: the page around the plot, the plot area, text, grid lines,
 * the stripes behind every other case and the axis lines. The series keep their colours in both looks; labels
 * drawn in a series' colour are made darker on the light page and lighter on the dark one.
 */
record ChartLook(Color page, Color plot, Color text, Color grid, Color stripe, Color axis) {

    static final ChartLook LIGHT =
            new ChartLook(Color.WHITE, Color.WHITE, Color.BLACK, new Color(0xdddddd), new Color(0xf6f7f8), Color.GRAY);
    /** The dark window's own colours (explorer-dark.css), so that the chart reads as part of it. */
    static final ChartLook DARK = new ChartLook(
            new Color(0x1f2227),
            new Color(0x272a30),
            new Color(0xe6e8eb),
            new Color(0x3e434a),
            new Color(0x2c3036),
            new Color(0x80868d));

    static ChartLook of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    boolean dark() {
        return this == DARK;
    }

    /** A label in {@code series}' colour that reads on this look's plot area. */
    Color labelIn(Color series) {
        return dark() ? series.brighter() : series.darker();
    }

    /** Paints the chart's page, titles, legends, plot area and axes in this look. */
    void apply(JFreeChart chart) {
        chart.setBackgroundPaint(page);
        chart.getTitle().setPaint(text);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof TextTitle t) {
                t.setPaint(text);
            } else if (title instanceof LegendTitle legend) {
                legend.setItemPaint(text);
                legend.setBackgroundPaint(page);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(this.plot);
        plot.setOutlinePaint(axis);
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(grid);
            xy.setDomainGridlinePaint(grid);
            paint(xy.getDomainAxis());
            paint(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(grid);
            category.setDomainGridlinePaint(grid);
            paint(category.getDomainAxis());
            paint(category.getRangeAxis());
        }
    }

    private void paint(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(this.axis);
        axis.setTickMarkPaint(this.axis);
    }
}
