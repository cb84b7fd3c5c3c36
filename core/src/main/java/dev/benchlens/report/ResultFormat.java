package dev.benchlens.report;

import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunSummary;

/** Renders comparisons and run summaries as text in one output format; a thin view, it computes nothing. */
public interface ResultFormat {

    String comparison(Comparison comparison);

    String runSummary(RunSummary summary);
}
