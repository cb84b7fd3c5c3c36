package dev.benchlens.report;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.format.Interval;
import dev.benchlens.match.CaseKey;
import dev.benchlens.stats.Comparison;
import dev.benchlens.stats.ComparisonRow;
import dev.benchlens.stats.RunSummary;
import dev.benchlens.stats.RunValues;
import dev.benchlens.stats.SummaryRow;
import dev.benchlens.stats.Warning;

import java.util.ArrayList;
import java.util.List;
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
        List<String> header = new ArrayList<>(List.of("candidate"));
        header.addAll(KEY_COLUMNS);
        header.addAll(List.of("baseline_s", "candidate_s", "baseline_n", "candidate_n", "baseline_cv", "candidate_cv",
                "baseline_speedup", "candidate_speedup", "speedup_reference", "ratio", "ratio_basis", "ratio_ci_low",
                "ratio_ci_high", "time_change_pct", "test", "p_value", "significance", "band", "warnings"));
        line(out, header);
        for (ComparisonRow r : c.rows()) {
            List<String> cells = new ArrayList<>(List.of(c.candidates().get(r.candidateIndex())));
            addKey(cells, r.key());
            RunValues b = r.baseline();
            RunValues k = r.candidate();
            Interval ci = r.ratio().ci95();
            cells.addAll(List.of(num(b.seconds()), num(k.seconds()), str(b.n()), str(k.n()), num(b.cv()), num(k.cv()),
                    str(b.speedup()), str(k.speedup()), str(k.speedupReference() != null ? k.speedupReference()
                            : b.speedupReference()),
                    num(r.ratio().value()), r.ratio().basis().label(), ci == null ? "" : num(ci.low()),
                    ci == null ? "" : num(ci.high()), num(r.timeChangePercent()), r.significance().test().name(),
                    num(r.significance().pValue()), r.significance().verdict().name(), r.band().label(),
                    messages(r.warnings())));
            line(out, cells);
        }
        return out.toString();
    }

    @Override
    public String runSummary(RunSummary s) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(KEY_COLUMNS);
        header.addAll(List.of("seconds", "n", "cv", "speedup", "speedup_reference", "warnings"));
        line(out, header);
        for (SummaryRow r : s.rows()) {
            List<String> cells = new ArrayList<>();
            addKey(cells, r.key());
            RunValues v = r.values();
            cells.addAll(List.of(num(v.seconds()), str(v.n()), num(v.cv()), str(v.speedup()), str(v.speedupReference()),
                    messages(r.warnings())));
            line(out, cells);
        }
        return out.toString();
    }

    private static void addKey(List<String> cells, CaseKey key) {
        cells.addAll(List.of(key.shape().toString(), key.dtype(), key.layout(), key.operation(), key.implementation()));
    }

    private static String messages(List<Warning> warnings) {
        return warnings.stream().map(Warning::message).collect(Collectors.joining("; "));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
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
