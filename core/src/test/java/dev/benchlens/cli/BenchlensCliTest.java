package dev.benchlens.cli;

import static dev.benchlens.cli.Cli.benchlens;
import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.raw;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.cli.Cli.Result;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchlensCliTest {

    @TempDir
    Path dir;

    /** A run of one simd measurement of sum on 8x8 float32 with these raw samples in ms. */
    private Path write(String name, double... samples) throws IOException {
        Run run = run(name, null, square(8, "float32", op("sum", null, raw("simd", samples))));
        Path file = dir.resolve(name);
        ArtifactJson.write(run, file);
        return file;
    }

    @Test
    void compareShowsTheChangeAndProgressAndExitsZero() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Path cand = write("cand.json", 5, 6, 7, 8, 9);
        Result r = benchlens("compare", base.toString(), cand.toString());
        assertThat(r.exitCode()).isZero();
        // Means 12 and 7 ms: -41.7%, ratio 12/7 = 1.71x on the time basis.
        assertThat(r.out()).contains("-41.7%").contains("1.71x").contains("time");
        assertThat(r.err()).contains("read " + base + " (1/1)").contains("read " + cand + " (1/1)");
    }

    @Test
    void compareWritesEachFormat() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Path cand = write("cand.json", 5, 6, 7, 8, 9);
        String csv = benchlens("compare", "-q", "--format", "csv", base.toString(), cand.toString())
                .out();
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("baseline_run,baseline_env,candidate_run,candidate_env,shape,dtype,layout,operation");
        assertThat(csv.lines()).hasSize(2);
        String md = benchlens("compare", "-q", "--format", "markdown", base.toString(), cand.toString())
                .out();
        assertThat(md).startsWith("## Benchlens comparison").contains("| 8x8 float32 | sum | simd |");
        String json = benchlens("compare", "-q", "--format", "json", base.toString(), cand.toString())
                .out();
        JsonNode tree = ArtifactJson.mapper().readTree(json);
        assertThat(tree.path("rows").get(0).path("ratio").path("basis").asText())
                .isEqualTo("TIME");
    }

    @Test
    void runsWithNoCaseInCommonSaySoWithTheCountsOfEach() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Run other = run("other", null, square(16, "float64", op("mean", null, raw("simd", 5, 6, 7, 8, 9))));
        Path cand = dir.resolve("other.json");
        ArtifactJson.write(other, cand);

        Result r = benchlens("compare", "-q", base.toString(), cand.toString());

        assertThat(r.out())
                .contains("No case in common with the baseline (1 case(s) only in the baseline, 1 only in the"
                        + " candidate)")
                .doesNotContain("0 better");
    }

    @Test
    void theChangeColumnNamesTheBasisItIsOn() throws IOException {
        Result r = benchlens(
                "compare",
                "-q",
                write("base.json", 10, 11, 12, 13, 14).toString(),
                write("cand.json", 5, 6, 7, 8, 9).toString());
        assertThat(r.out()).contains("Change (time)");
    }

    @Test
    void expectedBandsMarkEachRow() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Path cand = write("cand.json", 5, 6, 7, 8, 9);
        Result r = benchlens("compare", "-q", "--expect", "simd=2..3", base.toString(), cand.toString());
        assertThat(r.out()).contains("below").contains("Expected ratio bands: simd=2..3");
    }

    @Test
    void checkFailsOnASignificantRegressionBeyondTheThreshold() throws IOException {
        // 7 ms -> 12 ms is +71.4%, fully separated samples of 5 (p = 0.0079).
        Path base = write("base.json", 5, 6, 7, 8, 9);
        Path cand = write("cand.json", 10, 11, 12, 13, 14);
        Result r = benchlens("check", "-q", base.toString(), cand.toString(), "--max-regression", "10%");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("FAIL regression: 8x8 float32 sum [simd]")
                .contains("71.4% slower [+29.4%, +127.2%], could detect ≥ 32.5%, allowed 10.0% (p=0.00794)");
    }

    @Test
    void checkPassesWhenTheSlowDownIsWithinTheThreshold() throws IOException {
        Path base = write("base.json", 5, 6, 7, 8, 9);
        Path cand = write("cand.json", 10, 11, 12, 13, 14);
        // The estimate, +71.4%, is within 80% though the interval reaches +127.2%: inconclusive, and passed.
        Result r = benchlens("check", "-q", base.toString(), cand.toString(), "--max-regression", "80");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("note: 1 gated row(s) at 80.0%: 0 regression, 0 within, 1 inconclusive (1 passed by their"
                        + " estimate, could detect ≥ 32.5%)")
                .contains("check passed");
    }

    @Test
    void identicalRunsPassWithEveryRowWithin() throws IOException {
        Path base = write("base.json", 100, 100.1, 99.9, 100, 100.05);
        Path same = write("same.json", 100, 100.1, 99.9, 100, 100.05);
        Result r = benchlens("check", "-q", base.toString(), same.toString(), "--max-regression", "10%");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("note: 1 gated row(s) at 10.0%: 0 regression, 1 within, 0 inconclusive\n");
    }

    @Test
    void checkFailsOnAGuardrailBreachAndPassesWithinIt() throws IOException {
        Path cand = write("cand.json", 10, 11, 12, 13, 14);
        Path tight = dir.resolve("tight.json");
        Files.writeString(
                tight, "[{\"shape\": [8, 8], \"dtype\": \"float32\", \"operation\": \"sum\", \"max_simd_ms\": 11}]");
        Path loose = dir.resolve("loose.json");
        Files.writeString(
                loose, "[{\"shape\": \"8x8\", \"dtype\": \"float32\", \"operation\": \"sum\", \"max_simd_ms\": 13}]");

        Result breach = benchlens("check", "-q", "--guardrail", tight.toString(), cand.toString());
        assertThat(breach.exitCode()).isEqualTo(1);
        assertThat(breach.out())
                .contains("FAIL guard-rail: 8x8 float32 sum [simd]")
                .contains("took 12.00 ms, limit 11.00 ms");
        assertThat(benchlens("check", "-q", "--guardrail", loose.toString(), cand.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void aBrokenFileGivesOneLineNamingItAndExitCodeTwo() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        Result r = benchlens("compare", "-q", base.toString(), broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(broken.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void reportAndComparePrintWhatTheyCouldReadThenExitTwoForTheBadFile() throws IOException {
        Path base = write("base.json", 5, 6, 7, 8, 9);
        Path folder = dir.resolve("candidates");
        Files.createDirectories(folder);
        ArtifactJson.write(
                run("good", null, square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9)))),
                folder.resolve("good.json"));
        Files.writeString(folder.resolve("bad.json"), "[1, 2");

        Result report = benchlens("report", "-q", folder.toString());
        Result compare = benchlens("compare", "-q", base.toString(), folder.toString());

        for (Result r : List.of(report, compare)) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).contains("good.json");
            assertThat(r.err()).contains("bad.json").contains("1 file(s) could not be read");
        }
    }

    @Test
    void checkIsNotConclusiveWhenAFileCannotBeRead() throws IOException {
        write("base.json", 5, 6, 7, 8, 9);
        Path folder = dir.resolve("candidates");
        Files.createDirectories(folder);
        ArtifactJson.write(
                run("good", null, square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9)))),
                folder.resolve("good.json"));
        Files.writeString(folder.resolve("bad.json"), "[1, 2");
        Result r = benchlens(
                "check", "-q", dir.resolve("base.json").toString(), folder.toString(), "--max-regression", "10%");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json");
        assertThat(r.out()).contains("check could not be completed").doesNotContain("check passed");
    }

    @Test
    void missingPathsAndBadOptionsExitTwoWithoutAStackTrace() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Result missing =
                benchlens("compare", base.toString(), dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such file or folder");

        Result badBand = benchlens("compare", "--expect", "simd=fast", base.toString(), base.toString());
        assertThat(badBand.exitCode()).isEqualTo(2);
        assertThat(badBand.err()).contains("--expect").doesNotContain("\tat ");

        Result noRule = benchlens("check", base.toString(), base.toString());
        assertThat(noRule.exitCode()).isEqualTo(2);
        assertThat(noRule.err()).contains("--max-regression PERCENT, --guardrail FILE");

        Result unknownOption = benchlens("compare", "--frobnicate", base.toString(), base.toString());
        assertThat(unknownOption.exitCode()).isEqualTo(2);
    }

    @Test
    void aPathHoldingSeveralRunsNeedsASelectorForTheBaseline() throws IOException {
        Path folder = dir.resolve("artifact");
        Files.createDirectories(folder);
        ArtifactJson.write(
                run("a", "force", square(8, "float32", op("sum", null, raw("simd", 10, 11, 12, 13, 14)))),
                folder.resolve("baseline_force.json"));
        ArtifactJson.write(
                run("b", "auto", square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9)))),
                folder.resolve("baseline_zauto.json"));

        Result ambiguous = benchlens("compare", "-q", folder.toString(), folder.toString());
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("selects 2 runs").contains("1=").contains("baseline_force.json");

        Result byNumber = benchlens("compare", "-q", folder + "#1", folder + "#2");
        assertThat(byNumber.exitCode()).isZero();
        assertThat(byNumber.out()).contains("-41.7%");

        Result byName = benchlens("compare", "-q", folder + "#force", folder + "#zauto");
        assertThat(byName.out()).isEqualTo(byNumber.out());

        Result noSuchRun = benchlens("compare", "-q", folder + "#3", folder.toString());
        assertThat(noSuchRun.exitCode()).isEqualTo(2);
        assertThat(noSuchRun.err()).contains("there is no run 3");
    }

    @Test
    void reportSummarisesARunByCase() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Result r = benchlens("report", "-q", "--format", "markdown", base.toString());
        assertThat(r.exitCode()).isZero();
        // Mean 12 ms; sample sd of 10..14 is sqrt(10/4) = 1.5811, cv = 13.2%: noisy.
        assertThat(r.out())
                .contains("| 8x8 float32 | sum | simd | 12.0 ms | 5 | 13.2% |")
                .contains("noisy");
    }

    @Test
    void aBadAliasFileIsNamedWithItsLine() throws IOException {
        Path base = write("base.json", 10, 11, 12, 13, 14);
        Path aliases = dir.resolve("aliases.properties");
        Files.writeString(aliases, "# mine\nimplementation.raptors simd\n");
        Result r = benchlens("compare", "--aliases", aliases.toString(), base.toString(), base.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(aliases + ":2: expected");
    }

    @Test
    void helpListsCommandsAndExamples() {
        Result top = benchlens("--help");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out())
                .contains("report")
                .contains("compare")
                .contains("check")
                .contains("Exit codes");
        for (String command : new String[] {"report", "compare", "check"}) {
            Result r = benchlens(command, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out())
                    .contains("Examples:")
                    .contains("benchlens " + command)
                    .doesNotContain("%%");
        }
        // picocli treats help text as a format string: a bare % would print a warning instead of the example.
        assertThat(benchlens("check", "--help").out())
                .contains("pr.json --max-regression 10%" + System.lineSeparator());
    }
}
