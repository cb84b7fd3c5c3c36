package dev.benchlens.viewer.charts;

import dev.benchlens.viewer.prefs.Theme;
import javafx.scene.paint.Color;

/**
 * The matrix's colours in one look: the page, text, rules, empty cells, the scale's neutral middle and the
 * untested corner; and the diverging scale from worse (red) through unchanged to better (green).
 */
record MatrixColours(Color page, Color text, Color rule, Color missing, Color neutral, Color corner) {

    static final Color BETTER = Color.web("#1b7f3b");
    static final Color WORSE = Color.web("#b3261e");
    static final Color SELECTED = Color.web("#f2a900");

    private static final MatrixColours LIGHT = new MatrixColours(
            Color.WHITE, Color.BLACK, Color.GRAY, Color.web("#e4e4e4"), Color.WHITE, Color.web("#555555"));
    private static final MatrixColours DARK = new MatrixColours(
            Color.web("#1f2227"),
            Color.web("#e6e8eb"),
            Color.web("#80868d"),
            Color.web("#32363c"),
            Color.web("#2a2e35"),
            Color.web("#c9ced4"));

    static MatrixColours of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /** The colour of a ratio on a log scale that reaches full colour at {@code bound} (or its inverse). */
    Color of(double ratio, double bound) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            return missing;
        }
        double t = Math.max(-1, Math.min(1, Math.log(ratio) / Math.log(bound)));
        return t >= 0 ? neutral.interpolate(BETTER, t) : neutral.interpolate(WORSE, -t);
    }
}
