package dev.benchlens.read.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.benchlens.github.GitHubAnswers;
import dev.benchlens.match.Aliases;
import dev.benchlens.read.GuardrailReader;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.read.RunStarts;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Any bytes at all, read as a file: format detection, zips, and every reader behind them, as the guard-rail
 * and alias files the commands take, and as GitHub's answers to {@code fetch} (its JSON pages and headers). The property of issue 11: whatever the input, a load gives runs or problems,
 * each problem one short line, and never another exception than the reader's own, with such a line.
 * The limits are those of a small heap, so that an input cannot get past a limit a real heap would have.
 *
 * <p>A normal build replays the seeds (the test fixtures) and every crash found so far from
 * {@code src/test/resources/dev/benchlens/read/fuzz/LoaderFuzzTestInputs/loadsAnyFile}; {@code .ci/run} fuzzes
 * for a fixed time with {@code JAZZER_FUZZ=1} (docs/results-format.md, "Fuzzing").
 */
class LoaderFuzzTest {

    private static final LoadLimits SMALL_HEAP = LoadLimits.forHeap(64L << 20);
    private static final RunLoader LOADER = new RunLoader(SMALL_HEAP);
    private static final RunStarts STARTS = new RunStarts(SMALL_HEAP);
    private static final Path FOLDER = folder();
    private static final Duration TIME_BOUND = Duration.ofSeconds(10);

    @FuzzTest(maxDuration = "60s")
    void loadsAnyFile(byte[] content) throws IOException {
        // A name the readers take for a run file, so that sidecar and companion rules are exercised too.
        Path file = FOLDER.resolve("input.json");
        Files.write(file, content);

        long start = System.nanoTime();
        LoadResult result = LOADER.load(file);
        // The explorer's first rows read the start of a large file beside the whole read: one or none, no exception.
        STARTS.read(file, 20);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Generous for a loaded CI machine; a hang or a quadratic blow-up takes far longer.
        assertThat(took).as("time to load %d bytes", content.length).isLessThan(TIME_BOUND);
        assertThat(result.runs().isEmpty()
                        && result.problems().isEmpty()
                        && result.notes().isEmpty())
                .as("a load that gives neither a run nor a problem nor a note")
                .isFalse();
        for (LoadProblem problem : result.problems()) {
            assertWords(problem.message());
        }
        readAsGuardrails(file);
        readAsAliases(content);
        GitHubAnswers.readAll(content);
    }

    /** The other readers of user files: a guard-rail list for check, and an alias table. */
    private static void readAsGuardrails(Path file) {
        try {
            GuardrailReader.read(file);
        } catch (GuardrailReader.GuardrailFileException e) {
            assertThat(e.getMessage()).startsWith(file + ": ");
            assertWords(e.getMessage().substring(file.toString().length() + 2));
        }
    }

    private static void readAsAliases(byte[] content) {
        try {
            Aliases.parse(new String(content, StandardCharsets.UTF_8), "aliases");
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("aliases:").doesNotContain("Exception");
        }
    }

    private static void assertWords(String message) {
        assertThat(message)
                .hasSizeLessThanOrEqualTo(300)
                .doesNotStartWith("Benchlens failed") // a reader threw: a fault to fix, not the file's
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("benchlens-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
