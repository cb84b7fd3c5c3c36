package dev.benchlens.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.bench.kernels.Layout;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.RunWarning;
import dev.benchlens.format.Shape;
import dev.benchlens.format.SimdMode;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny real run through JMH forks; it checks what the files hold, never how fast anything was. */
class SuiteRunnerSmokeTest {

    @Test
    void aTinyRunWritesTheArtifactItsMetadataSidecarAndJmhJson(@TempDir Path out) throws Exception {
        SuitePlan plan = new SuitePlan(
                "quick",
                List.of(Shape.of(3, 5)),
                List.of(DType.FLOAT64),
                List.of(Layout.TRANSPOSED),
                List.of(KernelOp.SUM, KernelOp.SCALE_OUT),
                List.of(ImplementationChoice.CANDIDATE, ImplementationChoice.of(Implementation.BLAS)),
                0,
                2,
                1,
                20);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(
                "BENCHLENS_SIMD",
                "force",
                "BENCHLENS_BLAS_LIB",
                "/nonexistent/libblas.so",
                "GITHUB_RUN_ID",
                "42",
                "GITHUB_REPOSITORY",
                "o/r",
                "GITHUB_SHA",
                "abc123",
                "RUNNER_NAME",
                "r1");

        SuiteRunner.Written written = new SuiteRunner(
                        plan,
                        new SuiteSettings(RunSource.of("my-laptop"), out, false, env),
                        new PrintStream(log, true, StandardCharsets.UTF_8))
                .run();

        assertThat(written.artifact().getFileName().toString()).matches("quick_force_\\d{8}T\\d{6}Z\\.json");
        LoadResult loaded = new RunLoader().load(written.artifact());
        assertThat(loaded.problems()).isEmpty();
        Run run = loaded.runs().getFirst();
        assertThat(run.metadata().source()).isEqualTo(RunSource.of("my-laptop"));
        assertThat(run.metadata().simdMode()).isEqualTo(SimdMode.FORCE);
        assertThat(run.metadata().env()).containsEntry("BENCHLENS_SIMD", "force");
        assertThat(run.metadata().git().commit()).isEqualTo("abc123");
        assertThat(run.metadata().ci().runUrl()).isEqualTo("https://github.com/o/r/actions/runs/42");
        assertThat(run.metadata().ci().runner()).isEqualTo("r1");
        assertThat(run.metadata().jvm().flags()).contains("-XX:+AlwaysPreTouch", "jdk.incubator.vector");
        assertThat(run.metadata().harness().forks()).isEqualTo(1);
        assertThat(run.metadata().extra())
                .containsEntry("candidate", "simd")
                .containsEntry("threads", Integer.toString(Runtime.getRuntime().availableProcessors()))
                .containsEntry("threads_from", "available processors (cgroup-aware)");
        assertThat(run.warnings())
                .extracting(RunWarning::message)
                .contains("blas unavailable: cannot load BENCHLENS_BLAS_LIB=/nonexistent/libblas.so");

        Case only = run.cases().getFirst();
        assertThat(only.shape()).isEqualTo(Shape.of(3, 5));
        assertThat(only.layout()).isEqualTo(Layout.TRANSPOSED.recorded());
        assertThat(only.operations()).extracting(Operation::name).containsExactly("sum", "scale_out");
        Measurement simd = only.operations().getFirst().measurement("simd").orElseThrow();
        assertThat(simd.unit()).isEqualTo("us");
        assertThat(simd.samples()).isEqualTo(2);
        assertThat(simd.raw()).hasSize(2).allSatisfy(v -> assertThat(v).isPositive());
        assertThat(simd.min()).isLessThanOrEqualTo(simd.mean());
        assertThat(String.join(
                        "\n", log.toString(StandardCharsets.UTF_8).lines().toList()))
                .contains("[1/", "float64 3x5 transposed sum simd", "ETA");

        JsonNode artifactMetadata =
                ArtifactJson.mapper().readTree(written.artifact().toFile()).get("metadata");
        JsonNode sidecar = ArtifactJson.mapper().readTree(written.metadata().toFile());
        assertThat(fieldNames(sidecar)).isEqualTo(fieldNames(artifactMetadata));
        JsonNode jmh = ArtifactJson.mapper().readTree(written.jmh().toFile());
        assertThat(jmh.isArray()).isTrue();
        assertThat(jmh.get(0).path("params").path("impl").asText()).isEqualTo("simd");
        Run fromJmhJson = new RunLoader().load(written.jmh()).runs().getFirst();
        assertThat(fromJmhJson.cases().getFirst().operations().getFirst().measurement("simd"))
                .as("the artifact and JMH's JSON beside it go through one conversion")
                .contains(simd);
    }

    @Test
    void int32LeavesOutEjmlWithOneWarningAndRunsTheRest(@TempDir Path out) throws Exception {
        SuitePlan plan = new SuitePlan(
                "custom",
                List.of(Shape.of(3, 5)),
                List.of(DType.INT32),
                List.of(Layout.CONTIGUOUS),
                List.of(KernelOp.MEAN_AXIS0),
                List.of(ImplementationChoice.of(Implementation.SIMD), ImplementationChoice.of(Implementation.EJML)),
                0,
                1,
                1,
                20);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Run run = new SuiteRunner(
                        plan,
                        new SuiteSettings(RunSource.of("test"), out, false, Map.of()),
                        new PrintStream(log, true, StandardCharsets.UTF_8))
                .run()
                .run();

        assertThat(run.warnings())
                .extracting(RunWarning::message)
                .containsExactly(
                        "ejml not applicable to int32: EJML has no integer kernels; its int32 cases are left out");
        Case only = run.cases().getFirst();
        assertThat(only.dtype()).isEqualTo("int32");
        assertThat(only.operations().getFirst().measurements())
                .extracting(Measurement::implementation)
                .containsExactly("simd");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("[1/1] int32 3x5 contiguous mean_axis0 simd");
    }

    @Test
    void aSecondRunInTheSameSecondGetsItsOwnName(@TempDir Path out) throws Exception {
        Path first = out.resolve("quick_auto_20260101T000000Z.json");
        Files.writeString(first, "user's file");

        Path chosen = ArtifactFiles.choose(out, "quick", SimdMode.AUTO, java.time.Instant.parse("2026-01-01T00:00:00Z"))
                .artifact();

        assertThat(chosen.getFileName().toString()).isEqualTo("quick_auto_20260101T000000Z_2.json");
        assertThat(Files.readString(first)).isEqualTo("user's file");
    }

    @Test
    void theComparisonSuiteWritesLatest(@TempDir Path out) {
        assertThat(ArtifactFiles.choose(out, "axis0", SimdMode.AUTO, java.time.Instant.EPOCH)
                        .artifact())
                .isEqualTo(out.resolve("latest.json"));
        assertThat(ArtifactFiles.choose(out, "axis0", SimdMode.FORCE, java.time.Instant.EPOCH)
                        .artifact())
                .isEqualTo(out.resolve("latest_force.json"));
        assertThat(ArtifactFiles.choose(out, "axis0", SimdMode.DISABLE, java.time.Instant.EPOCH)
                        .artifact())
                .isEqualTo(out.resolve("latest_disable.json"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
