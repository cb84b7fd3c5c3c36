package dev.benchlens.report;

import dev.benchlens.stats.Comparison;
import dev.benchlens.stats.RunSummary;

/** Renders comparisons and run summaries as text in one output format; a thin view, it computes nothing. */
public interface ResultFormat {

    String comparison(Comparison comparison);

    String runSummary(RunSummary summary);
}
