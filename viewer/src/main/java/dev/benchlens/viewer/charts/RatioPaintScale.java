package dev.benchlens.viewer.charts;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * Colours a ratio on a log scale: red below 1 (the candidate got worse), white at 1, green deepening up to
 * the largest ratio shown.
 */
final class RatioPaintScale implements PaintScale {

    private static final Color WORSE = new Color(0xb3261e);
    private static final Color SAME = Color.WHITE;
    private static final Color BETTER = new Color(0x1b7f3b);

    private final double lower;
    private final double upper;

    /** @param lower the smallest ratio shown (at most 1), @param upper the largest (at least 1) */
    RatioPaintScale(double lower, double upper) {
        this.lower = Math.min(lower, 0.5);
        this.upper = Math.max(upper, 2);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double ratio) {
        if (!(ratio > 0)) {
            return Color.LIGHT_GRAY;
        }
        double log = Math.log(ratio);
        if (log >= 0) {
            return mix(SAME, BETTER, Math.min(1, log / Math.log(upper)));
        }
        return mix(SAME, WORSE, Math.min(1, log / Math.log(lower)));
    }

    private static Color mix(Color from, Color to, double t) {
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }
}
