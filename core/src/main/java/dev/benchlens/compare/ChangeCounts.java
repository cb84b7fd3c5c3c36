package dev.benchlens.compare;

import java.util.List;

/**
 * A candidate's rows by verdict: changed for the better, changed for the worse, unchanged (tested, not
 * significant), and untested, which is counted apart whatever its direction. The direction is the row's ratio.
 */
public record ChangeCounts(int improved, int regressed, int unchanged, int untested) {

    public static ChangeCounts of(List<ComparisonRow> rows) {
        int improved = 0;
        int regressed = 0;
        int unchanged = 0;
        int untested = 0;
        for (ComparisonRow row : rows) {
            switch (row.significance().verdict()) {
                case UNTESTED -> untested++;
                case UNCHANGED -> unchanged++;
                case CHANGED -> {
                    if (row.changePercent() < 0) {
                        improved++;
                    } else if (row.changePercent() > 0) {
                        regressed++;
                    } else {
                        unchanged++;
                    }
                }
            }
        }
        return new ChangeCounts(improved, regressed, unchanged, untested);
    }
}
