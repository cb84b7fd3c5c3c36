package dev.benchlens.bench.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.bench.kernels.KernelOp;
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
}
