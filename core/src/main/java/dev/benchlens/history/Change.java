package dev.benchlens.history;

import dev.benchlens.format.Interval;
import dev.benchlens.format.RunIdentity;

/**
 * A change point in a series: the first run after it, and the ratio of the runs after it to the runs before it up
 * to the neighbouring change points (geometric means), above 1 when the later runs did better.
 *
 * @param index    the index in the series of the first run after the change
 * @param interval the ratio's interval at the history's confidence level
 * @param p        the chance of so clear a change anywhere in a step-free series of the same length
 * @param cause    what the runs recorded as changing there, e.g. {@code environment: CPU model changed}; {@code null}
 *                 when their environment did not change, so the code (or something unrecorded) did
 */
public record Change(
        int index,
        RunIdentity firstRunAfter,
        double ratio,
        Interval interval,
        double p,
        int runsBefore,
        int runsAfter,
        String cause) {

    /** How much worse the later runs did, in percent: (1 / ratio - 1) * 100, as compare's change. */
    public double changePercent() {
        return (1 / ratio - 1) * 100;
    }

    /** Whether the recorded environment changed where the series did. */
    public boolean environmental() {
        return cause != null;
    }
}
