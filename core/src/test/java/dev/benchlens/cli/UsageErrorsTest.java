package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A mistyped option or a missing argument: one line, the nearest option when one is close, exit 2. */
class UsageErrorsTest {

    @Test
    void aMistypedOptionIsOneLineWithTheNearestOptionAndAPointerToHelp() {
        Cli.Result result = Cli.benchlens("check", "a.json", "b.json", "--max-regresion", "5%");
        assertThat(result.exitCode()).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("benchlens check: Unknown option: '--max-regresion' (did you mean"
                        + " --max-regression?); see 'benchlens check --help'\n");
    }

    @Test
    void aMissingArgumentOrAFarOffOptionIsOneLineWithoutAGuess() {
        assertThat(Cli.benchlens("compare").err())
                .isEqualTo(
                        "benchlens compare: Missing required parameter: 'BASELINE'; see 'benchlens compare --help'\n");
        assertThat(Cli.benchlens("report", "--zzzzzzzz", "x.json").err())
                .isEqualTo("benchlens report: Unknown option: '--zzzzzzzz'; see 'benchlens report --help'\n");
        assertThat(Cli.benchlens("nonsense").err().lines()).hasSize(1);
    }

    @Test
    void aStatisticsValueOutOfRangeNamesItsOwnOption() {
        Path run = Path.of("src/test/resources/dev/benchlens/read/upstream/baseline_force_1.json");

        Cli.Result alpha = Cli.benchlens("compare", run.toString(), run.toString(), "--alpha", "1.5");
        Cli.Result samples = Cli.benchlens("compare", run.toString(), run.toString(), "--assume-samples", "1");

        assertThat(alpha.exitCode()).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(alpha.err()).contains("--alpha: alpha must lie between 0 and 1, found 1.5");
        assertThat(samples.exitCode()).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(samples.err()).contains("--assume-samples: an assumed sample count must be at least 2, found 1");
    }
}
