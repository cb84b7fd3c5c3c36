package dev.benchlens.cli;

import static dev.benchlens.cli.Cli.benchlens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.cli.Cli.Result;
import dev.benchlens.testing.UpstreamLayout;
import dev.benchlens.testing.UpstreamLayout.Times;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on files in the upstream project's own layout, which record no sample count. */
class UpstreamArtifactsCliTest {

    private static final long DOCKER_TIME = 1_763_134_020L; // 2025-11-14 15:27 UTC
    private static final long LATER = DOCKER_TIME + 86_400;

    @TempDir
    Path dir;

    private Path docker() throws IOException {
        return UpstreamLayout.dockerRun(dir, "20251114-152700", "auto", DOCKER_TIME, UpstreamLayout.speedup(0.15));
    }

    /** A second Docker-layout run of the auto kernel, a day later, with these times. */
    private Path dockerAgain(Times times) throws IOException {
        return UpstreamLayout.dockerRun(dir.resolve("again"), "20251115-152700", "auto", LATER, times);
    }

    private static Times slower(Times base, double numpyFactor, double raptorsFactor, String onlyOperation) {
        return (shape, dtype, operation) -> {
            double[] t = base.of(shape, dtype, operation);
            boolean hit = onlyOperation == null
                    || (operation.equals(onlyOperation) && shape[0] == 2048 && dtype.equals("float32"));
            return hit ? new double[] {t[0] * numpyFactor, t[1] * raptorsFactor} : t;
        };
    }

    @Test
    void runsAreNamedByTheirEnvironmentWithTheReasonAndHostFactsFromTheNumpyConfig() throws IOException {
        Result docker = benchlens("report", "-q", docker().toString());
        assertThat(docker.exitCode()).isZero();
        assertThat(docker.out())
                .startsWith("Run: Docker · raptors auto · 2025-11-14 15:27")
                .contains("Environment: docker (folder docker_results)")
                .contains("Arch: aarch64 (numpy config: Machine Information, host cpu)")
                .contains("NumPy BLAS: scipy-openblas 0.3.28")
                .contains("raptors (auto)")
                .doesNotContain(dir.toString());

        Path zip = UpstreamLayout.githubArtifact(dir.resolve("linux-arm64-benchmark-results.zip"));
        Result github = benchlens("report", "-q", zip.toString());
        assertThat(github.out())
                .contains("Run: GitHub · raptors force · 2025-11-17 16:47")
                .contains("Run: GitHub · raptors auto · 2025-11-17 16:48")
                .contains("Run: GitHub · raptors disable · 2025-11-17 16:49")
                .contains("Environment: github-actions (the workflow's artifact linux-arm64-benchmark-results)")
                .contains("File: linux-arm64-benchmark-results.zip!/results/github-actions-arm64/latest.json");
    }

    @Test
    void threadsComeFromTheThreadsVariableAndLongDiagnosticsStayOneFoldedLine() throws IOException {
        Path docker = docker();
        Path sidecar = docker.resolve("results.metadata.json");
        String diagnostics = "ThreadingDiagnostics(" + "pool=adaptive, workers=10, ".repeat(100) + ")";
        Files.writeString(
                sidecar,
                Files.readString(sidecar).replaceFirst("\\{", "{\"raptors_threading\": \"" + diagnostics + "\","));

        Result report = benchlens("report", "-q", docker.toString());

        assertThat(report.out())
                .contains("Threads: 4 (recorded env RAPTORS_THREADS)")
                .doesNotContain(diagnostics)
                .containsPattern(
                        "Raptors_threading: ThreadingDiagnostics\\(pool=adaptive.*… \\(\\d+ characters in all\\)");
        assertThat(report.out().lines()).allMatch(line -> line.length() < 300);
    }

