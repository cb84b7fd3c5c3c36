package dev.benchlens.history;

import dev.benchlens.compare.CompareOptions;
import java.util.Objects;

/**
 * How to build a history: the reading and statistics options compare takes (aliases, assumed sample count), the
 * detector's thresholds, and whether runs stay in the order given (e.g. commit order) instead of by time.
 */
public record HistoryOptions(CompareOptions compare, ChangePointOptions detection, boolean givenOrder) {

    public HistoryOptions {
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(detection, "detection");
    }

    public static HistoryOptions defaults() {
        return new HistoryOptions(CompareOptions.defaults(), ChangePointOptions.defaults(), false);
    }
}
