package dev.benchlens.viewer.charts;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import java.util.List;

/**
 * What a chart draws: the comparison (for run names and bands) and the rows the filters let through, in table
 * order; or nothing, while a comparison is still running ({@code comparing}).
 */
public record ChartInput(Comparison comparison, List<ComparisonRow> rows, boolean comparing) {

    /** What the placeholder says while a comparison is running. */
    public static final String COMPARING_TEXT = "Comparing: the charts are drawn when every row is compared.";

    /** What the placeholder says when there is nothing to draw. */
    public static final String NOTHING_TEXT = "Nothing to draw: choose runs to compare, or widen the filters.";

    public ChartInput {
        rows = List.copyOf(rows);
    }

    public ChartInput(Comparison comparison, List<ComparisonRow> rows) {
        this(comparison, rows, false);
    }

    public static ChartInput empty() {
        return new ChartInput(null, List.of());
    }

    /** Nothing to draw yet: a comparison is running. */
    public static ChartInput whileComparing() {
        return new ChartInput(null, List.of(), true);
    }

    /** What a chart with nothing to draw for this input says. */
    String placeholder() {
        return comparing ? COMPARING_TEXT : NOTHING_TEXT;
    }

    public String baselineName() {
        return comparison == null ? "baseline" : comparison.baseline();
    }

    public String candidateName(ComparisonRow row) {
        return comparison.candidates().get(row.candidateIndex());
    }
}
