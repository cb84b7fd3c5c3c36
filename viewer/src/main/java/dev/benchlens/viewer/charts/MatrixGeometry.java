package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The matrix's place on a canvas of a given size: the width of the line names, the cell size, where the key goes.
 *
 * @param left       where the first column starts
 * @param top        where the first line starts
 * @param cellWidth  a cell's width
 * @param cellHeight a cell's height
 * @param width      the canvas's width
 * @param height     the canvas's height
 */
record MatrixGeometry(double left, double top, double cellWidth, double cellHeight, double width, double height) {

    static final double PAD = 6;
    static final double HEADER = 34;
    static final double KEY_LINE = 15;
    /** The height a line's name takes at the names' 11-pixel font, with its descenders. */
    static final double NAME_HEIGHT = 12;

    /** Where everything of {@code layout} goes in a canvas of this size. */
    static MatrixGeometry of(MatrixLayout layout, double width, double height) {
        Font font = Font.font(11);
        double names = 0;
        for (String line : layout.lines()) {
            names = Math.max(names, textWidth(line, font));
        }
        double left = PAD + Math.min(names + 8, width * 0.4);
        int keyLines = (layout.candidates().size() + 1) / 2 + 1;
        double bottom = keyLines * KEY_LINE + PAD;
        double cellWidth = Math.max(4, (width - left - PAD) / Math.max(1, layout.columns()));
        double cellHeight = Math.max(
                4, (height - HEADER - PAD - bottom) / Math.max(1, layout.lines().size()));
        return new MatrixGeometry(left, PAD + HEADER, cellWidth, cellHeight, width, height);
    }

    /** Whether each line has the height of its name, so that no two names overlap. */
    boolean readable() {
        return cellHeight >= NAME_HEIGHT && ChartRoom.fits(width, height);
    }

    double x(int column) {
        return left + column * cellWidth;
    }

    double y(int line) {
        return top + line * cellHeight;
    }

    /** The row of the cell under a point, or {@code null}. */
    ComparisonRow cellAt(MatrixLayout layout, double x, double y) {
        int column = (int) Math.floor((x - left) / cellWidth);
        int line = (int) Math.floor((y - top) / cellHeight);
        if (x < left
                || y < top
                || column >= layout.columns()
                || line >= layout.lines().size()) {
            return null;
        }
        return layout.cell(line, column);
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
