package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
