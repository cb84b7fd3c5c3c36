package dev.benchlens.report;

import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.raw;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.compare.RunSummarizer;
import dev.benchlens.compare.RunSummary;
import dev.benchlens.format.Run;
import dev.benchlens.match.Aliases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 of issue 11: names chosen by whoever made a file reach a PR comment, a spreadsheet and a terminal;
 * through every output format they read as themselves and nothing more.
 */
class HostileNamesTest {

    private static final String OPERATION = "sum<!-- @maintainer\n| x | `y` [z](https://e.example)";
    private static final String IMPLEMENTATION = "=HYPERLINK(\"https://e.example\")\u001b]0;title\u0007";

    private static Run hostile(String origin, double... samples) {
        return run(
                origin + "\u001b[2J<!--",
                null,
                square(8, "float32", op(OPERATION, null, raw(IMPLEMENTATION, samples))));
    }

    private static Comparison comparison() {
        return RunComparator.compare(
                hostile("base", 10, 11, 12, 13, 14),
                List.of(hostile("cand", 5, 6, 7, 8, 9)),
                CompareOptions.defaults().withAliases(Aliases.none()));
    }

    private static RunSummary summary() {
        return RunSummarizer.summarize(hostile("run", 1, 2, 3), Aliases.none());
    }

    @Test
    void markdownKeepsNamesInsideTheirCells() {
        for (String md : List.of(
                ReportFormat.MARKDOWN.formatter().comparison(comparison()),
                ReportFormat.MARKDOWN.formatter().runSummary(summary()))) {
            assertThat(md)
                    .doesNotContain("<!--")
                    .doesNotContain("@maintainer")
                    .doesNotContainPattern("[^\\\\]\\]\\(https")
                    .doesNotContain("\u001b")
                    .doesNotContain("`y`");
            String row = md.lines()
                    .filter(l -> l.startsWith("| ") && l.contains("sum&lt;!--"))
                    .findFirst()
                    .orElseThrow();
            // the row has exactly its columns: no | from a name splits a cell
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .isEqualTo(md.lines()
                            .filter(l -> l.startsWith("| Case"))
                            .findFirst()
                            .orElseThrow()
                            .chars()
                            .filter(c -> c == '|')
                            .count());
        }
    }

    @Test
    void csvCellsAreNeverFormulas() {
        String csv = ReportFormat.CSV.formatter().comparison(comparison())
                + ReportFormat.CSV.formatter().runSummary(summary());
        assertThat(csv)
                .doesNotContain(",=HYPERLINK")
                .contains(",\"'=HYPERLINK(\"\"https://e.example\"\")]0;title\"")
                .doesNotContain("\u001b");
    }

    @Test
    void textOnATerminalHasNoControlCharacters() {
        String text = ReportFormat.TEXT.formatter().comparison(comparison())
                + ReportFormat.TEXT.formatter().runSummary(summary());
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }
}
