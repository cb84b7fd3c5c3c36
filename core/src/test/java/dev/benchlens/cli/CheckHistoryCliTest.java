package dev.benchlens.cli;

import static dev.benchlens.cli.Cli.benchlens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --history DIR CANDIDATE}: a candidate judged against the newest runs of each series. */
class CheckHistoryCliTest {

    @TempDir
    Path dir;

    /** Weeks 0 to 7, before the slowdown, as the history. */
    private Path history() throws IOException {
        Path folder = dir.resolve("history");
        for (int week = 0; week < WeeklyRuns.SLOWER_FROM; week++) {
            WeeklyRuns.artifact(folder.resolve("run-" + week + ".zip"), week);
        }
        return folder;
    }

    @Test
    void theSlowerCaseFailsAgainstTheHistoryAndNothingElseDoes() throws IOException {
        Path candidate = WeeklyRuns.artifact(dir.resolve("pr.zip"), WeeklyRuns.SLOWER_FROM);
        Cli.Result result = benchlens(
                "check", "-q", "--history", history().toString(), candidate.toString(), "--max-regression", "10%");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out().lines().filter(l -> l.startsWith("FAIL ")).toList())
                .hasSize(2)
                .allMatch(l -> l.startsWith(
                                "FAIL regression: 2048x2048 float32 mean_axis0 [raptors] in GitHub" + " · raptors auto")
                        && l.contains("25.6% worse than the newest 8 run(s) of its history" + " (speedup over numpy"));
        assertThat(result.out()).contains("check failed: 2 failure(s)");
    }

    @Test
    void aCandidateLikeTheHistoryPasses() throws IOException {
        Path candidate = WeeklyRuns.artifact(dir.resolve("pr.zip"), 3);
        Cli.Result result = benchlens(
                "check", "-q", "--history", history().toString(), candidate.toString(), "--max-regression", "5%");
        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out())
                .contains("key(s) judged against the newest segment")
                .endsWith("check passed\n");
    }

    @Test
    void aCandidateInsideTheHistoryIsNotJudgedAgainstItself() throws IOException {
        Path folder = WeeklyRuns.folder(dir.resolve("all"));
        Cli.Result result = benchlens(
                "check",
                "-q",
                "--history",
                folder.toString(),
                folder.resolve("run-11.zip").toString(),
                "--max-regression",
                "10%");
        // The history up to week 10 has its change point at week 8, so week 11 is judged against weeks 8 to 10.
        assertThat(result.exitCode()).as(result.out()).isZero();
    }

    @Test
    void historyNeedsAThresholdAndARunOfTheCandidatesKind() throws IOException {
        Cli.Result noThreshold = benchlens("check", "-q", "--history", dir.toString(), "x.json");
        assertThat(noThreshold.exitCode()).isEqualTo(2);
        assertThat(noThreshold.err()).contains("--history needs --max-regression PERCENT");
        Cli.Result otherKind = benchlens(
                "check",
                "-q",
                "--history",
                history().toString(),
                Path.of("../docs/examples/native.json").toString(),
                "--max-regression",
                "10%");
        assertThat(otherKind.exitCode()).isEqualTo(2);
        assertThat(otherKind.out()).contains("the history holds no run of its kind");
    }
}
