package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.benchlens.match.Aliases;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 1 of issue 11: a named pipe waits for a writer and a device never ends, so reading either hung or ran
 * out of memory. Every reader now refuses them at once with one line, and the files beside them still load.
 */
class SpecialFilesTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String GOOD = """
            {"cases": [{"shape": [2], "dtype": "f", "operations": [{"name": "sum", "numpy_mean_s": 1e-6}]}]}""";

    @TempDir
    Path dir;

    private Path fifo;

    @BeforeEach
    void makeFifo() throws Exception {
        fifo = dir.resolve("f.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is needed");
    }

    @Test
    void aNamedPipeIsOneProblemAndDoesNotWait() {
        LoadResult result = assertTimeoutPreemptively(QUICKLY, () -> new RunLoader().load(fifo));

        assertThat(result.runs()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .hasToString(fifo + ": a pipe, not a regular file; only"
                        + " regular files are read (save its content to a file first)");
    }

    @Test
    void aNamedPipeHasNoStartAndDoesNotWait() {
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> new RunStarts().read(fifo, 100)))
                .isEmpty();
    }

    @Test
    void aNamedPipeInAFolderIsSkippedAndTheOtherFilesLoad() {
        TestFiles.write(dir, "good.json", GOOD);

        LoadResult result = assertTimeoutPreemptively(QUICKLY, () -> new RunLoader().load(dir));

        assertThat(result.runs()).hasSize(1);
        assertThat(result.notes()).extracting(LoadProblem::location).containsExactly(fifo.toString());
    }

    @Test
    void aDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));

        LoadResult result =
                assertTimeoutPreemptively(QUICKLY, () -> new RunLoader().load(List.of(zero, fifo), LoadProgress.NONE));

        assertThat(result.problems())
                .extracting(LoadProblem::message)
                .containsExactly(
                        "a device, not a regular file; only regular files are read (save its content to a"
                                + " file first)",
                        "a pipe, not a regular file; only regular files are read (save its"
                                + " content to a file first)");
    }

    @Test
    void aGuardrailFileThatIsAPipeOrADeviceIsRefused() {
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThatThrownBy(() -> GuardrailReader.read(fifo))
                    .hasMessage(fifo + ": a pipe, not a regular file;"
                            + " only regular files are read (save its content to a file first)");
            assertThatThrownBy(() -> GuardrailReader.read(Path.of("/dev/zero"))).hasMessageContaining("a device");
        });
    }

    @Test
    void anAliasFileThatIsAPipeIsRefused() {
        assertTimeoutPreemptively(
                QUICKLY,
                () -> assertThatThrownBy(() -> Aliases.load(fifo))
                        .hasMessageStartingWith("a pipe, not a regular file"));
    }

    @Test
    void aFileIsReadNoFurtherThanTheLimitWhateverItsStatedSize() throws IOException {
        Path big = Files.writeString(dir.resolve("big.json"), "[" + " ".repeat(4096) + "]");
        LoadLimits limits = new LoadLimits(1024, 1 << 20, 1 << 20, 100, 4, 100);

        LoadResult result = new RunLoader(limits).load(big);

        assertThat(result.problems())
                .singleElement()
                .extracting(LoadProblem::message)
                .asString()
                .startsWith("larger than the 1 KiB limit for one file");
    }

    @Test
    void aSymbolicLinkLoopIsNamedAsSuch() throws IOException {
        Path first = dir.resolve("loop1");
        Path second = dir.resolve("loop2");
        Files.createSymbolicLink(first, second);
        Files.createSymbolicLink(second, first);

        LoadResult result = new RunLoader().load(first);

        assertThat(result.problems())
                .singleElement()
                .hasToString(first + ": a symbolic link loop: the link leads back to itself");
    }
}
