package dev.benchlens.check;

import dev.benchlens.match.CaseKey;
import java.util.Locale;

/**
 * A candidate's key worse than the threshold against the newest segment of its series in a history.
 *
 * @param worsePercent   how much worse than the segment's geometric mean, e.g. 30 for 30%
 * @param segmentRuns    how many runs the newest segment holds
 * @param basis          what the series measures: {@code operations per second} or {@code speedup over numpy}
 * @param ratio          the candidate's value over the segment's geometric mean
 * @param allowedPercent the threshold
 */
public record HistoryRegression(
        CaseKey key,
        String run,
        double worsePercent,
        int segmentRuns,
        String basis,
        double ratio,
        double allowedPercent,
        Judgement judgement)
        implements Failure {

    /** E.g. {@code 512x512 float32 sum [simd] in pr: 30.0% worse than the newest 6 run(s) of its history (...)}. */
    public String what() {
        return String.format(
                Locale.ROOT,
                "%s in %s: %.1f%% worse than the newest %d run(s) of its history" + " (%s, ratio %.3g), allowed %.1f%%",
                key,
                run,
                worsePercent,
                segmentRuns,
                basis,
                ratio,
                allowedPercent);
    }

    @Override
    public String message() {
        return judgement.line(what());
    }
}
