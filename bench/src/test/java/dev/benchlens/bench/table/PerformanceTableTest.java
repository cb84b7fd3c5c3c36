package dev.benchlens.bench.table;

import static dev.benchlens.format.RunSource.LOCAL;
import static dev.benchlens.format.SimdMode.AUTO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceTableTest {

    private static final Map<String, String> PROBE = Map.of(
            "bandwidth_read_4MiB_GBps",
            "90",
            "bandwidth_read_16MiB_GBps",
            "60",
            "bandwidth_read_64MiB_GBps",
            "25",
            "bandwidth_readWrite_4MiB_GBps",
            "80",
            "bandwidth_readWrite_16MiB_GBps",
            "30",
            "bandwidth_readWrite_64MiB_GBps",
            "20");

    @Test
    void aReductionIsJudgedByTheSmallestReadProbeAtLeastAsLargeAsItsInput() {
        long mib = 1 << 20;
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SUM, mib)).isEqualTo(90.0);
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SUM, 16 * mib)).isEqualTo(60.0);
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SUM, 32 * mib)).isEqualTo(25.0);
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SUM, 256 * mib)).isEqualTo(25.0);
    }

    @Test
    void aWritingOperationIsJudgedByTheCopyProbeWhichTouchesTwiceItsSize() {
        long mib = 1 << 20;
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SCALE_OUT, 8 * mib)).isEqualTo(80.0);
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SCALE_OUT, 16 * mib)).isEqualTo(30.0);
        assertThat(PerformanceTable.probe(PROBE, KernelOp.SCALE_OUT, 64 * mib)).isEqualTo(20.0);
    }

    @Test
    void noProbeMeansNoPercentage() {
        assertThat(PerformanceTable.probe(Map.of(), KernelOp.SUM, 1)).isNull();
    }

    /** Issue 25: names come from files; in the table's Markdown they cannot open HTML, mention anyone or split a row. */
    @Test
    void namesFromTheFileAreEscapedForMarkdown() {
        Operation op = new Operation(
                "sum",
                "",
                List.of(new Measurement(
                        "<img src=x onerror=alert(1)>|@team", "us", null, 200.0, null, null, null, List.of())),
                null);
        RunMetadata metadata = new RunMetadata(
                LOCAL, AUTO, null, null, null, null, null, null, null, null, null, null, null, Map.of());
        Run run = new Run(
                "", metadata, List.of(new Case(Shape.of(8, 8), "float32", Layout.CONTIGUOUS, List.of(op))), List.of());

        String table = PerformanceTable.markdown(run, "<!--");

        assertThat(table)
                .doesNotContain("<img", "<!--", "@team")
                .contains("| &lt;img src=x onerror=alert(1)&gt;\\|@&#8203;team µs |")
                .contains("| &lt;!-- GB/s |");
    }
}
