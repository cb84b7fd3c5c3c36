package dev.benchlens.report;

import dev.benchlens.check.Failure;
import dev.benchlens.check.GatedRow;
import dev.benchlens.check.GuardrailBreach;
import dev.benchlens.check.HistoryRegression;
import dev.benchlens.check.Judgement;
import dev.benchlens.check.MissingRow;
import dev.benchlens.check.Regression;
import dev.benchlens.format.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A check failure as table cells and as CSV values, the same in the Markdown, CSV and JSON formats. */
final class FailureCells {

    static final List<String> HEADER =
            List.of("Failure", "Case", "Run", "Found", "95% CI", "Could detect", "Allowed", "Test");
    static final List<String> CSV_COLUMNS = List.of(
            "value", "ci_low", "ci_high", "detectable", "limit", "unit", "p_value", "untested_reason", "verdict");

    private FailureCells() {}

    /** {@code regression}, {@code history_regression} or {@code guardrail}: what the JSON and CSV call it. */
    static String kind(Failure failure) {
        return switch (failure) {
            case Regression r -> "regression";
            case HistoryRegression h -> "history_regression";
            case GuardrailBreach g -> "guardrail";
            case MissingRow m -> "missing";
        };
    }

    static List<String> cells(Failure failure) {
        return switch (failure) {
            case Regression r ->
                List.of(
                        r.label(),
                        r.key().toString(),
                        r.run(),
                        GatedRow.change(r.changePercent())
                                + (r.row().relativeTo() == null
                                        ? ""
                                        : " relative to " + r.row().relativeTo()),
                        interval(r.row().changeInterval()),
                        RowText.detectable(r.row().detectablePercent()),
                        percent(r.allowedPercent()),
                        r.test());
            case HistoryRegression h ->
                List.of(
                        label("regression against the history", h.judgement()),
                        h.key().toString(),
                        h.run(),
                        percent(h.worsePercent()) + " worse than the newest " + h.segmentRuns() + " run(s) ("
                                + h.basis() + ")",
                        "",
                        "",
                        percent(h.allowedPercent()),
                        test(h.judgement()));
            case GuardrailBreach g ->
                List.of(
                        "guard-rail",
                        g.key().toString(),
                        g.run(),
                        NumberText.time(g.millis() / 1000),
                        "",
                        "",
                        NumberText.time(g.limitMillis() / 1000),
                        "");
            case MissingRow m ->
                List.of("missing in candidate", m.key().toString(), m.run(), "no counterpart", "", "", "", "untested");
        };
    }

    /** The values of {@link #CSV_COLUMNS}: numbers unformatted, percentages for regressions, milliseconds for rails. */
    static List<String> csvValues(Failure failure) {
        return switch (failure) {
            case Regression r -> {
                List<String> values = new ArrayList<>(csvValues(r.row()));
                values.set(6, pValue(r.judgement()));
                values.set(7, reason(r.judgement()));
                yield values;
            }
            case HistoryRegression h ->
                List.of(
                        CsvFormat.num(h.worsePercent()),
                        "",
                        "",
                        "",
                        CsvFormat.num(h.allowedPercent()),
                        "%",
                        pValue(h.judgement()),
                        reason(h.judgement()),
                        "");
            case GuardrailBreach g ->
                List.of(CsvFormat.num(g.millis()), "", "", "", CsvFormat.num(g.limitMillis()), "ms", "", "", "");
            case MissingRow m -> List.of("", "", "", "", "", "", "", "missing in candidate", "");
        };
    }

    /** A gated row's values of {@link #CSV_COLUMNS}, its p-value NaN (empty) when untested. */
    static List<String> csvValues(GatedRow row) {
        Interval ci = row.changeInterval();
        return List.of(
                CsvFormat.num(row.changePercent()),
                ci == null ? "" : CsvFormat.num(ci.low()),
                ci == null ? "" : CsvFormat.num(ci.high()),
                CsvFormat.num(row.detectablePercent()),
                CsvFormat.num(row.thresholdPercent()),
                "%",
                CsvFormat.num(row.pValue()),
                "",
                row.verdict().word());
    }

    /** The change's interval, e.g. {@code [-8.5%, +71.0%]}; {@code -} when there is none. */
    static String interval(Interval percent) {
        return percent == null ? "-" : GatedRow.interval(percent);
    }

    private static String label(String what, Judgement judgement) {
        return judgement.tested() ? what : "untested " + what;
    }

    private static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static String test(Judgement judgement) {
        return judgement.tested() ? NumberText.pValue(judgement.pValue()) : "untested: " + judgement.untestedReason();
    }

    private static String pValue(Judgement judgement) {
        return judgement.tested() ? CsvFormat.num(judgement.pValue()) : "";
    }

    private static String reason(Judgement judgement) {
        return judgement.tested() ? "" : judgement.untestedReason();
    }
}
