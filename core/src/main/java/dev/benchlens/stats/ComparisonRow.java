package dev.benchlens.stats;

import dev.benchlens.match.CaseKey;

import java.util.List;

/**
 * One key compared between the baseline and one candidate.
 *
 * @param candidateIndex      index into {@link Comparison#candidates()}
 * @param timeChangePercent   (candidate time / baseline time - 1) * 100: negative is faster
 * @param significance        whether the implementation's time changed (Mann-Whitney U or Welch's t on logs)
 */
public record ComparisonRow(
        CaseKey key,
        int candidateIndex,
        RunValues baseline,
        RunValues candidate,
        Ratio ratio,
        double timeChangePercent,
        Significance significance,
        BandVerdict band,
        List<Warning> warnings) {

    public ComparisonRow {
        warnings = List.copyOf(warnings);
    }
}
