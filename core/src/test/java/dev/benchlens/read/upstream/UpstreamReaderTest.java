package dev.benchlens.read.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchlens.format.Case;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.RunWarning;
import dev.benchlens.format.Shape;
import dev.benchlens.format.SimdMode;
import dev.benchlens.format.Speedup;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.read.TestFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamReaderTest {

    private final LoadResult loaded = new RunLoader().load(TestFiles.resource("upstream/baseline_force_1.json"));
    private final Run run = loaded.runs().getFirst();

    @Test
    void readsTheSampleAndItsSidecarAsOneRun() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).isEmpty();
        assertThat(loaded.runs()).hasSize(1);
        assertThat(run.origin()).endsWith("baseline_force_1.json");
    }

    @Test
    void keepsTimesInSecondsWithRawNamesAndTheStatedSpeedup() {
        Case small = run.cases().getFirst();
        assertThat(small.shape()).isEqualTo(Shape.of(512, 512));
        assertThat(small.dtype()).isEqualTo("float32");
        assertThat(small.layout()).isEqualTo(Layout.CONTIGUOUS);
        Operation mean = small.operations().getFirst();
        assertThat(mean.name()).isEqualTo("mean_axis0");
        assertThat(mean.description()).isEqualTo("mean over axis 0");
        Measurement numpy = mean.measurement("numpy").orElseThrow();
        assertThat(numpy.unit()).isEqualTo("s");
        assertThat(numpy.mean()).isEqualTo(0.0004);
        assertThat(numpy.stddev()).isEqualTo(0.00002);
        assertThat(numpy.samples()).isNull();
        assertThat(numpy.raw()).isEmpty();
        assertThat(mean.measurement("raptors").orElseThrow().meanSeconds()).isCloseTo(0.0001, within(1e-15));
        assertThat(mean.speedup()).isEqualTo(new Speedup("numpy", "raptors", 4.0));
    }

    @Test
    void saysTheRepeatCountIsUnknown() {
        assertThat(run.warnings()).extracting(RunWarning::message).contains(UpstreamReader.UNKNOWN_SAMPLES_WARNING);
    }

    @Test
    void treatsANaNStandardDeviationAsUnknown() {
        Measurement numpySum =
                run.cases().getFirst().operations().get(1).measurement("numpy").orElseThrow();
        assertThat(numpySum.mean()).isEqualTo(0.0002);
        assertThat(numpySum.stddev()).isNull();
    }

    @Test
    void dropsNonFiniteTimesAndSpeedupsWithAWarningEach() {
        Case large = run.cases().get(1);
        assertThat(large.layout()).isEqualTo(Layout.of("strided"));
        Operation mean = large.operations().getFirst();
        assertThat(mean.measurements()).extracting(Measurement::implementation).containsExactly("numpy");
        assertThat(mean.speedup()).isNull();
        Operation broadcast = large.operations().get(1);
        assertThat(broadcast.measurements())
                .extracting(Measurement::implementation)
                .containsExactly("raptors");
        assertThat(broadcast.speedup()).isNull();
        assertThat(run.warnings())
                .extracting(RunWarning::message)
                .anyMatch(w -> w.contains("mean_axis0") && w.contains("raptors") && w.contains("dropped"));
        assertThat(run.warnings())
                .extracting(RunWarning::message)
                .anyMatch(w -> w.contains("broadcast_add") && w.contains("numpy") && w.contains("dropped"));
        assertThat(run.warnings()).extracting(RunWarning::message).anyMatch(w -> w.contains("speedup is NaN"));
        assertThat(run.warnings()).extracting(RunWarning::message).anyMatch(w -> w.contains("speedup is -Infinity"));
    }

    @Test
    void takesMetadataFromTheFileAndItsSidecar() {
        var metadata = run.metadata();
        assertThat(metadata.source()).isEqualTo(RunSource.UNKNOWN);
        assertThat(metadata.simdMode()).isEqualTo(SimdMode.FORCE);
        assertThat(metadata.env()).isEqualTo(Map.of("RAPTORS_SIMD", "force", "RAPTORS_BLAS", "openblas"));
        assertThat(metadata.startedAt()).isEqualTo(Instant.parse("2024-11-19T07:06:40Z"));
        assertThat(metadata.extra())
                .containsEntry("numpy_version", "2.1.0")
                .containsEntry("runner", "ubuntu-22.04-arm64");
    }

    @Test
    void reportsASidecarThatDisagreesWithTheRunAndKeepsTheRunsValue(@TempDir Path dir) {
        TestFiles.write(dir, "r.json", """
                {"metadata": {"simd_mode": "force", "source": "docker"}, "cases": []}""");
        TestFiles.write(dir, "r.metadata.json", """
                {"simd_mode": "auto", "timestamp": 1.5}""");

        Run merged = new RunLoader().load(dir).runs().getFirst();

        assertThat(merged.metadata().simdMode()).isEqualTo(SimdMode.FORCE);
        assertThat(merged.metadata().source()).isEqualTo(RunSource.DOCKER);
        assertThat(merged.metadata().startedAt()).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
        assertThat(merged.warnings())
                .extracting(RunWarning::message)
                .anyMatch(w -> w.contains("r.metadata.json says simd_mode=auto"));
    }

    @Test
    void keepsMetadataItCannotPlaceAsTextWithAWarning(@TempDir Path dir) {
        TestFiles.write(dir, "r.json", """
                {"metadata": {"env": "RAPTORS_SIMD=1", "timestamp": "last tuesday", "machine": {"cores": 4}},
                 "cases": []}""");

        Run read = new RunLoader().load(dir).runs().getFirst();

        assertThat(read.metadata().env()).isEmpty();
        assertThat(read.metadata().startedAt()).isNull();
        assertThat(read.metadata().extra())
                .containsEntry("env", "RAPTORS_SIMD=1")
                .containsEntry("timestamp", "last tuesday")
                .containsEntry("machine", "{\"cores\":4}");
        assertThat(read.warnings())
                .extracting(RunWarning::message)
                .anyMatch(w -> w.startsWith("metadata env should be an object"))
                .anyMatch(w -> w.startsWith("metadata timestamp \"last tuesday\""));
    }

    @Test
    void acceptsAShapeWrittenAsText(@TempDir Path dir) {
        TestFiles.write(dir, "r.json", """
                {"cases": [{"shape": "8x4", "dtype": "int32", "operations": [
                  {"name": "sum", "numpy_mean_s": 1e-6, "raptors_mean_s": 5e-7, "speedup": 2}]}]}""");

        Case only = new RunLoader().load(dir).runs().getFirst().cases().getFirst();

        assertThat(only.shape()).isEqualTo(Shape.of(8, 4));
        assertThat(only.layout()).isEqualTo(Layout.CONTIGUOUS);
        assertThat(only.operations().getFirst().description()).isEmpty();
    }
}
