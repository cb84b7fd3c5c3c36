package dev.benchlens.viewer.charts;

/** The charts of a comparison, each on a tab of its own. */
public enum ChartKind {
    /** A matrix of every case: a line per operation and dtype, a column per shape and candidate. */
    EVERY_CASE("Every case"),
    /** Bars of each run's speedup over its own reference. */
    SPEEDUP_PER_CASE("Speedup per case"),
    /** Each candidate's ratio against the baseline, with its interval and the expected bands. */
    RATIO_PER_CASE("Ratio per case");

    private final String title;

    ChartKind(String title) {
        this.title = title;
    }

    /** The title of the chart's tab. */
    public String title() {
        return title;
    }
}
