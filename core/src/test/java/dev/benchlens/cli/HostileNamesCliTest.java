package dev.benchlens.cli;

import static dev.benchlens.cli.Cli.benchlens;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchlens.cli.Cli.Result;
import dev.benchlens.testing.UpstreamLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: names are chosen by whoever made a file, so a name with a line break cannot forge a line of a text
 * report, and names hundreds of characters long cannot push a line past 500 characters, in any command or format
 * a person or a CI script reads.
 */
class HostileNamesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIME = 1_763_134_020L;
    private static final String FORGED = "scale\nFAIL forged line";
    private static final String LONG_OPERATION = "sum_" + "x".repeat(300);
    private static final String LONG_DTYPE_SUFFIX = "y".repeat(250);

    @TempDir
    Path dir;

    @Test
    void everyLineOfEveryReportIsOneLineWithinTheLimit() throws IOException {
        Path baseline = dockerRun("base", "20251114-152700", 1.0);
        Path candidate = dockerRun("head", "20251115-152700", 1.3);
        List<List<String>> commands = List.of(
                List.of("report", baseline.toString()),
                List.of("compare", baseline.toString(), candidate.toString()),
                List.of("check", "--max-regression", "10%", baseline.toString(), candidate.toString()));
        for (List<String> command : commands) {
            for (String format : List.of("text", "markdown")) {
                List<String> args = new java.util.ArrayList<>(List.of(command.getFirst(), "-q", "-f", format));
                args.addAll(command.subList(1, command.size()));
                Result r = benchlens(args.toArray(String[]::new));
                assertThat(r.out()).as("%s -f %s", command.getFirst(), format).contains("512x512");
                assertThat(r.out().lines())
                        .as("%s -f %s", command.getFirst(), format)
                        .allSatisfy(line ->
                                assertThat(line).hasSizeLessThanOrEqualTo(500).doesNotStartWith("FAIL forged"));
            }
        }
    }

    /** The upstream Docker layout, with one operation named with a line break, one very long, and long dtypes. */
    private Path dockerRun(String name, String stamp, double slower) throws IOException {
        Path folder =
                UpstreamLayout.dockerRun(dir.resolve(name), stamp, "auto", TIME, UpstreamLayout.speedup(4.0 / slower));
        ObjectNode results =
                (ObjectNode) JSON.readTree(folder.resolve("results.json").toFile());
        results.withArray("cases").forEach(c -> {
            ((ObjectNode) c).put("dtype", c.get("dtype").asText() + LONG_DTYPE_SUFFIX);
            ((ObjectNode) c.get("operations").get(0)).put("name", FORGED);
            ((ObjectNode) c.get("operations").get(1)).put("name", LONG_OPERATION);
        });
        JSON.writeValue(folder.resolve("results.json").toFile(), results);
        return folder;
    }
}
