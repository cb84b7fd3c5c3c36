package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code compare} shows every kernel against its own run's bandwidth probe, in each format: two committed runs of
 * the performance page, each with its probe, and an upstream-layout run, which records none.
 */
class BandwidthSharesCliTest {

    private static final Path MEASUREMENTS = Path.of("..", "docs", "measurements");
    private static final String EARLIER =
            MEASUREMENTS.resolve("goals-20261126.json").toString();
    private static final String FINAL =
            MEASUREMENTS.resolve("goals-final-20261126.json").toString();

    @Test
    void textAndMarkdownShowEachSidesShareOfItsOwnProbe() {
        for (String format : new String[] {"text", "markdown"}) {
            Cli.Result r = Cli.benchlens("compare", "-q", "--format", format, EARLIER, FINAL);
            assertThat(r.exitCode()).isZero();
            // float32 1024² sum [auto]: 4 MiB in 26.2 us against the final run's 4 MiB read probe of 94.83 GB/s
            assertThat(r.out())
                    .contains("Limits")
                    .containsPattern("1024x1024 float32[ |]+sum[ |]+auto .*bandwidth: baseline 95% \\(89.2 GB/s\\),"
                            + " candidate 169% \\(160 GB/s\\) of its own run's probe");
        }
    }

    @Test
    void csvAndJsonCarryTheFiguresForScripts() {
        Cli.Result csv = Cli.benchlens("compare", "-q", "--format", "csv", EARLIER, FINAL);
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .endsWith(
                        "baseline_gbps,baseline_bandwidth_share,candidate_gbps,candidate_bandwidth_share,machine_hints");
        Cli.Result json = Cli.benchlens("compare", "-q", "--format", "json", EARLIER, FINAL);
        assertThat(json.out()).contains("\"limits\"", "\"probeGbps\"", "\"share\"");
    }
}
