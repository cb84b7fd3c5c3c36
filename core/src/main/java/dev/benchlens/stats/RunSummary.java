package dev.benchlens.stats;

import dev.benchlens.format.RunMetadata;

import java.util.List;

/** One run summarised by case, rows sorted by key, for the {@code report} command and the viewer. */
public record RunSummary(String origin, RunMetadata metadata, List<SummaryRow> rows, List<Warning> warnings) {

    public RunSummary {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
