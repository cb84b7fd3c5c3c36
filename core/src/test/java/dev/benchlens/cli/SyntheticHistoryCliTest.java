package dev.benchlens.cli;

import static dev.benchlens.cli.Cli.benchlens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.cli.Cli.Result;
import dev.benchlens.testing.SyntheticHistory;
import dev.benchlens.testing.SyntheticHistory.MachineChange;
import dev.benchlens.testing.SyntheticHistory.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history} on flat folders of synthetic runs in Benchlens's own format (288 series each): what issue 26 asks
 * of a detector a user can believe.
 */
class SyntheticHistoryCliTest {

    @TempDir
    Path dir;

    private static List<String> csvRows(Result result, String strength) {
        return result.out()
                .lines()
                .skip(1)
                .filter(l -> l.contains("," + strength + ","))
                .toList();
    }

    @Test
    void threeHundredStepFreeRunsGiveAtMostOneChangePoint() throws IOException {
        Path folder = new SyntheticHistory(300, 0.03, 1).writeTo(dir);
        Result result = benchlens("history", "-q", "-f", "csv", folder.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(csvRows(result, "change")).as(result.out()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void threeTenPercentStepsInAHundredRunsAreTheChangesFoundAndNothingElse() throws IOException {
        Path folder = new SyntheticHistory(100, 0.03, 2)
                .step(new Step(30, 1024, "float32", "sum", "simd", 1.10))
                .step(new Step(55, 2048, "float64", "mean_axis0", "blas", 1 / 1.10))
                .step(new Step(80, 256, "float32", "scale", "numpy", 1.10))
                .writeTo(dir);
        Result result = benchlens("history", "-q", "-f", "csv", folder.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> changes = csvRows(result, "change");
        assertThat(changes).as(result.out()).hasSize(3);
        assertThat(changes.get(0))
                .startsWith("256x256,float32,contiguous,scale,numpy,")
                .contains("2026-03-22");
        assertThat(changes.get(1))
                .startsWith("1024x1024,float32,contiguous,sum,simd,")
                .contains("2026-01-31");
        assertThat(changes.get(2))
                .startsWith("2048x2048,float64,contiguous,mean_axis0,blas,")
                .contains("2026-02-25");
    }

    @Test
    void aChangeOfMachineIsLabelledAsTheEnvironmentInEveryFormat() throws IOException {
        Path folder = new SyntheticHistory(40, 0.03, 3)
                .machineChange(new MachineChange(20, 1.15))
                .writeTo(dir);
        Result csv = benchlens("history", "-q", "-f", "csv", folder.toString());
        List<String> changes = csvRows(csv, "change");
        List<String> labelled = changes.stream()
                .filter(row -> row.endsWith(",environment: CPU model and JDK changed"))
                .toList();
        // Every series changes with the machine, and is told so; a search of the segments either side may add one.
        assertThat(labelled).hasSize(SyntheticHistory.SERIES);
        assertThat(labelled.stream().filter(row -> row.contains("2026-01-21")).count())
                .isGreaterThan(SyntheticHistory.SERIES * 9 / 10);
        assertThat(changes.size() - labelled.size()).as(csv.out()).isLessThanOrEqualTo(1);
        Result text = benchlens("history", "-q", folder.toString());
        assertThat(text.out()).contains("environment: CPU model and JDK changed");
        Result json = benchlens("history", "-q", "-f", "json", folder.toString());
        assertThat(json.out()).contains("\"cause\" : \"environment: CPU model and JDK changed\"");
    }

    @Test
    void checkAgainstTheHistoryDoesNotFailANewMachineUnlessAsked() throws IOException {
        SyntheticHistory history = new SyntheticHistory(21, 0.03, 6).machineChange(new MachineChange(20, 1.15));
        Path folder = dir.resolve("history");
        java.nio.file.Files.createDirectories(folder);
        for (int i = 0; i < 20; i++) {
            dev.benchlens.format.ArtifactJson.write(history.run(i), folder.resolve("run_" + i + ".json"));
        }
        Path candidate = dir.resolve("candidate.json");
        dev.benchlens.format.ArtifactJson.write(history.run(20), candidate);
        Result lenient = benchlens(
                "check", "-q", "--history", folder.toString(), candidate.toString(), "--max-regression", "5%");
        assertThat(lenient.exitCode()).as(lenient.out() + lenient.err()).isZero();
        assertThat(lenient.out() + lenient.err())
                .contains("environment: CPU model and JDK changed, so not failed (--fail-on-environment fails it)");
        Result strict = benchlens(
                "check",
                "-q",
                "--history",
                folder.toString(),
                candidate.toString(),
                "--max-regression",
                "5%",
                "--fail-on-environment");
        assertThat(strict.exitCode()).as(strict.out() + strict.err()).isEqualTo(1);
    }

    @Test
    void aFlatFolderOfDifferentlyNamedRunsIsOneHistory() throws IOException {
        Path folder = new SyntheticHistory(30, 0.03, 4).writeTo(dir);
        Result result = benchlens("history", "-q", "-f", "json", folder.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("too few");
        assertThat(result.out().lines().filter(l -> l.contains("\"group\" :")).distinct())
                .containsExactly("    \"group\" : \"GitHub aarch64 · auto\",");
        assertThat(result.out().lines().filter(l -> l.contains("\"group\" :")).count())
                .isEqualTo(SyntheticHistory.SERIES);
    }

    @Test
    void theSelfTestPrintsTheDetectionRatesOfTheHistory() throws IOException {
        Path folder = new SyntheticHistory(60, 0.03, 5).writeTo(dir);
        Result result = benchlens("history", "-q", "--self-test", folder.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("GitHub aarch64 · auto \\(60 runs, 288 series\\): a step for the worse of 5% found in"
                        + " \\d+%, 10% in \\d+%, 20% in \\d+%; \\d+ change point\\(s\\) elsewhere in \\d+ trials");
        // At CV 3% and 60 runs a 20% step is seven times the noise: every one is found.
        assertThat(result.out()).contains("20% in 100%");
    }
}
