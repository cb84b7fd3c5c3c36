package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.perf.ArtifactGenerator;
import org.junit.jupiter.api.Test;

class RunTest {

    @Test
    void saysWhetherItHasMoreMeasurementsThanACountAsItsCountWould() {
        Run run = ArtifactGenerator.generate("docker", 30, 1, i -> 1.0);
        int count = run.measurementCount();

        assertThat(count).isEqualTo(60);
        assertThat(run.hasMoreMeasurementsThan(count - 1)).isTrue();
        assertThat(run.hasMoreMeasurementsThan(count)).isFalse();
        assertThat(run.hasMoreMeasurementsThan(0)).isTrue();
        assertThat(new Run("empty", RunMetadata.ofSource("docker"), java.util.List.of(), java.util.List.of())
                        .hasMoreMeasurementsThan(0))
                .isFalse();
    }
}
