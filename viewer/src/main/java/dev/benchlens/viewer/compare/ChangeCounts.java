package dev.benchlens.viewer.compare;

import dev.benchlens.stats.ComparisonRow;

import java.util.List;

/**
 * How many of a candidate's rows got better, worse, or did not change significantly.
 *
 * <p>ADAPTER, to move to core ({@code dev.benchlens.stats}): core's comparison has no such counts yet. It only
 * reads core's verdicts (significance and the ratio's side of 1); it computes no statistic of its own.
 */
public record ChangeCounts(int improved, int regressed, int unchanged) {

    public static ChangeCounts of(List<ComparisonRow> rows) {
        int improved = 0;
        int regressed = 0;
        int unchanged = 0;
        for (ComparisonRow row : rows) {
            if (!row.significance().significant() || row.ratio().value() == 1) {
                unchanged++;
            } else if (row.ratio().value() > 1) {
                improved++;
            } else {
                regressed++;
            }
        }
        return new ChangeCounts(improved, regressed, unchanged);
    }
}
