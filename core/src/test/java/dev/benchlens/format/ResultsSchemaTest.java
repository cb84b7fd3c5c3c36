package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that ArtifactJson writes are valid against the published schema, and read back unchanged. */
class ResultsSchemaTest {

    private static final JsonSchema SCHEMA = loadSchema();

    @TempDir
    Path dir;

    static Run fullRun() {
        RunMetadata metadata = new RunMetadata(
                RunSource.GITHUB_ACTIONS,
                SimdMode.FORCE,
                new RunMetadata.Host("Linux", "aarch64", "Neoverse-N2", 4, 16L << 30),
                new RunMetadata.Container(true, 2.0, 8L << 30, List.of("/.dockerenv present")),
                new RunMetadata.Jvm(
                        "Eclipse Adoptium", "25.0.1", List.of("-Xmx2g", "--add-modules=jdk.incubator.vector")),
                128,
                new RunMetadata.Blas("OpenBLAS", "OpenBLAS 0.3.26 NO_AFFINITY neoversen2", 1),
                Map.of("BENCHLENS_SIMD", "force"),
                new RunMetadata.Git("0123abcd", "refs/heads/main"),
                new RunMetadata.Ci("ubuntu-22.04-arm64", "42", "https://github.invalid/runs/42"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:12:30Z"),
                new RunMetadata.Harness("JMH 1.37", "avgt", 2, "1 s", 5, "1 s", 1),
                Map.of("note", "sample"));
        Measurement simd = new Measurement("simd", "us", 5, 10.0, 9.9, 9.5, 0.35, List.of(9.5, 9.9, 10.0, 10.2, 10.4));
        Measurement scalar = new Measurement("scalar", "us", null, 40.0, null, null, Double.NaN, List.of());
        Operation op = new Operation(
                "mean_axis0", "mean over axis 0", List.of(scalar, simd), new Speedup("scalar", "simd", 4.0));
        return new Run(
                "ignored",
                metadata,
                List.of(new Case(Shape.of(512, 512), "float32", Layout.of("strided"), List.of(op))),
                List.of("a warning"));
    }

    @Test
    void aFullRunAsWrittenIsValidAndReadsBackEqual() throws IOException {
        Path file = dir.resolve("full.json");
        ArtifactJson.write(fullRun(), file);

        assertThat(validate(file)).isEmpty();
        LoadResult loaded = new RunLoader().load(file);
        assertThat(loaded.problems()).isEmpty();
        // Loading adds the identity it resolves; the rest reads back exactly.
        assertThat(loaded.runs().getFirst().withIdentity(null))
                .isEqualTo(fullRun().withOrigin(file.toString()));
    }

    @Test
    void aMinimalRunAsWrittenIsValid() throws IOException {
        Path file = dir.resolve("minimal.json");
        ArtifactJson.write(new Run("x", RunMetadata.ofSource(null), List.of(), List.of()), file);

        assertThat(validate(file)).isEmpty();
    }

    @Test
    void anUpstreamRunConvertedToOurFormatIsValid() throws IOException {
        Run upstream = new RunLoader()
                .load(dev.benchlens.read.TestFiles.resource("upstream/baseline_force_1.json"))
                .runs()
                .getFirst();
        Path file = dir.resolve("converted.json");
        ArtifactJson.write(upstream, file);

        assertThat(validate(file)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheFormatForbids() throws IOException {
        Path file = dir.resolve("full.json");
        ArtifactJson.write(fullRun(), file);
        JsonNode tree = ArtifactJson.mapper().readTree(file.toFile());
        ObjectNode measurement = (ObjectNode) tree.at("/cases/0/operations/0/measurements/0");
        measurement.put("unit", "parsecs");
        measurement.remove("mean");

        Set<ValidationMessage> errors = SCHEMA.validate(tree);

        assertThat(errors)
                .extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .contains("/cases/0/operations/0/measurements/0/unit", "/cases/0/operations/0/measurements/0");
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        return SCHEMA.validate(ArtifactJson.mapper().readTree(file.toFile()));
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ArtifactJson.class.getResourceAsStream("results.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
