package dev.benchlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RatioBasis;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.compare.RunSummarizer;
import dev.benchlens.format.Run;
import dev.benchlens.perf.ArtifactGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {

    @Test
    void aSmallComparisonIsShownWhole() {
        Comparison c = compare(20, i -> i == 3 ? 0.5 : 1.0);
        String md = ReportFormat.MARKDOWN.formatter().comparison(c);
        assertThat(md).doesNotContain("Cut to fit");
        // Header line, separator, then one table line per row.
        assertThat(md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Case") && !l.startsWith("| Geomean")))
                .hasSize(c.rows().size() + c.geomeans().size());
        assertThat(md).contains("| 8x8 float32 | op03 | simd |");
    }

    @Test
    void thousandsOfRowsAreCutToGithubsLimitKeepingTheLargestSignificantChanges() {
        // 4,000 operations x 2 implementations = 8,000 rows; every 200th operation runs 4x faster.
        Comparison c = compare(4_000, i -> i % 200 == 0 ? 0.25 : 1.0);
        String full = new TextFormat().comparison(c);
        assertThat(full.length()).isGreaterThan(MarkdownFormat.GITHUB_COMMENT_LIMIT);

        String md = ReportFormat.MARKDOWN.formatter().comparison(c);

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownFormat.GITHUB_COMMENT_LIMIT);
        assertThat(md).contains("Cut to fit GitHub's 65536-character limit").contains("of 8000 rows");
        assertThat(md).contains("| all | 8000 |"); // the summary is kept
        // All implementations ran 4x faster in those operations: simd's speedup over the reference did not move,
        // so on its basis only the reference's own rows (compared by time) changed.
        List<ComparisonRow> bigChanges =
                c.rows().stream().filter(r -> r.changePercent() < -60).toList();
        assertThat(bigChanges).hasSize(20).allMatch(r -> r.ratio().basis() == RatioBasis.TIME);
        for (ComparisonRow row : bigChanges) {
            assertThat(md)
                    .contains("| " + row.key().caseLabel() + " | " + row.key().operation() + " | "
                            + row.key().implementation() + " |");
        }
        assertThat(md).doesNotContain("| ~ |"); // insignificant rows are the first to go
    }

    @Test
    void aSmallerLimitIsRespectedToo() {
        Comparison c = compare(2_000, i -> i % 10 == 0 ? 0.5 : 1.0);
        String md = new MarkdownFormat(5_000).comparison(c);
        assertThat(md.length()).isLessThanOrEqualTo(5_000);
        assertThat(md).contains("Cut to fit GitHub's 5000-character limit");
    }

    @Test
    void longRunSummariesAreCutAndSaySo() {
        Run run = ArtifactGenerator.generate("big", 5_000, 1, i -> 1.0);
        String md = ReportFormat.MARKDOWN
                .formatter()
                .runSummary(
                        RunSummarizer.summarize(run, CompareOptions.defaults().aliases()));
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownFormat.GITHUB_COMMENT_LIMIT);
        assertThat(md).contains("of 10000 rows");
    }

    private static Comparison compare(int operations, java.util.function.IntToDoubleFunction factor) {
        Run base = ArtifactGenerator.generate("base.json", operations, 1, i -> 1.0);
        Run cand = ArtifactGenerator.generate("cand.json", operations, 2, factor);
        return RunComparator.compare(base, List.of(cand), CompareOptions.defaults());
    }
}
