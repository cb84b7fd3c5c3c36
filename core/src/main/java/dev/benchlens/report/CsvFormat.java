package dev.benchlens.report;

import dev.benchlens.bandwidth.BandwidthShare;
import dev.benchlens.check.CheckOutcome;
import dev.benchlens.check.Failure;
import dev.benchlens.check.GateVerdict;
import dev.benchlens.check.GatedRow;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.MachineLimits;
import dev.benchlens.compare.RunSummary;
import dev.benchlens.compare.RunValues;
import dev.benchlens.compare.SummaryRow;
import dev.benchlens.compare.Warning;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.format.Interval;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.match.CaseKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV with one row per compared key (or per measurement of a run), times in seconds and numbers
 * unformatted, so that spreadsheets and scripts get every digit; geometric means are not rows here.
 */
public final class CsvFormat implements ResultFormat {

    private static final List<String> KEY_COLUMNS = List.of("shape", "dtype", "layout", "operation", "implementation");

    @Override
    public String comparison(Comparison c) {
        StringBuilder out = new StringBuilder();
        List<String> header =
                new ArrayList<>(List.of("baseline_run", "baseline_env", "candidate_run", "candidate_env"));
        header.addAll(KEY_COLUMNS);
        header.addAll(List.of(
                "baseline_simd_mode",
                "candidate_simd_mode",
                "reference_implementation",
                "baseline_s",
                "candidate_s",
                "baseline_n",
                "candidate_n",
                "n_assumed",
                "baseline_cv",
                "candidate_cv",
                "baseline_speedup",
                "candidate_speedup",
                "speedup_reference",
                "ratio",
                "ratio_basis",
                "ratio_ci_low",
                "ratio_ci_high",
                "change_pct",
                "time_change_pct",
                "test",
                "p_value",
                "verdict",
                "untested_reason",
                "band",
                "change_ci_low",
                "change_ci_high",
                "detectable_pct",
                "gate_verdict",
                "max_regression_pct",
                "warnings"));
        boolean limits = c.rows().stream().anyMatch(r -> r.limits() != null);
        if (limits) {
            header.addAll(List.of(
                    "baseline_gbps",
                    "baseline_bandwidth_share",
                    "candidate_gbps",
                    "candidate_bandwidth_share",
                    "machine_hints"));
        }
        line(out, header);
        RunIdentity base = c.baselineRun();
        for (ComparisonRow r : c.rows()) {
            RunIdentity candidate = c.candidateRuns().get(r.candidateIndex());
            List<String> cells = new ArrayList<>(List.of(
                    base.name(),
                    base.environment().id(),
                    candidate.name(),
                    candidate.environment().id()));
            addKey(cells, r.key());
            RunValues b = r.baseline();
            RunValues k = r.candidate();
            Interval ci = r.ratio().ci95();
            Interval changeCi = r.changeInterval();
            cells.addAll(List.of(
                    str(b.simdMode()),
                    str(k.simdMode()),
                    String.valueOf(r.reference()),
                    num(b.seconds()),
                    num(k.seconds()),
                    str(b.n()),
                    str(k.n()),
                    String.valueOf(b.nAssumed() || k.nAssumed()),
                    num(b.cv()),
                    num(k.cv()),
                    str(b.speedup()),
                    str(k.speedup()),
                    str(k.speedupReference() != null ? k.speedupReference() : b.speedupReference()),
                    num(r.ratio().value()),
                    r.ratio().basis().label(),
                    ci == null ? "" : num(ci.low()),
                    ci == null ? "" : num(ci.high()),
                    num(r.changePercent()),
                    num(r.timeChangePercent()),
                    r.significance().test().name(),
                    num(r.significance().pValue()),
                    r.significance().verdict().name().toLowerCase(Locale.ROOT),
                    r.significance().reason(),
                    r.band().label(),
                    changeCi == null ? "" : num(changeCi.low()),
                    changeCi == null ? "" : num(changeCi.high()),
                    num(r.detectablePercent()),
                    GateVerdict.of(r, c.maxRegressionPercent()).word(),
                    num(c.maxRegressionPercent()),
                    messages(r.warnings())));
            if (limits) {
                addLimits(cells, r.limits());
            }
            line(out, cells);
        }
        return out.toString();
    }

