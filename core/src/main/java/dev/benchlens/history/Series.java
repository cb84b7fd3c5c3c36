package dev.benchlens.history;

import dev.benchlens.compare.RatioBasis;
import dev.benchlens.match.CaseKey;
import java.util.List;
import java.util.Objects;

/**
 * One case and implementation over the runs of one group, oldest first, with its change points.
 *
 * @param group     which runs are comparable: environment, runner, SIMD mode and kind of file, e.g.
 *                  {@code GitHub · auto · latest}
 * @param reference the implementation speedups are over; {@code null} on the time basis
 * @param changes   the change points at the history's p-value threshold, oldest first
 * @param weak      change points between that threshold and the weak one: worth a look, never an alarm
 */
public record Series(
        String group,
        CaseKey key,
        RatioBasis basis,
        String reference,
        List<SeriesPoint> points,
        List<Change> changes,
        List<Change> weak) {

    public Series {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(basis, "basis");
        points = List.copyOf(points);
        changes = List.copyOf(changes);
        weak = List.copyOf(weak);
    }

    /** The most recent change point, or {@code null} when the series has none. */
    public Change latestChange() {
        return changes.isEmpty() ? null : changes.getLast();
    }

    /** The points after the last change point: the series' current level. */
    public List<SeriesPoint> newestSegment() {
        return changes.isEmpty() ? points : points.subList(changes.getLast().index(), points.size());
    }
}
