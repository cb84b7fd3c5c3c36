package dev.benchlens.report;

import dev.benchlens.check.CheckOutcome;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RunSummary;
import dev.benchlens.escape.UntrustedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text with aligned columns, for terminals and logs. Every line that quotes a name is one line however the
 * name was written, and within {@link UntrustedText#MAX_LINE_CHARS} characters: long names are cut with "…".
 */
public final class TextFormat implements ResultFormat {

    private static final String COLUMN_GAP = "  ";

    @Override
    public String comparison(Comparison c) {
        StringBuilder out = new StringBuilder();
        appendLine(out, "Baseline: ", Sections.run(c.baselineRun()));
        appendGains(out, c);
        Sections.legend(c).forEach(line -> out.append(line).append('\n'));
        for (int i = 0; i < c.candidates().size(); i++) {
            out.append('\n');
            appendLine(
                    out,
                    "Candidate " + (i + 1) + ": ",
                    Sections.run(c.candidateRuns().get(i)));
            out.append('\n');
            out.append(Sections.changes(c, i)).append("\n");
            List<ComparisonRow> largest = Sections.largestChanges(c.rowsOf(i), MarkdownFormat.LARGEST_SHOWN);
            if (!largest.isEmpty()) {
                out.append("Largest changes:\n");
                largest.forEach(row -> appendLine(out, "  ", Sections.largestChange(row)));
            }
            out.append('\n');
            var geomeans = c.geomeansOf(i);
            if (!geomeans.isEmpty()) {
                table(
                        out,
                        Cells.GEOMEAN_HEADER,
                        geomeans.stream().map(Cells::geomean).toList());
                out.append('\n');
            }
            List<ComparisonRow> rows = c.rowsOf(i);
            boolean limits = Cells.anyLimits(rows);
            table(
                    out,
                    Cells.comparisonHeader(rows),
                    rows.stream()
                            .map(row -> Cells.comparison(row, c.maxRegressionPercent(), limits))
                            .toList());
            Sections.unmatched(c.unmatched().get(i), name -> name)
                    .forEach(line -> out.append('\n').append(UntrustedText.terminalLine(line)));
            out.append('\n');
        }
        appendWarnings(out, Sections.warnings(c));
        return UntrustedText.escape(out.toString(), UntrustedText.Target.TERMINAL_TEXT);
    }

    private static void appendGains(StringBuilder out, Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.candidates().size(); i++) {
            String candidate = c.candidates().get(i);
            Sections.gains(c.modeGainsOf(i)).forEach(cells -> {
                List<String> row = new ArrayList<>(List.of(candidate));
                row.addAll(cells);
                rows.add(row);
            });
        }
        if (!rows.isEmpty()) {
            out.append("\nExpected results: each kernel's speedup over its reference, by SIMD mode\n");
            List<String> header = new ArrayList<>(List.of("Candidate"));
            header.addAll(Sections.GAINS_HEADER);
            table(out, header, rows);
            out.append('\n');
        }
    }

    @Override
    public String runSummary(RunSummary s) {
        StringBuilder out = new StringBuilder();
        appendLine(out, "Run: ", s.identity().name());
        Sections.metadata(s.identity(), s.metadata()).forEach(line -> appendLine(out, "  ", line));
        out.append('\n');
        table(out, Cells.SUMMARY_HEADER, s.rows().stream().map(Cells::summary).toList());
        appendWarnings(out, Sections.warnings(s));
        return UntrustedText.escape(out.toString(), UntrustedText.Target.TERMINAL_TEXT);
    }

    /**
     * The lines CI scripts read: {@code FAIL }, {@code error: } and {@code note: } lines, then the summary. Each
     * finding stays on its line, whatever a run's names hold: the scripts count them with grep.
     */
    @Override
    public String check(CheckOutcome outcome) {
        StringBuilder out = new StringBuilder();
        outcome.result().failures().forEach(f -> appendLine(out, "FAIL ", f.message()));
        outcome.result().problems().forEach(p -> appendLine(out, "error: ", p));
        outcome.result().notes().forEach(n -> appendLine(out, "note: ", n));
        appendLine(out, "", outcome.summary());
        return out.toString();
    }

    private static void appendLine(StringBuilder out, String prefix, String text) {
        out.append(prefix).append(UntrustedText.terminalLine(text)).append('\n');
    }

    private static void appendWarnings(StringBuilder out, List<String> warnings) {
        if (!warnings.isEmpty()) {
            out.append("\nWarnings:\n");
            warnings.forEach(w -> appendLine(out, "  ", w));
        }
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> givenRows) {
        List<List<String>> all = new ArrayList<>(List.of(header));
        givenRows.forEach(r -> all.add(r.stream().map(UntrustedText::terminal).toList()));
        List<List<String>> rows = TableFit.aligned(all, COLUMN_GAP.length());
        int[] widths = new int[header.size()];
        for (int col = 0; col < widths.length; col++) {
            for (List<String> row : rows) {
                widths[col] = Math.max(widths[col], row.get(col).length());
            }
        }
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int col = 0; col < cells.size(); col++) {
            sb.append(col == 0 ? "" : COLUMN_GAP).append(cells.get(col));
            sb.append(" ".repeat(widths[col] - cells.get(col).length()));
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }
}
