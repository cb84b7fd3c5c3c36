package dev.benchlens.report;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.GeomeanSummary;
import dev.benchlens.compare.SummaryRow;
import dev.benchlens.compare.Warning;
import dev.benchlens.format.SimdMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The text of each table cell, shared by the Markdown and text formats so that both show the same thing. */
final class Cells {

    private static final List<String> COMPARISON_HEADER = List.of(
            "Case",
            "Operation",
            "Impl",
            "Baseline",
            "Candidate",
            "Change",
            "p",
            "Speedup (base)",
            "Speedup (cand)",
            "Ratio",
            "95% CI",
            "Basis",
            "Band",
            "Could detect",
            "Verdict",
            "Notes");
    static final List<String> GEOMEAN_HEADER = List.of("Geomean of ratios", "Rows", "Ratio", "95% CI");
    static final List<String> SUMMARY_HEADER =
            List.of("Case", "Operation", "Impl", "Time", "n", "CV", "Speedup", "Reference", "Notes");

    private Cells() {}

    /**
     * The comparison table's header for these rows: its Change column naming the basis it is on, and a Limits column
     * when any row has machine limits.
     */
    static List<String> comparisonHeader(List<ComparisonRow> rows) {
        String change = RowText.changeHeader(rows);
        List<String> header = new ArrayList<>(COMPARISON_HEADER.stream()
                .map(h -> h.equals("Change") ? change : h)
                .toList());
        if (anyLimits(rows)) {
            header.add("Limits");
        }
        return header;
    }

    static boolean anyLimits(List<ComparisonRow> rows) {
        return rows.stream().anyMatch(r -> r.limits() != null);
    }

    /** The row's cells, with its limits last when {@code withLimits}. */
    static List<String> comparison(ComparisonRow row, double thresholdPercent, boolean withLimits) {
        List<String> cells = comparison(row, thresholdPercent);
        if (!withLimits) {
            return cells;
        }
        List<String> all = new ArrayList<>(cells);
        all.add(row.limits() == null ? "" : row.limits().text());
        return all;
    }

    static List<String> comparison(ComparisonRow row, double thresholdPercent) {
        return List.of(
                row.key().caseLabel(),
                row.key().operation(),
                RowText.implementation(row),
                NumberText.time(row.baseline().seconds()),
                NumberText.time(row.candidate().seconds()),
                RowText.change(row),
                NumberText.pValue(row.significance().pValue()),
                NumberText.times(row.baseline().speedup()),
                NumberText.times(row.candidate().speedup()),
                NumberText.times(row.ratio().value()),
                NumberText.interval(row.ratio().ci95()),
                row.ratio().basis().label(),
                row.band().label(),
                RowText.detectable(row),
                RowText.gateVerdict(row, thresholdPercent),
                notes(row.warnings()));
    }

    static List<String> geomean(GeomeanSummary g) {
        return List.of(
                g.implementation() == null ? "all" : g.implementation(),
                String.valueOf(g.count()),
                NumberText.times(g.geomean()),
                NumberText.interval(g.ci95()));
    }

    static List<String> summary(SummaryRow row) {
        SimdMode mode = row.values().simdMode();
        return List.of(
                row.key().caseLabel(),
                row.key().operation(),
                mode == null ? row.key().implementation() : row.key().implementation() + " (" + mode + ")",
                NumberText.time(row.values().seconds()),
                row.values().n() == null ? "?" : String.valueOf(row.values().n()),
                Double.isNaN(row.values().cv())
                        ? "-"
                        : NumberText.sig3(row.values().cv() * 100) + "%",
                NumberText.times(row.values().speedup()),
                row.values().speedupReference() == null ? "" : row.values().speedupReference(),
                notes(row.warnings()));
    }

    /** Short names of the warnings on a row, e.g. {@code few samples, noisy}. */
    static String notes(List<Warning> warnings) {
        Set<String> labels = new LinkedHashSet<>();
        for (Warning w : warnings) {
            labels.add(label(w.kind()));
        }
        return String.join(", ", labels);
    }

    static String label(Warning.Kind kind) {
        return switch (kind) {
            case FEW_SAMPLES -> "few samples";
            case NOISY -> "noisy";
            case UNKNOWN_SAMPLE_COUNT -> "n unknown";
            case ASSUMED_SAMPLE_COUNT -> "n assumed";
            case REFERENCE_MISMATCH -> "references differ";
            case SPEEDUP_MISMATCH -> "stated speedup wrong";
            case MODE_DIFFERS -> "modes differ";
            case DUPLICATE_KEY -> "duplicate";
            case RUN -> "run";
            case DROPPED_MEASUREMENT -> "dropped";
        };
    }
}
