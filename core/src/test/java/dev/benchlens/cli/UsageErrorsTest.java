package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
