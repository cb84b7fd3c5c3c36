package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void samplesGiveCountMedianMinimumAndSampleStddev() {
        Measurement m = Measurement.ofSamples("simd", "us", List.of(4.0, 1.0, 3.0, 2.0));

        assertThat(m.samples()).isEqualTo(4);
        assertThat(m.mean()).isEqualTo(2.5);
        assertThat(m.median()).isEqualTo(2.5);
        assertThat(m.min()).isEqualTo(1.0);
        // squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; / 3 -> sd 1.290994
        assertThat(m.stddev()).isCloseTo(1.290994, within(1e-6));
        assertThat(m.raw()).as("in the order measured").containsExactly(4.0, 1.0, 3.0, 2.0);
    }

    @Test
    void theProducersMeanIsKeptAndOneSampleHasNoStddev() {
        Measurement m = Measurement.ofSamples("simd", "ns", 7.5, List.of(7.0));

        assertThat(m.mean()).isEqualTo(7.5);
        assertThat(m.median()).isEqualTo(7.0);
        assertThat(m.stddev()).isNull();
        assertThat(Measurement.ofSamples("simd", "ns", 7.5, List.of()))
                .isEqualTo(new Measurement("simd", "ns", null, 7.5, null, null, null, List.of()));
    }

    @Test
    void theCi95OfOlderArtifactsIsReadAndIgnored() throws Exception {
        byte[] json = """
                {"format": "benchlens-results", "version": 1, "metadata": {"source": "local"},
                 "cases": [{"shape": [2], "dtype": "float32", "operations": [{"name": "sum", "measurements": [
                   {"implementation": "simd", "unit": "us", "samples": 2, "mean": 2.0, "stddev": 1.0,
                    "ci95": {"low": -7.0, "high": 11.0}, "raw": [1.0, 3.0]}]}]}]}""".getBytes(StandardCharsets.UTF_8);

        Measurement m = ArtifactJson.fromJson(json, "old.json")
                .cases()
                .getFirst()
                .operations()
                .getFirst()
                .measurements()
                .getFirst();

        assertThat(m).isEqualTo(new Measurement("simd", "us", 2, 2.0, null, null, 1.0, List.of(1.0, 3.0)));
        assertThat(ArtifactJson.toJson(ArtifactJson.fromJson(json, "old.json"))).doesNotContain("ci95");
    }
}
