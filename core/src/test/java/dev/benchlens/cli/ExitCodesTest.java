package dev.benchlens.cli;

import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.raw;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.testing.JavaProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings 1 and 2 of issue 11: exit 1 means a regression or a guard-rail breach and nothing else. An input too
 * large for the heap once left through the JVM's own uncaught-error exit, 1, and read as a regression.
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    @Test
    void aGuardrailFileThatNeverEndsIsBadInputNotARegression() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path candidate = dir.resolve("cand.json");
        ArtifactJson.write(run("cand", null, square(8, "float32", op("sum", null, raw("simd", 1, 2, 3)))), candidate);

        // A JVM of its own with a small heap: before, reading /dev/zero filled it and the JVM exited 1.
        JavaProcess.Outcome outcome = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> JavaProcess.run(
                        BenchlensCli.class, "64m", "check", "--guardrail", zero.toString(), candidate.toString()));

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(outcome.output()).contains("benchlens: /dev/zero: a device, not a regular file");
    }

    @Test
    void runningOutOfMemoryAnywhereIsBadInputWithAdviceAndNoStackTrace() {
        StringWriter err = new StringWriter();

        int code = Failures.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err));

        assertThat(code).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(err.toString())
                .startsWith("benchlens: the input is too large for this JVM's ")
                .contains("JAVA_TOOL_OPTIONS=-Xmx")
                .doesNotContain("OutOfMemoryError")
                .hasLineCount(1);
    }

    @Test
    void aFaultInBenchlensIsThreeAndAUserErrorTwo() {
        StringWriter err = new StringWriter();

        assertThat(Failures.report(new IllegalStateException("broken"), new PrintWriter(err)))
                .isEqualTo(BenchlensCli.INTERNAL_ERROR);
        assertThat(Failures.report(new UserError("bad \u001b]0;title\u0007path"), new PrintWriter(err)))
                .isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(err.toString()).contains("benchlens: bad ]0;titlepath").doesNotContain("\u001b");
    }

    @Test
    void aZipOfOnlyJunkSaysWhyNothingWasLoaded() throws Exception {
        Path zip = dir.resolve("junk.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.bin"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        StringWriter err = new StringWriter();

        int code = BenchlensCli.run(
                new String[] {"report", "-q", zip.toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(err.toString())
                .contains("benchlens: " + zip + ": no loadable run found: nothing in it is a run; " + zip
                        + "!/a.bin: skipped: neither JSON nor a zip");
    }

    @Test
    void anErrorQuotingAHugeLineStaysOneShortLine() throws Exception {
        Path aliases = Files.writeString(dir.resolve("aliases.properties"), "nonsense " + "x".repeat(1_000_000));
        StringWriter err = new StringWriter();

        int code = BenchlensCli.run(
                new String[] {"report", "--aliases", aliases.toString(), "missing.json"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(BenchlensCli.BAD_INPUT);
        assertThat(err.toString()).hasLineCount(1).hasSizeLessThan(600).contains("aliases.properties:1: expected");
    }
}
