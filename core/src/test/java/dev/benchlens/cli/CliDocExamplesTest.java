package dev.benchlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code ./benchlens} example in docs/cli.md and checks its exit code ({@code # exit N}, else 0). */
class CliDocExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");

    @TestFactory
    List<DynamicTest> everyExampleRunsWithItsExitCode() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/cli.md"))) {
            if (!line.startsWith("./benchlens ")) {
                continue;
            }
            Matcher exit = EXIT.matcher(line);
            int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
            String command = line.replaceAll("#\\s*exit.*$", "").strip();
            tests.add(DynamicTest.dynamicTest(command, () -> {
                String[] args = Arrays.stream(
                                command.substring("./benchlens ".length()).split("\\s+"))
                        .map(arg -> arg.startsWith("docs/") ? ROOT.resolve(arg).toString() : arg)
                        .toArray(String[]::new);
                StringWriter err = new StringWriter();
                int code = BenchlensCli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
                assertThat(code).as(command + "\n" + err).isEqualTo(expected);
                assertThat(err.toString()).doesNotContain("\tat ");
            }));
        }
        assertThat(tests).hasSizeGreaterThan(8);
        return tests;
    }
}
