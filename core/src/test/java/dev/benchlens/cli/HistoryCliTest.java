package dev.benchlens.cli;

import static dev.benchlens.cli.Cli.benchlens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.cli.Cli.Result;
import dev.benchlens.testing.WeeklyRuns;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history} on a folder of weekly GitHub artifacts in the upstream layout, one of whose cases slows down. */
class HistoryCliTest {

    @TempDir
    Path dir;

    static Path weeklyArtifacts(Path folder) throws IOException {
        return WeeklyRuns.folder(folder);
    }

    @Test
    void findsTheWeekTheCaseSlowedDownWithItsRatio() throws IOException {
        Result result = benchlens(
                "history", "-q", "--assume-samples", "5", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("mean_axis0")
                .contains("raptors")
                .contains("2026-01-12")
                .contains("0.799x")
                .contains("+25.1% worse");
        assertThat(result.out().lines().filter(l -> l.contains("2048x2048")).count())
                .as(result.out())
                .isEqualTo(2); // latest.json and baseline_auto: both files of the auto run
    }

    @Test
    void csvHasTheDocumentedColumnsAndTheFirstRunAfterTheChange() throws IOException {
        Result result =
                benchlens("history", "-q", "-f", "csv", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith(
                        "shape,dtype,layout,operation,implementation,run,ratio,ci_low,ci_high,p,strength,cause\r\n");
        assertThat(result.out()).contains("2048x2048,float32,contiguous,mean_axis0,raptors");
    }

    @Test
    void jsonCarriesEverySeriesWithItsPoints() throws IOException {
        Result result =
                benchlens("history", "-q", "-f", "json", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"series\"").contains("\"points\"").contains("\"max_p\" : 0.001");
    }

    @Test
    void aBadOptionIsOneLineAndExitTwo() throws IOException {
        Result result =
                benchlens("history", "-q", "--max-p", "2", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--max-p: the p-value threshold must lie between 0 and 1");
        Result order = benchlens("history", "-q", "--order", "commit", dir.toString());
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("'--order': expected time or given, found 'commit'");
    }

    @Test
    void aMissingFolderIsBadInput() {
        Result result = benchlens("history", "-q", dir.resolve("none").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no such file or folder");
    }
}
