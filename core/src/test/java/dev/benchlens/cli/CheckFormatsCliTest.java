package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code check -f FORMAT}: the same failures and exit code in every format. */
class CheckFormatsCliTest {

    private static final String DOCKER = example("docker.json");
    private static final String NATIVE = example("native.json");

    @Test
    void jsonListsTheFailuresTheTextListsWithTheSameExitCode() throws Exception {
        Cli.Result text = Cli.benchlens("check", "-q", NATIVE, DOCKER, "--max-regression", "10%");
        Cli.Result json = Cli.benchlens("check", "-q", "-f", "json", NATIVE, DOCKER, "--max-regression", "10%");

        assertThat(json.exitCode()).isEqualTo(text.exitCode()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("verdict").asText()).isEqualTo("failed");
        long failLines = text.out().lines().filter(l -> l.startsWith("FAIL ")).count();
        assertThat(root.path("failures")).hasSize((int) failLines).isNotEmpty();
        assertThat(text.out())
                .contains("FAIL " + root.path("failures").get(0).path("message").asText());
    }

    @Test
    void markdownSaysPassedWhenNothingRegressed() {
        Cli.Result md = Cli.benchlens("check", "-q", "--format", "markdown", DOCKER, NATIVE, "--max-regression", "10%");

        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).startsWith("## Benchlens check: passed\n\ncheck passed\n");
    }

    @Test
    void anUnknownFormatIsBadInputBeforeAnythingIsRead() {
        Cli.Result result = Cli.benchlens("check", "-f", "xml", DOCKER, "missing.json", "--max-regression", "10%");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format 'xml'").doesNotContain("missing.json");
    }

    private static String example(String name) {
        return Path.of("..", "docs", "examples", name)
                .toAbsolutePath()
                .normalize()
                .toString();
    }
}
