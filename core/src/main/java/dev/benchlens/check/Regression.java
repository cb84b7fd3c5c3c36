package dev.benchlens.check;

import dev.benchlens.match.CaseKey;
import java.util.Locale;

/**
 * A matched row worse than the threshold against the baseline run, on its ratio's basis.
 *
 * @param run            the candidate's name
 * @param changePercent  how much slower, e.g. 30 for 30%
 * @param relativeTo     the reference implementation the change is relative to (both runs' speedup over it);
 *                       {@code null} when the row compares times
 * @param allowedPercent the threshold
 */
public record Regression(
        CaseKey key, String run, double changePercent, String relativeTo, double allowedPercent, Judgement judgement)
        implements Failure {

    /** E.g. {@code 2048x2048 float32 mean_axis0 [raptors] in pr: 30.0% slower relative to numpy, allowed 10.0%}. */
    public String what() {
        return String.format(
                Locale.ROOT,
                "%s in %s: %.1f%% slower%s, allowed %.1f%%",
                key,
                run,
                changePercent,
                relativeTo == null ? "" : " relative to " + relativeTo,
                allowedPercent);
    }

    @Override
    public String message() {
        return judgement.line(what());
    }
}