    /** Each side's GB/s and share of its own run's probe (empty without one), and the runs' recorded differences. */
    private static void addLimits(List<String> cells, MachineLimits limits) {
        BandwidthShare b = limits == null ? null : limits.baseline();
        BandwidthShare k = limits == null ? null : limits.candidate();
        cells.add(b == null ? "" : num(b.gbps()));
        cells.add(b == null ? "" : num(b.share()));
        cells.add(k == null ? "" : num(k.gbps()));
        cells.add(k == null ? "" : num(k.share()));
        cells.add(limits == null ? "" : String.join("; ", limits.hints()));
    }

    @Override
    public String runSummary(RunSummary s) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("run", "env"));
        header.addAll(KEY_COLUMNS);
        header.addAll(List.of("simd_mode", "seconds", "n", "cv", "speedup", "speedup_reference", "warnings"));
        line(out, header);
        for (SummaryRow r : s.rows()) {
            List<String> cells = new ArrayList<>(
                    List.of(s.identity().name(), s.identity().environment().id()));
            addKey(cells, r.key());
            RunValues v = r.values();
            cells.addAll(List.of(
                    str(v.simdMode()),
                    num(v.seconds()),
                    str(v.n()),
                    num(v.cv()),
                    str(v.speedup()),
                    str(v.speedupReference()),
                    messages(r.warnings())));
            line(out, cells);
        }
        return out.toString();
    }

    /**
     * One row per finding: each failure with its case and numbers, each problem and note with its message, each
     * gated row with its verdict ({@code row}, whose kind is {@code regression}, {@code within} or
     * {@code inconclusive}), and last the verdict with the summary line.
     */
    @Override
    public String check(CheckOutcome outcome) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("finding", "kind", "run"));
        header.addAll(KEY_COLUMNS);
        header.addAll(FailureCells.CSV_COLUMNS);
        header.add("message");
        line(out, header);
        int blanks = KEY_COLUMNS.size() + FailureCells.CSV_COLUMNS.size();
        for (Failure f : outcome.result().failures()) {
            List<String> cells = new ArrayList<>(List.of("failure", FailureCells.kind(f), f.run()));
            addKey(cells, f.key());
            cells.addAll(FailureCells.csvValues(f));
            cells.add(f.message());
            line(out, cells);
        }
        outcome.result().problems().forEach(p -> line(out, finding("problem", "", blanks, p)));
        for (GatedRow row : outcome.result().gated()) {
            List<String> cells = new ArrayList<>(List.of("row", row.verdict().word(), row.run()));
            addKey(cells, row.key());
            cells.addAll(FailureCells.csvValues(row));
            cells.add(row.label() + ": " + row.describe());
            line(out, cells);
        }
        outcome.result().notes().forEach(n -> line(out, finding("note", "", blanks, n)));
        line(out, finding("verdict", outcome.verdict().name().toLowerCase(Locale.ROOT), blanks, outcome.summary()));
        return out.toString();
    }

    private static List<String> finding(String finding, String kind, int blanks, String message) {
        List<String> cells = new ArrayList<>(List.of(finding, kind, ""));
        cells.addAll(Collections.nCopies(blanks, ""));
        cells.add(message);
        return cells;
    }

    private static void addKey(List<String> cells, CaseKey key) {
        cells.addAll(List.of(
                key.shape().toString(), key.dtype(), key.layout().label(), key.operation(), key.implementation()));
    }

    private static String messages(List<Warning> warnings) {
        return warnings.stream().map(Warning::message).collect(Collectors.joining("; "));
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Appends one RFC 4180 record, quoting the cells that need it. */
    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(UntrustedText.csv(cells.get(i))));
        }
        out.append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
