package dev.benchlens.viewer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import dev.benchlens.match.CaseKey;
import org.junit.jupiter.api.Test;

class CaseNamesTest {

    @Test
    void aJmhBenchmarkWithoutAnOpParamIsNamedByItsClassAndMethodWithItsParams() {
        assertThat(CaseNames.operation("dev.benchlens.bench.jmh.BandwidthBenchmark.read mib=4"))
                .isEqualTo("BandwidthBenchmark.read mib=4");
        assertThat(CaseNames.of(new CaseKey(Shape.NONE, "", Layout.NONE, "org.acme.Bench.sum", "")))
                .isEqualTo("Bench.sum");
    }

    @Test
    void otherOperationsAreAsRecorded() {
        assertThat(CaseNames.operation("mean_axis0")).isEqualTo("mean_axis0");
        assertThat(CaseNames.operation("np.sum")).isEqualTo("np.sum");
        assertThat(CaseNames.operation("Kernel.run threads=2")).isEqualTo("Kernel.run threads=2");
    }
}
