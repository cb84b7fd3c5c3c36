package dev.benchlens.report;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.Significance;
import java.util.Locale;

/** How a comparison row's verdict and implementation read, the same in every table, export and chart. */
public final class RowText {

    private RowText() {}

    /**
     * benchstat's convention, on the ratio's basis (+ is worse): the change when significant, {@code ~} when tested
     * and not significant, and the change marked {@code ?} when untested, so that its size still shows.
     */
    public static String change(ComparisonRow row) {
        Significance.Verdict verdict = row.significance().verdict();
        return switch (verdict) {
            case CHANGED -> NumberText.percent(row.changePercent());
            case UNCHANGED -> verdict.symbol();
            case UNTESTED -> NumberText.percent(row.changePercent()) + " " + verdict.symbol();
        };
    }

    /** {@code changed}, {@code unchanged} or {@code untested}. */
    public static String verdict(ComparisonRow row) {
        return row.significance().verdict().name().toLowerCase(Locale.ROOT);
    }

    /** The implementation as its files name it, with the SIMD mode it ran in: {@code raptors (auto)}. */
    public static String implementation(ComparisonRow row) {
        String base = row.baseline().simdMode();
        String candidate = row.candidate().simdMode();
        String name = row.key().implementation();
        if (base == null || candidate == null) {
            return name;
        }
        return name + " (" + (base.equals(candidate) ? base : base + "→" + candidate) + ")";
    }
}
