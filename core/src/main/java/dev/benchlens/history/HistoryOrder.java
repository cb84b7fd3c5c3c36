package dev.benchlens.history;

import dev.benchlens.format.Run;
import dev.benchlens.identity.NaturalOrder;
import dev.benchlens.identity.RunTimes;
import java.util.Comparator;

/**
 * The order of a history's runs: by recorded time (runs without one last), equal times by the upstream's folder time
 * stamp, then by name and file in natural order, so that {@code #2} comes before {@code #10} and the order never
 * depends on the order the files were given in.
 */
final class HistoryOrder {

    static final Comparator<Run> CHRONOLOGICAL = Comparator.comparing(
                    RunTimes::started, Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder()))
            .thenComparing(RunTimes::folderTime, Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder()))
            .thenComparing(Run::name, NaturalOrder.INSTANCE)
            .thenComparing(Run::origin, NaturalOrder.INSTANCE);

    private HistoryOrder() {}
}
