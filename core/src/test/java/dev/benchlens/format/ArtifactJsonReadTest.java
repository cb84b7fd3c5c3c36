package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.perf.ArtifactGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading straight from bytes must give exactly what binding the same document through a tree gives. */
class ArtifactJsonReadTest {

    @Test
    void directReadEqualsBindingThroughATree() throws IOException {
        Run generated = ArtifactGenerator.generate("g", 500, 3, i -> 1.0);
        byte[] json = ArtifactJson.toJson(generated).getBytes(StandardCharsets.UTF_8);

        Run direct = ArtifactJson.fromJson(json, "g");
        Run bound = ArtifactJson.fromTree(ArtifactJson.mapper().readTree(json), "g");
        assertThat(direct).isEqualTo(bound).isEqualTo(generated);
    }

    @Test
    void theDocsExamplesReadTheSameBothWays() throws IOException {
        for (String name : new String[] {"docker.json", "native.json"}) {
            byte[] json = Files.readAllBytes(Path.of("..", "docs", "examples", name));
            assertThat(ArtifactJson.fromJson(json, name))
                    .isEqualTo(ArtifactJson.fromTree(ArtifactJson.mapper().readTree(json), name));
        }
    }

    @Test
    void repeatedNamesAreReadAsOneInstance() throws IOException {
        Run generated = ArtifactGenerator.generate("g", 50, 3, i -> 1.0);
        Run read = ArtifactJson.fromJson(ArtifactJson.toJson(generated).getBytes(StandardCharsets.UTF_8), "g");
        Measurement first =
                read.cases().getFirst().operations().getFirst().measurements().getFirst();
        Measurement last =
                read.cases().getLast().operations().getLast().measurements().getFirst();
        assertThat(last.implementation()).isEqualTo(first.implementation()).isSameAs(first.implementation());
        assertThat(last.unit()).isSameAs(first.unit());
        assertThat(read.cases().getLast().dtype())
                .isSameAs(read.cases().getFirst().dtype());
    }

    @Test
    void unknownFieldsAreSkippedAndNonFiniteNumbersAccepted() throws IOException {
        String json = """
                {"format": "benchlens-results", "version": 1, "future": {"x": [1, 2]},
                 "metadata": {"source": "local"},
                 "cases": [{"shape": [4], "dtype": "float32", "extra": 1, "operations": [
                   {"name": "sum", "measurements": [
                     {"implementation": "simd", "unit": "ns", "mean": 5, "stddev": "NaN", "raw": [4, "6", NaN]}]}]}]}
                """;
        Run run = ArtifactJson.fromJson(json.getBytes(StandardCharsets.UTF_8), "x");
        Measurement m =
                run.cases().getFirst().operations().getFirst().measurements().getFirst();
        assertThat(m.mean()).isEqualTo(5.0);
        assertThat(m.stddev()).isNaN();
        assertThat(m.raw()).containsExactly(4.0, 6.0, Double.NaN);
        assertThat(run.warnings()).isEmpty();
    }
}
