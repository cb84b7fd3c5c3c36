package dev.benchlens.report;

import dev.benchlens.check.CheckOutcome;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunSummary;

/**
 * Renders comparisons, run summaries and check outcomes as text in one output format; a thin view, it computes
 * nothing.
 */
public interface ResultFormat {

    String comparison(Comparison comparison);

    String runSummary(RunSummary summary);

    /** What {@code check} found and its verdict. */
    String check(CheckOutcome outcome);
}
