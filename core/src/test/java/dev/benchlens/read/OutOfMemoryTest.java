package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.read.limits.LoadLimits;
import dev.benchlens.testing.JavaProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 2 of issue 11: a file that exhausts the heap while it is read becomes that file's problem; the files
 * after it still load. Run in a JVM of its own with a small heap and limits too generous to stop the file first.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatExhaustsTheHeapIsItsOwnProblemAndTheNextFileLoads() throws Exception {
        writeHugeList(dir.resolve("a-huge.json"), 24 << 20);
        TestFiles.write(dir, "b-good.json", """
                {"cases": [{"shape": [2], "dtype": "f", "operations": [{"name": "sum", "numpy_mean_s": 1e-6}]}]}""");

        JavaProcess.Outcome outcome = JavaProcess.run(GenerousLoad.class, "48m", dir.toString());

        assertThat(outcome.output())
                .as(outcome.output())
                .contains("runs: 1")
                .containsPattern("a-huge.json: too large for this JVM's \\d+ MB heap; it was not read \\(set"
                        + " JAVA_TOOL_OPTIONS=-Xmx\\d+g to raise it\\)");
        assertThat(outcome.exitCode()).isZero();
    }

    /** {@code [[0,0,...]]}: a few bytes per value in the file, tens of bytes per value in a tree. */
    private static void writeHugeList(Path file, int bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("[[".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "0,".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
            out.write("0]]".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Loads a folder with limits as large as a terabyte heap's, and prints what it got. */
    public static final class GenerousLoad {
        public static void main(String[] args) {
            LoadResult result = new RunLoader(LoadLimits.forHeap(1L << 40)).load(Path.of(args[0]));
            System.out.println("runs: " + result.runs().size());
            result.problems().forEach(System.out::println);
        }
    }
}