    @Test
    void bothArgumentOrdersPickTheDockerRunAsBaselineAndGiveTheSameRatios() throws IOException {
        Path docker = docker();
        Path zip = UpstreamLayout.githubArtifact(dir.resolve("linux-arm64-benchmark-results.zip"));
        Result one = benchlens("compare", "-q", "--pick-baseline", "-f", "csv", docker.toString(), zip.toString());
        Result other = benchlens("compare", "-q", "--pick-baseline", "-f", "csv", zip.toString(), docker.toString());
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).isEqualTo(other.out());
        assertThat(one.out().lines().skip(1))
                .allMatch(line ->
                        line.startsWith("Docker · raptors auto · 2025-11-14" + " 15:27,docker,GitHub · raptors "));
        assertThat(one.err()).contains("baseline: Docker · raptors auto").contains("the Docker run");
    }

    @Test
    void compareStartsWithTheSeedsExpectedResultsPerSimdMode() throws IOException {
        Path zip = UpstreamLayout.githubArtifact(dir.resolve("linux-arm64-benchmark-results.zip"));
        Result r = benchlens("compare", "-q", "-f", "markdown", docker().toString(), zip.toString() + "#force");
        assertThat(r.exitCode()).isZero();
        String seedTable = r.out().substring(0, r.out().indexOf("### Candidate 1"));
        // 6.5x natively over 0.15x in Docker: 43.3x, inside the forced-SIMD band 25..80.
        assertThat(seedTable)
                .contains("### Expected results")
                .contains("| force (baseline ran auto) | raptors vs numpy | 0.150x | 6.50x | 43.3x |")
                .contains("| 25..80x | inside |");
    }

    @Test
    void withoutSampleCountsRowsAreUntestedAndNeverCountedUnchanged() throws IOException {
        Result r = benchlens(
                "compare",
                "-q",
                docker().toString(),
                dockerAgain(UpstreamLayout.speedup(0.015)).toString());
        assertThat(r.out())
                .contains("0 better, 0 worse, 0 unchanged (tested), 72 untested")
                .contains("Largest changes:")
                .contains("ratio 0.100x");

        Result assumed = benchlens(
                "compare",
                "-q",
                "--assume-samples",
                "5",
                docker().toString(),
                dockerAgain(UpstreamLayout.speedup(0.015)).toString());
        assertThat(assumed.out())
                .contains("0 better, 36 worse, 36 unchanged (tested), 0 untested")
                .contains("taken to have 5 samples");
    }

    @Test
    void checkFailsWhenTheKernelIsSlowerInEveryCaseEvenUntested() throws IOException {
        Times base = UpstreamLayout.speedup(0.15);
        Path candidate = dockerAgain(slower(base, 1, 1.3, null));
        Result r = checkAgainstDocker(candidate);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("FAIL inconclusive, judged by its magnitude: ")
                .contains("[raptors]")
                .contains("(untested: sample count unknown)")
                .contains("30.0% slower relative to numpy")
                .doesNotContain("check passed");

        Result assumed = checkAgainstDocker(candidate, "--assume-samples", "5");
        assertThat(assumed.exitCode()).isEqualTo(1);
        assertThat(assumed.out()).contains("FAIL regression: ");

        Result allowed = checkAgainstDocker(candidate, "--allow-untested");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out())
                .contains("note: inconclusive, judged by its magnitude")
                .endsWith("check passed\n");
    }

    /**
     * Issue 24: one row 30% slower but not significant, because NumPy's CV on it is 22%, once passed as "no
     * regression"; it is inconclusive, and fails by its magnitude. The other rows' intervals lie within 10%.
     */
    @Test
    void checkFailsAnInconclusiveRowBeyondTheThresholdAndCallsTheRestWithin() throws IOException {
        Path candidate = dockerAgain(slower(UpstreamLayout.speedup(0.15), 1, 1.3, "mean_axis0"));
        Path results = candidate.resolve("results.json");
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(results.toFile());
        for (var c : root.path("cases")) {
            for (var op : c.path("operations")) {
                if (c.path("shape").get(0).asInt() == 2048
                        && c.path("dtype").asText().equals("float32")
                        && op.path("name").asText().equals("mean_axis0")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) op)
                            .put("numpy_std_s", op.path("numpy_mean_s").asDouble() * 0.22);
                }
            }
        }
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(results.toFile(), root);

        Result r = checkAgainstDocker(candidate, "--assume-samples", "5");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .containsOnlyOnce("FAIL ")
                .contains("FAIL inconclusive, judged by its magnitude: 2048x2048 float32 mean_axis0 [raptors]")
                .contains("30.0% slower relative to numpy [")
                .contains(", not significant)")
                .contains("note: 36 gated row(s) at 10.0%: 0 regression, 35 within, 1 inconclusive\n");
    }

    @Test
    void checkFailsWhenTheKernelIsSlowerInOneCase() throws IOException {
        Path candidate = dockerAgain(slower(UpstreamLayout.speedup(0.15), 1, 1.3, "mean_axis0"));
        Result r = checkAgainstDocker(candidate);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsOnlyOnce("FAIL ").contains("2048x2048 float32 mean_axis0 [raptors]");
    }

    @Test
    void checkPassesIdenticalRuns() throws IOException {
        Result r = checkAgainstDocker(dockerAgain(UpstreamLayout.speedup(0.15)));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("check passed\n");
    }

    @Test
    void aSlowerMachineIsNotARegressionButIsNamed() throws IOException {
        // NumPy and the kernel both 30% slower: the machine changed, not the code.
        Path candidate = dockerAgain(slower(UpstreamLayout.speedup(0.15), 1.3, 1.3, null));
        Result r = checkAgainstDocker(candidate);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("note: the reference numpy is 30.0% slower")
                .contains("the machines differ");

        Result gated = checkAgainstDocker(candidate, "--gate-reference");
        assertThat(gated.exitCode()).isEqualTo(1);
        assertThat(gated.out()).contains("[numpy]");
    }

    @Test
    void checkWithNothingMatchedIsBadInput() throws IOException {
        Times otherShapes = UpstreamLayout.speedup(0.15);
        Path candidate = dockerAgain(otherShapes);
        Files.writeString(
                candidate.resolve("results.json"),
                Files.readString(candidate.resolve("results.json"))
                        .replace("\"dtype\" : \"float", "\"dtype\" : \"int"));
        Result r = checkAgainstDocker(candidate);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("error: no case matched").doesNotContain("check passed");
    }

    @Test
    void guardRailsResolveTheKernelAndFailClosedOnEntriesThatMatchNothing() throws IOException {
        Path docker = docker();
        Path rails = dir.resolve("rails.json");
        // raptors takes 2048*2048*4/20e9/0.15 s = 5.59 ms on float32 mean_axis0 at 2048x2048.
        Files.writeString(rails, """
                [{"shape": [2048, 2048], "dtype": "float32", "operation": "mean_axis0", "max_raptors_ms": 5.0}]""");
        Result breach = benchlens("check", "-q", "--guardrail", rails.toString(), docker.toString());
        assertThat(breach.exitCode()).isEqualTo(1);
        assertThat(breach.out()).contains("FAIL guard-rail: 2048x2048 float32 mean_axis0 [raptors]");

        Files.writeString(rails, """
                [{"shape": [64, 64], "dtype": "float32", "operation": "mean_axis0", "max_raptors_ms": 5.0}]""");
        Result unmatched = benchlens("check", "-q", "--guardrail", rails.toString(), docker.toString());
        assertThat(unmatched.exitCode()).isEqualTo(2);
        assertThat(unmatched.out())
                .contains("matches no case in any checked run")
                .doesNotContain("check passed");
        assertThat(benchlens("check", "-q", "--guardrail", rails.toString(), "--allow-unmatched", docker.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void aStatedSpeedupThatIsNotTheRatioOfItsTimesIsFlaggedAndTheTimesWin() throws IOException {
        Path candidate = dockerAgain(UpstreamLayout.speedup(0.15));
        Path results = candidate.resolve("results.json");
        Files.writeString(results, Files.readString(results).replace("\"speedup\" : 0.15", "\"speedup\" : 100.0"));
        Result r = benchlens("compare", "-q", "-f", "csv", docker().toString(), candidate.toString());
        assertThat(r.out().lines().filter(l -> l.contains(",raptors,")))
                .isNotEmpty()
                .allMatch(l -> l.contains(",1.0,speedup,") || l.matches(".*,(0\\.99|1\\.0)\\d*,speedup,.*"))
                .allMatch(l -> l.contains("the stated speedup 100.0x is not the ratio of its times"));
    }

    @Test
    void tablesNameRunsWithoutTheAbsolutePathsOfTheMachineThatWroteThem() throws IOException {
        Path zip = UpstreamLayout.githubArtifact(dir.resolve("linux-arm64-benchmark-results.zip"));
        Result r = benchlens("compare", "-q", "-f", "markdown", docker().toString(), zip.toString());
        assertThat(r.out())
                .doesNotContain(dir.toString())
                .contains("**Baseline:** Docker · raptors auto · 2025-11-14 15:27 (docker: folder docker_results;"
                        + " 20251114-152700/results.json)");
    }

    /** {@code check -q DOCKER CANDIDATE --max-regression 10%}, then any further options. */
    private Result checkAgainstDocker(Path candidate, String... options) throws IOException {
        List<String> args = new ArrayList<>(
                List.of("check", "-q", docker().toString(), candidate.toString(), "--max-regression", "10%"));
        args.addAll(List.of(options));
        return benchlens(args.toArray(String[]::new));
    }
}
