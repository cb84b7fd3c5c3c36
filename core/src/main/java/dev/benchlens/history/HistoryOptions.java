package dev.benchlens.history;

import dev.benchlens.compare.CompareOptions;
import java.util.Objects;

/**
 * How to build a history: the reading and statistics options compare takes (aliases, assumed sample count), the
 * detector's thresholds, and the order of the runs: by time, or as given (e.g. commit order).
 */
public record HistoryOptions(CompareOptions compare, ChangePointOptions detection, RunOrder order) {

    public HistoryOptions {
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(order, "order");
    }

    public static HistoryOptions defaults() {
        return new HistoryOptions(CompareOptions.defaults(), ChangePointOptions.defaults(), RunOrder.TIME);
    }
}
