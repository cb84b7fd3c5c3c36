package dev.benchlens.cli;

import dev.benchlens.testing.UpstreamLayout;
import dev.benchlens.testing.UpstreamLayout.Times;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code history} on a folder of weekly GitHub artifacts in the upstream layout, one of whose cases slows down. */
class HistoryCliTest {

    static final long FIRST_WEEK = 1_763_398_020L; // 2025-11-17 16:47 UTC
    static final int WEEKS = 12;
    static final int SLOWER_FROM = 8;

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result benchlens(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchlensCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Twelve weekly artifacts: raptors' mean_axis0 on 2048x2048 float32 in auto mode runs 25% longer from week 8 on
     * (its speedup 20% smaller); every time varies by up to 1% from week to week.
     */
    static Path weeklyArtifacts(Path folder) throws IOException {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
        for (int week = 0; week < WEEKS; week++) {
            long at = FIRST_WEEK + week * 7L * 86_400;
            double jitter = 1 + ((week * 7) % 5 - 2) * 0.005;
            Map<String, Times> modes = new LinkedHashMap<>();
            modes.put("force", UpstreamLayout.speedup(6.5 * jitter));
            modes.put("auto", slowerFrom(week, UpstreamLayout.speedup(4.5 * jitter)));
            UpstreamLayout.githubArtifact(folder.resolve("run-" + week + ".zip"),
                    stamp.format(Instant.ofEpochSecond(at)), at, modes);
        }
        return folder;
    }

    private static Times slowerFrom(int week, Times base) {
        return (shape, dtype, operation) -> {
            double[] t = base.of(shape, dtype, operation);
            boolean hit = week >= SLOWER_FROM && operation.equals("mean_axis0") && shape[0] == 2048
                    && dtype.equals("float32");
            return hit ? new double[] {t[0], t[1] * 1.25} : t;
        };
    }

    @Test
    void findsTheWeekTheCaseSlowedDownWithItsRatio() throws IOException {
        Result result = benchlens("history", "-q", "--assume-samples", "5", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("mean_axis0").contains("raptors").contains("2026-01-12")
                .contains("0.798x").contains("+25.3% worse");
        assertThat(result.out().lines().filter(l -> l.contains("2048x2048")).count()).as(result.out())
                .isEqualTo(2); // latest.json and baseline_auto: both files of the auto run
    }

    @Test
    void csvHasTheDocumentedColumnsAndTheFirstRunAfterTheChange() throws IOException {
        Result result = benchlens("history", "-q", "-f", "csv", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("shape,dtype,layout,operation,implementation,run,ratio,ci_low,ci_high,p\r\n");
        assertThat(result.out()).contains("2048x2048,float32,contiguous,mean_axis0,raptors");
    }

    @Test
    void jsonCarriesEverySeriesWithItsPoints() throws IOException {
        Result result = benchlens("history", "-q", "-f", "json", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"series\"").contains("\"points\"").contains("\"max_p\" : 0.001");
    }

    @Test
    void aBadOptionIsOneLineAndExitTwo() throws IOException {
        Result result = benchlens("history", "-q", "--max-p", "2", weeklyArtifacts(dir).toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--max-p: the p-value threshold must lie between 0 and 1");
        Result order = benchlens("history", "-q", "--order", "commit", dir.toString());
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("--order: expected time or given");
    }

    @Test
    void aMissingFolderIsBadInput() {
        Result result = benchlens("history", "-q", dir.resolve("none").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no such file or folder");
    }
}
