package dev.benchlens.report;

import dev.benchlens.check.CheckOutcome;
import dev.benchlens.check.Failure;
import dev.benchlens.compare.BandVerdict;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RunSummary;
import dev.benchlens.compare.Significance;
import dev.benchlens.compare.SummaryRow;
import dev.benchlens.escape.UntrustedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * GitHub-flavoured Markdown for step summaries and PR comments. When the full text would pass {@code limit}
 * characters, it keeps the summary and the most important rows (significant changes and rows outside their band,
 * largest change first) and says what it cut.
 */
public final class MarkdownFormat implements ResultFormat {

    /** GitHub's limit on the body of an issue or pull-request comment. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;

    private static final int NOTE_RESERVE = 600;
    /** How many of a candidate's largest changes are listed above its table. */
    static final int LARGEST_SHOWN = 5;

    private final int limit;

    public MarkdownFormat(int limit) {
        if (limit < 2 * NOTE_RESERVE) {
            throw new IllegalArgumentException(
                    "a Markdown limit below " + 2 * NOTE_RESERVE + " characters is too small");
        }
        this.limit = limit;
    }

    @Override
    public String comparison(Comparison c) {
        String full = comparison(c, row -> true, null);
        if (full.length() <= limit) {
            return full;
        }
        int budget = limit - comparison(c, row -> false, "").length() - NOTE_RESERVE;
        List<ComparisonRow> candidates = new ArrayList<>(
                c.rows().stream().filter(MarkdownFormat::important).toList());
        candidates.sort(Comparator.comparingDouble((ComparisonRow r) -> Math.abs(r.changePercent()))
                .reversed());
        Set<ComparisonRow> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ComparisonRow row : candidates) {
            int length = tableRow(Cells.comparison(row, c.maxRegressionPercent(), Cells.anyLimits(c.rows())))
                            .length()
                    + 1;
            if (length > budget) {
                break;
            }
            budget -= length;
            kept.add(row);
        }
        String note = "**Cut to fit GitHub's " + limit + "-character limit:** showing " + kept.size() + " of "
                + c.rows().size() + " rows (changed or untested rows and rows outside their expected band, largest"
                + " change first; " + (candidates.size() - kept.size()) + " such rows and "
                + (c.rows().size() - candidates.size()) + " tested, unchanged rows left out)."
                + " Run `benchlens compare --format csv` for every row.";
        return capped(comparison(c, kept::contains, note));
    }

    /** Rows a reader must not miss: changed, untested, or outside their expected band. */
    private static boolean important(ComparisonRow row) {
        return row.significance().verdict() != Significance.Verdict.UNCHANGED
                || row.band() == BandVerdict.BELOW
                || row.band() == BandVerdict.ABOVE;
    }

    private String comparison(Comparison c, Predicate<ComparisonRow> shown, String cutNote) {
        StringBuilder out = new StringBuilder("## Benchlens comparison\n\n");
        out.append("**Baseline:** ")
                .append(escape(Sections.run(c.baselineRun())))
                .append("\n\n");
        appendGains(out, c);
        Sections.legend(c).forEach(line -> out.append(line).append("\n"));
        if (cutNote != null && !cutNote.isEmpty()) {
            out.append('\n').append(cutNote).append('\n');
        }
        for (int i = 0; i < c.candidates().size(); i++) {
            out.append("\n### Candidate ")
                    .append(i + 1)
                    .append(": ")
                    .append(escape(Sections.run(c.candidateRuns().get(i))))
                    .append("\n\n");
            out.append(Sections.changes(c, i)).append(".\n\n");
            List<ComparisonRow> largest = Sections.largestChanges(c.rowsOf(i), LARGEST_SHOWN);
            if (!largest.isEmpty()) {
                out.append("Largest changes:\n\n");
                largest.forEach(row -> out.append("- ")
                        .append(escape(Sections.largestChange(row)))
                        .append('\n'));
                out.append('\n');
            }
            var geomeans = c.geomeansOf(i);
            if (!geomeans.isEmpty()) {
                table(
                        out,
                        Cells.GEOMEAN_HEADER,
                        geomeans.stream().map(Cells::geomean).toList());
                out.append('\n');
            }
            List<ComparisonRow> candidateRows = c.rowsOf(i);
            boolean limits = Cells.anyLimits(candidateRows);
            List<List<String>> rows = candidateRows.stream()
                    .filter(shown)
                    .map(row -> Cells.comparison(row, c.maxRegressionPercent(), limits))
                    .toList();
            table(out, Cells.comparisonHeader(candidateRows), rows);
            List<String> unmatched = Sections.unmatched(c.unmatched().get(i), MarkdownFormat::code);
            if (!unmatched.isEmpty()) {
                out.append('\n');
                unmatched.forEach(line -> out.append(line).append("\n\n"));
            }
        }
        appendWarnings(out, Sections.warnings(c));
        return out.toString();
    }

    /** The seed's "Expected Results" view, first because it answers the question the seed asks. */
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
        if (rows.isEmpty()) {
            return;
        }
        out.append("### Expected results: each kernel's speedup over its reference, by SIMD mode\n\n");
        List<String> header = new ArrayList<>(List.of("Candidate"));
        header.addAll(Sections.GAINS_HEADER);
        table(out, header, rows);
        out.append('\n');
    }

    @Override
    public String runSummary(RunSummary s) {
        StringBuilder out = new StringBuilder("## Benchlens run: ")
                .append(escape(s.identity().name()))
                .append("\n\n");
        Sections.metadata(s.identity(), s.metadata())
                .forEach(line -> out.append("- ").append(escape(line)).append('\n'));
        out.append('\n');
        StringBuilder tail = new StringBuilder();
        appendWarnings(tail, Sections.warnings(s));
        int budget = limit - out.length() - tail.length() - NOTE_RESERVE;
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow row : s.rows()) {
            List<String> cells = Cells.summary(row);
            budget -= tableRow(cells).length() + 1;
            if (budget < 0) {
                break;
            }
            rows.add(cells);
        }
        if (rows.size() < s.rows().size()) {
            out.append("**Cut to fit GitHub's ")
                    .append(limit)
                    .append("-character limit:** showing the first ")
                    .append(rows.size())
                    .append(" of ")
                    .append(s.rows().size())
                    .append(" rows. Run `benchlens report --format csv` for every row.\n\n");
        }
        table(out, Cells.SUMMARY_HEADER, rows);
        return capped(out.append(tail).toString());
    }

    /** The verdict as a heading, the failures as a table, then the problems and notes; cut like every output. */
    @Override
    public String check(CheckOutcome outcome) {
        StringBuilder out = new StringBuilder("## Benchlens check: ")
                .append(
                        switch (outcome.verdict()) {
                            case PASSED -> "passed";
                            case FAILED -> "failed";
                            case INCOMPLETE -> "not completed";
                        })
                .append("\n\n")
                .append(escape(outcome.summary()))
                .append("\n");
        List<Failure> failures = outcome.result().failures();
        if (!failures.isEmpty()) {
            out.append('\n');
            table(
                    out,
                    FailureCells.HEADER,
                    failures.stream().map(FailureCells::cells).toList());
        }
        appendList(out, "Problems", outcome.result().problems());
        appendList(out, "Notes", outcome.result().notes());
        return capped(out.toString());
    }

    private static void appendWarnings(StringBuilder out, List<String> warnings) {
        appendList(out, "Warnings", warnings);
    }

    private static void appendList(StringBuilder out, String heading, List<String> items) {
        if (!items.isEmpty()) {
            out.append("\n### ").append(heading).append("\n\n");
            items.forEach(item -> out.append("- ").append(escape(item)).append('\n'));
        }
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append(tableRow(header)).append('\n');
        out.append("|---".repeat(header.size())).append("|\n");
        rows.forEach(r -> out.append(tableRow(r)).append('\n'));
    }

    /** A table row within {@link UntrustedText#MAX_LINE_CHARS} characters, its longest cells cut if need be. */
    private static String tableRow(List<String> cells) {
        return escapedRow(TableFit.row(cells, fitted -> escapedRow(fitted).length()));
    }

    private static String escapedRow(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String cell : cells) {
            sb.append(' ').append(escape(cell)).append(" |");
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return UntrustedText.markdown(text);
    }

    private static String code(String text) {
        return "`" + UntrustedText.escape(text, UntrustedText.Target.MARKDOWN_CODE) + "`";
    }

    /** The last resort when even the summary is too long (e.g. very many candidates): cut at a line end. */
    private String capped(String text) {
        if (text.length() <= limit) {
            return text;
        }
        String note = "\n\n**Cut at GitHub's " + limit + "-character limit; use --format csv for everything.**\n";
        int end = text.lastIndexOf('\n', limit - note.length());
        return text.substring(0, Math.max(end, 0)) + note;
    }
}
