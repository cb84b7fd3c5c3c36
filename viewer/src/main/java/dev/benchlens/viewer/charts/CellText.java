package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.report.NumberText;
import dev.benchlens.report.RowText;

/** What the matrix says about the cell under the mouse: its case, candidate, ratio, change, verdict and times. */
final class CellText {

    private CellText() {}

    /** The line for {@code row}, or a blank for none. */
    static String of(ComparisonRow row, ChartInput input) {
        String text = row == null
                ? " "
                : row.key() + " in " + input.candidateName(row) + ": ratio "
                        + NumberText.times(row.ratio().value()) + " "
                        + NumberText.interval(row.ratio().ci95()) + " ("
                        + row.ratio().basis().label() + "), change " + RowText.change(row) + ", " + RowText.verdict(row)
                        + (row.significance().tested()
                                ? ""
                                : ": " + row.significance().reason()) + "; times "
                        + NumberText.time(row.baseline().seconds()) + " → "
                        + NumberText.time(row.candidate().seconds());
        return text;
    }
}
