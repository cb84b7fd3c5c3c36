package dev.benchlens.history;

import java.util.Comparator;
import java.util.List;

/**
 * Every series of a set of runs with its change points, and what a reader of them should know (runs left out,
 * series too short to test).
 */
public record History(List<Series> series, int runs, List<String> warnings, ChangePointOptions options) {

    public History {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }

    /** Every change of every series, each with its series, in series order. */
    public List<Located> changes() {
        return series.stream()
                .flatMap(s -> s.changes().stream().map(c -> new Located(s, c)))
                .toList();
    }

    /** Every weak change of every series (between the p-value threshold and the weak one), in series order. */
    public List<Located> weakChanges() {
        return series.stream()
                .flatMap(s -> s.weak().stream().map(c -> new Located(s, c)))
                .toList();
    }

    /** Every change, largest first (by the size of its ratio on the log scale): where a reader starts. */
    public List<Located> changesBySize() {
        return changes().stream()
                .sorted(Comparator.comparingDouble(
                                (Located l) -> Math.abs(Math.log(l.change().ratio())))
                        .reversed())
                .toList();
    }

    /** Series with a change point first, largest latest change first; then the rest in key order. */
    public List<Series> bySizeOfLatestChange() {
        return series.stream()
                .sorted(Comparator.comparingDouble(History::latestSize).reversed())
                .toList();
    }

    private static double latestSize(Series s) {
        Change latest = s.latestChange();
        return latest == null ? -1 : Math.abs(Math.log(latest.ratio()));
    }

    /** A change with the series it belongs to. */
    public record Located(Series series, Change change) {}
}
