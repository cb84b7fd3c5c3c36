package dev.benchlens.compare;

import dev.benchlens.match.CaseKey;
import java.util.List;

/** One measurement of a run summary: its key, its values and any warnings about it. */
public record SummaryRow(CaseKey key, RunValues values, List<Warning> warnings) {

    public SummaryRow {
        warnings = List.copyOf(warnings);
    }
}
