package dev.benchlens.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One front door: the clone's two launchers and the installed program all start {@link Main} and nothing else, and
 * take each command's JVM flags from the one file that defines them, app/jvm-flags, whose flags this JVM accepts.
 */
class FrontDoorTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern MAIN_CLASS = Pattern.compile("dev\\.benchlens\\.[a-z.]+\\.[A-Z][A-Za-z]+");
    private static final Set<String> FLAG_LINES = Set.of("every", "batch", "installed");

    @Test
    void bothLaunchersStartMainWithTheFlagsOfTheFlagsFile() throws IOException {
        for (String launcher : List.of("benchlens", "benchlens.cmd")) {
            String script = Files.readString(ROOT.resolve(launcher));
            assertThat(mainClasses(script)).as(launcher).containsExactly(Main.class.getName());
            assertThat(script).as(launcher).contains("jvm-flags").contains("app", "target", "classpath.txt");
            // No usage text of its own: the commands' list lives in Main.
            assertThat(script).as(launcher).doesNotContain("compare BASE CAND");
        }
    }

    @Test
    void theInstalledProgramStartsMainWithTheFlagsOfTheFlagsFile() throws IOException {
        String packaging = Files.readString(ROOT.resolve("packaging/Package.java"));
        assertThat(mainClasses(packaging)).containsExactly(Main.class.getName());
        assertThat(packaging).contains("\"--main-class\", MAIN_CLASS").contains("app/jvm-flags");
        assertThat(flags()).containsKeys("every", "run", "installed");
    }

    @Test
    void everyLineOfTheFlagsFileNamesACommandAndHoldsFlagsThisJvmAccepts() throws Exception {
        Set<String> commands = Main.COMMANDS.stream().map(Main.Command::name).collect(Collectors.toSet());
        for (Map.Entry<String, List<String>> line : flags().entrySet()) {
            assertThat(commands.contains(line.getKey()) || FLAG_LINES.contains(line.getKey()))
                    .as("app/jvm-flags line '%s' names a command of Main or every, batch, installed", line.getKey())
                    .isTrue();
            if (line.getKey().equals("installed")) {
                continue; // names JavaFX's modules, which only the installed runtime links
            }
            List<String> java = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            java.addAll(flags().get("every"));
            java.addAll(line.getValue());
            java.add("-version");
            Process process = new ProcessBuilder(java).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            assertThat(process.waitFor()).as(line.getKey() + ": " + output).isZero();
            assertThat(output.lines().filter(l -> l.startsWith("WARNING") && !l.contains("incubator")))
                    .as(line.getKey())
                    .isEmpty();
        }
    }

    private static List<String> mainClasses(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MAIN_CLASS.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().distinct().toList();
    }

    private static Map<String, List<String>> flags() throws IOException {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("app/jvm-flags"))) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                lines.put(
                        line.substring(0, colon),
                        List.of(line.substring(colon + 1).strip().split("\\s+")));
            }
        }
        return lines;
    }
}
