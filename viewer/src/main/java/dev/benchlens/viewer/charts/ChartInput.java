package dev.benchlens.viewer.charts;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import java.util.List;

/**
 * What a chart draws: the comparison (for run names and bands) and the rows the filters let through, in table
 * order.
 */
public record ChartInput(Comparison comparison, List<ComparisonRow> rows) {

    public ChartInput {
        rows = List.copyOf(rows);
    }

    public static ChartInput empty() {
        return new ChartInput(null, List.of());
    }

    public String baselineName() {
        return comparison == null ? "baseline" : comparison.baseline();
    }

    public String candidateName(ComparisonRow row) {
        return comparison.candidates().get(row.candidateIndex());
    }
}
