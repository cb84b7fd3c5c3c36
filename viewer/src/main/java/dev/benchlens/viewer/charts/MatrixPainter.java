package dev.benchlens.viewer.charts;

import static dev.benchlens.viewer.charts.MatrixGeometry.KEY_LINE;
import static dev.benchlens.viewer.charts.MatrixGeometry.PAD;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.report.NumberText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints one layout of the matrix: the line names and shape headers, a cell per row coloured by its ratio (its
 * interval when there is room, a folded corner when untested, a frame when marked), and the key below.
 */
final class MatrixPainter {

    private final MatrixLayout layout;
    private final MatrixColours palette;
    private final ComparisonRow marked;

    MatrixPainter(MatrixLayout layout, MatrixColours palette, ComparisonRow marked) {
        this.layout = layout;
        this.palette = palette;
        this.marked = marked;
    }

    void paint(GraphicsContext g, MatrixGeometry at) {
        g.setFill(palette.page());
        g.fillRect(0, 0, at.width(), at.height());
        double bound = colourBound();
        paintHeaders(g, at, palette);
        Font cellFont = Font.font(Math.max(8, Math.min(12, at.cellHeight() * 0.5)));
        boolean roomForText = at.cellWidth() >= 30 && at.cellHeight() >= 12;
        boolean roomForInterval = roomForText && at.cellHeight() >= 30 && at.cellWidth() >= 70;
        for (int line = 0; line < layout.lines().size(); line++) {
            for (int column = 0; column < layout.columns(); column++) {
                paintCell(g, at, line, column, bound, cellFont, roomForText, roomForInterval, palette);
            }
        }
        paintKey(g, at, bound, palette);
    }

    private void paintHeaders(GraphicsContext g, MatrixGeometry at, MatrixColours palette) {
        g.setFill(palette.text());
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        for (int line = 0; line < layout.lines().size(); line++) {
            g.fillText(layout.lines().get(line), at.left() - 6, at.y(line) + at.cellHeight() / 2, at.left() - PAD);
        }
        g.setTextAlign(TextAlignment.CENTER);
        int runs = Math.max(1, layout.candidates().size());
        for (int s = 0; s < layout.shapes().size(); s++) {
            double x = at.x(s * runs);
            double span = at.cellWidth() * runs;
            g.setFont(Font.font(null, FontWeight.BOLD, 11));
            g.fillText(layout.shapes().get(s).toString(), x + span / 2, PAD + 8, span);
            g.setStroke(palette.rule());
            g.strokeLine(x + 2, PAD + 17, x + span - 2, PAD + 17);
            g.setFont(Font.font(10));
            for (int r = 0; r < runs && runs > 1; r++) {
                g.fillText(String.valueOf(r + 1), at.x(s * runs + r) + at.cellWidth() / 2, PAD + 26);
            }
        }
    }

    private void paintCell(
            GraphicsContext g,
            MatrixGeometry at,
            int line,
            int column,
            double bound,
            Font font,
            boolean roomForText,
            boolean roomForInterval,
            MatrixColours palette) {
        double x = at.x(column);
        double y = at.y(line);
        ComparisonRow row = layout.cell(line, column);
        Color fill = row == null ? palette.missing() : palette.of(row.ratio().value(), bound);
        g.setFill(fill);
        g.fillRect(x, y, at.cellWidth(), at.cellHeight());
        g.setStroke(palette.page());
        g.setLineWidth(1);
        g.strokeRect(x, y, at.cellWidth(), at.cellHeight());
        if (row == null) {
            return;
        }
        boolean untested = !row.significance().tested();
        if (untested) {
            // A folded corner marks an untested cell even where there is no room for its '?'.
            double corner = Math.min(8, Math.min(at.cellWidth(), at.cellHeight()) / 3);
            g.setFill(palette.corner());
            g.fillPolygon(
                    new double[] {x + at.cellWidth() - corner, x + at.cellWidth(), x + at.cellWidth()},
                    new double[] {y, y, y + corner},
                    3);
        }
        if (roomForText) {
            g.setFill(fill.getBrightness() < 0.6 ? Color.WHITE : Color.BLACK);
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String ratio = NumberText.times(row.ratio().value()) + (untested ? "?" : "");
            double middle = y + at.cellHeight() / 2;
            if (roomForInterval && row.ratio().ci95() != null) {
                g.fillText(ratio, x + at.cellWidth() / 2, middle - 7, at.cellWidth() - 4);
                g.setFont(Font.font(9));
                g.fillText(
                        NumberText.interval(row.ratio().ci95()),
                        x + at.cellWidth() / 2,
                        middle + 8,
                        at.cellWidth() - 4);
            } else {
                g.fillText(ratio, x + at.cellWidth() / 2, middle, at.cellWidth() - 4);
            }
        }
        if (row == marked) {
            g.setStroke(MatrixColours.SELECTED);
            g.setLineWidth(3);
            g.strokeRect(x + 1.5, y + 1.5, at.cellWidth() - 3, at.cellHeight() - 3);
        }
    }

    /** The candidates by number, and the colour scale from worse to better. */
    private void paintKey(GraphicsContext g, MatrixGeometry at, double bound, MatrixColours palette) {
        double y = at.top() + at.cellHeight() * layout.lines().size() + PAD + KEY_LINE / 2;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(10));
        double half = (at.width() - 2 * PAD) / 2;
        for (int i = 0; i < layout.candidates().size(); i++) {
            g.setFill(palette.text());
            int keyRow = i / 2;
            g.fillText(
                    (i + 1) + "  " + layout.candidates().get(i), PAD + (i % 2) * half, y + keyRow * KEY_LINE, half - 8);
        }
        int keyRows = (layout.candidates().size() + 1) / 2;
        double scaleY = y + keyRows * KEY_LINE;
        double scaleWidth = Math.min(260, at.width() / 3);
        double scaleX = PAD;
        for (int i = 0; i < 60; i++) {
            double t = i / 59.0 * 2 - 1;
            g.setFill(palette.of(Math.exp(t * Math.log(bound)), bound));
            g.fillRect(scaleX + i * scaleWidth / 60, scaleY - 5, scaleWidth / 60 + 1, 10);
        }
        g.setFill(palette.text());
        g.fillText(
                NumberText.times(1 / bound) + " worse … 1x … " + NumberText.times(bound) + " better than the baseline"
                        + (layout.referenceHidden() ? "; reference hidden" : "") + "; ◥ untested"
                        + (layout.linesLeftOut() > 0
                                ? "; " + layout.linesLeftOut() + " more lines: filter to see them"
                                : ""),
                scaleX + scaleWidth + 8,
                scaleY,
                at.width() - scaleWidth - 3 * PAD);
    }

    /** The largest ratio (or its inverse) the colours span: at least 2x, at most 100x either way. */
    private double colourBound() {
        double bound = 2;
        for (ComparisonRow row : layout.cells().values()) {
            double r = row.ratio().value();
            if (r > 0 && Double.isFinite(r)) {
                bound = Math.max(bound, Math.max(r, 1 / r));
            }
        }
        return Math.min(bound, 100);
    }
}
