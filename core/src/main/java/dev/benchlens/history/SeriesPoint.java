package dev.benchlens.history;

import dev.benchlens.format.Interval;
import dev.benchlens.format.RunIdentity;

/**
 * One run's value in a series: its speedup over the in-run reference, or on the time basis its operations per
 * second (1 / time), so that higher is better on both.
 *
 * @param origin      where the run was read from, as {@link dev.benchlens.format.Run#origin()}
 * @param ci95        the run's own 95% interval of {@code value}; {@code null} when its sample counts are unknown
 * @param seconds     the measured mean time per operation
 * @param environment what the run recorded about where it ran
 */
public record SeriesPoint(
        RunIdentity run, String origin, double value, Interval ci95, double seconds, RunEnvironment environment) {

    public SeriesPoint withEnvironment(RunEnvironment newEnvironment) {
        return new SeriesPoint(run, origin, value, ci95, seconds, newEnvironment);
    }
}
