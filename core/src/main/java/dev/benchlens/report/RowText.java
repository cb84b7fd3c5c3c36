package dev.benchlens.report;

import dev.benchlens.check.GateVerdict;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RatioBasis;
import dev.benchlens.compare.Significance;
import dev.benchlens.format.SimdMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How a comparison row's verdict and implementation read, the same in every table, export and chart. */
public final class RowText {

    private RowText() {}

    /**
     * The Change column's header, naming the basis its percentages are on: {@code Change (speedup)} or
     * {@code Change (time)}, or {@code Change (speedup or time)} when rows differ.
     */
    public static String changeHeader(List<ComparisonRow> rows) {
        Set<RatioBasis> bases = EnumSet.noneOf(RatioBasis.class);
        rows.forEach(r -> bases.add(r.ratio().basis()));
        return bases.size() == 1 ? "Change (" + bases.iterator().next().label() + ")" : "Change (speedup or time)";
    }

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

    /**
     * The row's gate verdict at the threshold, as {@code check} would give it: {@code regression}, {@code within},
     * {@code inconclusive}, or {@code inconclusive, judged by its magnitude} when that would fail.
     */
    public static String gateVerdict(ComparisonRow row, double thresholdPercent) {
        return GateVerdict.of(row, thresholdPercent).label(row.changePercent(), thresholdPercent);
    }

    /** The smallest slowdown the row could have shown, e.g. {@code ≥ 4.1%}; {@code none} when it could show none. */
    public static String detectable(ComparisonRow row) {
        return detectable(row.detectablePercent());
    }

    /** A smallest detectable slowdown as a cell, e.g. {@code ≥ 4.1%}; {@code none} when infinite. */
    public static String detectable(double percent) {
        return Double.isFinite(percent) ? String.format(Locale.ROOT, "≥ %.1f%%", percent) : "none";
    }

    /** The implementation as its files name it, with the SIMD mode it ran in: {@code raptors (auto)}. */
    public static String implementation(ComparisonRow row) {
        SimdMode base = row.baseline().simdMode();
        SimdMode candidate = row.candidate().simdMode();
        String name = row.key().implementation();
        if (base == null || candidate == null) {
            return name;
        }
        return name + " (" + (base.equals(candidate) ? base : base + "→" + candidate) + ")";
    }
}
