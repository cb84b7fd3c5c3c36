package dev.benchlens.report;

import dev.benchlens.escape.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Keeps a table's lines within {@link UntrustedText#MAX_LINE_CHARS} characters by cutting its longest cells with
 * "…": names chosen by whoever made a file can be hundreds of characters long, and a table row holds several of
 * them beside the figures that matter. Figures are short, so the cut falls on the names.
 */
final class TableFit {

    /** No cell is cut shorter than this, so that a cut name still says what it was. */
    static final int MIN_CELL_CHARS = 12;

    private TableFit() {}

    /**
     * An aligned table's rows (header first), each column at most as wide as lets every line fit, where a line is
     * its columns' widths plus {@code separatorChars} between each two.
     */
    static List<List<String>> aligned(List<List<String>> rows, int separatorChars) {
        if (rows.isEmpty()) {
            return rows;
        }
        int columns = rows.getFirst().size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int col = 0; col < columns; col++) {
                widths[col] = Math.max(widths[col], row.get(col).length());
            }
        }
        int excess = total(widths) + separatorChars * (columns - 1) - UntrustedText.MAX_LINE_CHARS;
        while (excess > 0) {
            int widest = widest(widths);
            if (widths[widest] <= MIN_CELL_CHARS) {
                break;
            }
            int cut = Math.min(excess, widths[widest] - MIN_CELL_CHARS);
            widths[widest] -= cut;
            excess -= cut;
        }
        List<List<String>> fitted = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(columns);
            for (int col = 0; col < columns; col++) {
                cells.add(UntrustedText.cut(row.get(col), widths[col]));
            }
            fitted.add(cells);
        }
        return fitted;
    }

    /**
     * One row whose written form ({@code lineLength}, e.g. a Markdown table row after escaping) fits: its longest
     * cell is cut until the line fits or every cell is down to {@value #MIN_CELL_CHARS} characters.
     */
    static List<String> row(List<String> cells, ToIntFunction<List<String>> lineLength) {
        List<String> fitted = new ArrayList<>(cells);
        int excess = lineLength.applyAsInt(fitted) - UntrustedText.MAX_LINE_CHARS;
        while (excess > 0) {
            int longest = 0;
            for (int col = 1; col < fitted.size(); col++) {
                if (fitted.get(col).length() > fitted.get(longest).length()) {
                    longest = col;
                }
            }
            String cell = fitted.get(longest);
            if (cell.length() <= MIN_CELL_CHARS) {
                break;
            }
            fitted.set(longest, UntrustedText.cut(cell, Math.max(MIN_CELL_CHARS, cell.length() - excess)));
            excess = lineLength.applyAsInt(fitted) - UntrustedText.MAX_LINE_CHARS;
        }
        return fitted;
    }

    private static int total(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private static int widest(int[] widths) {
        int widest = 0;
        for (int col = 1; col < widths.length; col++) {
            if (widths[col] > widths[widest]) {
                widest = col;
            }
        }
        return widest;
    }
}
