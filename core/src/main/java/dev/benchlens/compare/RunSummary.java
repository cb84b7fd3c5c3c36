package dev.benchlens.compare;

import dev.benchlens.format.RunIdentity;
import dev.benchlens.format.RunMetadata;
import java.util.List;

/** One run summarised by case, rows in the run's order, for the {@code report} command and the viewer. */
public record RunSummary(RunIdentity identity, RunMetadata metadata, List<SummaryRow> rows, List<Warning> warnings) {

    public RunSummary {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
