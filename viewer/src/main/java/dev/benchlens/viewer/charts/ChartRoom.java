package dev.benchlens.viewer.charts;

/**
 * The least room a chart is drawn in. Below it the case names overlap or are left out and the points crowd into a
 * strip, which reads as a different story; the chart says it is too small instead.
 */
final class ChartRoom {

    /** Room for the title, the legend, an axis and a dozen case names at their font's size. */
    static final double MIN_WIDTH = 360;

    static final double MIN_HEIGHT = 220;
    static final String TOO_SMALL_TEXT = "Too small to draw this chart: make the window larger or drag the divider.";

    private ChartRoom() {}

    /** Whether a chart fits in {@code width} x {@code height}; a pane not yet laid out (0 x 0) is given the benefit. */
    static boolean fits(double width, double height) {
        boolean laidOut = width > 0 || height > 0;
        return !laidOut || (width >= MIN_WIDTH && height >= MIN_HEIGHT);
    }
}
