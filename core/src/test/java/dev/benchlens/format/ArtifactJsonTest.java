package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatItWrote() throws Exception {
        Path file = dir.resolve("run.json");
        ArtifactJson.write(ResultsSchemaTest.fullRun(), file);

        assertThat(ArtifactJson.read(file))
                .isEqualTo(ResultsSchemaTest.fullRun().withOrigin(file.toString()));
    }

    @Test
    void writesAWarningAsItsTextAndReadsItBackAsANote() throws Exception {
        RunWarning dropped = new RunWarning(RunWarning.Kind.DROPPED_MEASUREMENT, "2 f sum numpy: time NaN s dropped");
        Run run = new Run("", RunMetadata.ofSource("local"), List.of(), List.of(dropped), null);

        String json = ArtifactJson.toJson(run);

        assertThat(json).contains("\"warnings\" : [ \"2 f sum numpy: time NaN s dropped\" ]");
        assertThat(ArtifactJson.fromJson(json.getBytes(StandardCharsets.UTF_8), "r")
                        .warnings())
                .containsExactly(RunWarning.note(dropped.message()));
    }

    @Test
    void namesTheFileTheLineAndTheFieldOfABindingError() throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), """
                {"format": "benchlens-results", "version": 1, "metadata": {},
                 "cases": [{"shape": [2], "operations": []}]}""");

        assertThatThrownBy(() -> ArtifactJson.read(file))
                .hasMessageStartingWith(file + ": line 2, column ")
                .hasMessageContaining("(at cases[0])")
                .hasMessageEndingWith("missing field 'dtype'");
    }

    @Test
    void saysWhichFieldIsMissingAtTheTop() throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), """
                {"format": "benchlens-results", "metadata": {}, "cases": []}""");

        assertThatThrownBy(() -> ArtifactJson.read(file)).hasMessage(file + ": missing field 'version'");
    }

    @Test
    void reportsMalformedJsonWithItsPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("run.json"), "{\"format\": \"benchlens-results\",\n \"version\": }");

        assertThatThrownBy(() -> ArtifactJson.read(file)).hasMessageStartingWith(file + ": line 2, column 13: ");
    }
}
