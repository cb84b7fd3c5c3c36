package dev.benchlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.Benchlens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainTest {

    record Result(int exitCode, String out, String err) {}

    static Result benchlens(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionIsCoresVersion() {
        Result result = benchlens("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("benchlens " + Benchlens.VERSION);
    }

    @Test
    void reportIsHandedToCoresCommandLine() {
        Result result = benchlens("report", "../docs/examples/native.json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("sum");
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Result result = benchlens("compare", "no-such-run.json", "../docs/examples/native.json");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no-such-run.json");
    }

    @Test
    void everyCommandTheUsageListsIsDispatched() {
        List<String> commands = listedCommands();
        assertThat(commands).contains("view", "run", "table", "report", "compare", "check", "history", "fetch", "help");
        for (String command : commands) {
            assertThat(benchlens("help", command).exitCode())
                    .as("help " + command)
                    .isZero();
        }
    }

    @Test
    void testAndPackageNeedTheSourcesAndSaySo() {
        for (String command : List.of("test", "package")) {
            Result result = benchlens(command);
            assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(result.err().lines())
                    .singleElement()
                    .asString()
                    .isEqualTo("benchlens: " + command + " needs the sources: run it as ./benchlens " + command
                            + " in a clone of the repository");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void anUnknownCommandOrAMistypedOptionIsOneLineWithAPointerToHelp() {
        Result unknown = benchlens("veiw");
        assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err().lines()).singleElement().asString().endsWith("see 'benchlens help'");

        Result compare = benchlens("compare", "--fromat", "json", "a.json", "b.json");
        assertThat(compare.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(compare.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("benchlens compare: Unknown option: '--fromat' (did you mean --format?); see"
                        + " 'benchlens compare --help'");
        assertThat(compare.out()).isEmpty();
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Result result = benchlens();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(Main.USAGE);
    }

    @Test
    void viewWithNoPathOpensTheInstalledSamplesAndGivenPathsOtherwise() {
        assertThat(Main.viewPaths(new String[0], "/usr/lib/benchlens/app/samples"))
                .containsExactly("/usr/lib/benchlens/app/samples");
        assertThat(Main.viewPaths(new String[] {"a.json", "b.zip"}, "/usr/lib/benchlens/app/samples"))
                .containsExactly("a.json", "b.zip");
        assertThat(Main.viewPaths(new String[0], null)).isEmpty();
    }

    private static List<String> listedCommands() {
        Matcher m = Pattern.compile("(?m)^  ([a-z]+) ").matcher(Main.USAGE);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1));
        }
        return commands;
    }
}
