package dev.benchlens.stats;

import java.util.List;

/**
 * How many of a candidate's rows got significantly faster, significantly slower, or did not change significantly.
 * The direction is the implementation's own time change, the quantity the significance test is about.
 */
public record ChangeCounts(int improved, int regressed, int unchanged) {

    public static ChangeCounts of(List<ComparisonRow> rows) {
        int improved = 0;
        int regressed = 0;
        int unchanged = 0;
        for (ComparisonRow row : rows) {
            if (!row.significance().significant() || row.timeChangePercent() == 0) {
                unchanged++;
            } else if (row.timeChangePercent() < 0) {
                improved++;
            } else {
                regressed++;
            }
        }
        return new ChangeCounts(improved, regressed, unchanged);
    }
}
