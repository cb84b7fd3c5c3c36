package dev.benchlens.report;

import dev.benchlens.check.Failure;
import dev.benchlens.check.GuardrailBreach;
import dev.benchlens.check.HistoryRegression;
import dev.benchlens.check.Judgement;
import dev.benchlens.check.Regression;
import java.util.List;
import java.util.Locale;

/** A check failure as table cells and as CSV values, the same in the Markdown, CSV and JSON formats. */
final class FailureCells {

    static final List<String> HEADER = List.of("Failure", "Case", "Run", "Found", "Allowed", "Test");
    static final List<String> CSV_COLUMNS = List.of("value", "limit", "unit", "p_value", "untested_reason");

    private FailureCells() {}

    /** {@code regression}, {@code history_regression} or {@code guardrail}: what the JSON and CSV call it. */
    static String kind(Failure failure) {
        return switch (failure) {
            case Regression r -> "regression";
            case HistoryRegression h -> "history_regression";
            case GuardrailBreach g -> "guardrail";
        };
    }

    static List<String> cells(Failure failure) {
        return switch (failure) {
            case Regression r ->
                List.of(
                        label("regression", r.judgement()),
                        r.key().toString(),
                        r.run(),
                        percent(r.changePercent()) + " slower"
                                + (r.relativeTo() == null ? "" : " relative to " + r.relativeTo()),
                        percent(r.allowedPercent()),
                        test(r.judgement()));
            case HistoryRegression h ->
                List.of(
                        label("regression against the history", h.judgement()),
                        h.key().toString(),
                        h.run(),
                        percent(h.worsePercent()) + " worse than the newest " + h.segmentRuns() + " run(s) ("
                                + h.basis() + ")",
                        percent(h.allowedPercent()),
                        test(h.judgement()));
            case GuardrailBreach g ->
                List.of(
                        "guard-rail",
                        g.key().toString(),
                        g.run(),
                        NumberText.time(g.millis() / 1000),
                        NumberText.time(g.limitMillis() / 1000),
                        "");
        };
    }

    /** The values of {@link #CSV_COLUMNS}: numbers unformatted, percentages for regressions, milliseconds for rails. */
    static List<String> csvValues(Failure failure) {
        return switch (failure) {
            case Regression r ->
                List.of(
                        CsvFormat.num(r.changePercent()),
                        CsvFormat.num(r.allowedPercent()),
                        "%",
                        pValue(r.judgement()),
                        reason(r.judgement()));
            case HistoryRegression h ->
                List.of(
                        CsvFormat.num(h.worsePercent()),
                        CsvFormat.num(h.allowedPercent()),
                        "%",
                        pValue(h.judgement()),
                        reason(h.judgement()));
            case GuardrailBreach g -> List.of(CsvFormat.num(g.millis()), CsvFormat.num(g.limitMillis()), "ms", "", "");
        };
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
