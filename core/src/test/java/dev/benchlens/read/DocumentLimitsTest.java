package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.limits.DocumentLimits;
import dev.benchlens.read.limits.LoadLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 2 of issue 11: limits on what a document holds, checked while it streams, so that a small file cannot
 * ask for a large heap; each refusal names the limit and where in the file it was passed.
 */
class DocumentLimitsTest {

    private static final String GOOD = """
            {"cases": [{"shape": [2], "dtype": "f", "operations": [{"name": "sum", "numpy_mean_s": 1e-6}]}]}""";
    private static final DocumentLimits SMALL = new DocumentLimits(1_000, 3, 4, 20, 8, 10, 30);

    @TempDir
    Path dir;

    @Test
    void aShapeOfAMillionDimensionsIsRefusedAtTheFirstOnePastTheLimit() {
        String dims = "1, ".repeat(1_000_000) + "1";
        TestFiles.write(
                dir,
                "huge.json",
                "{\"cases\": [{\"shape\": [" + dims + "], \"dtype\": \"f\"," + " \"operations\": []}]}");
        TestFiles.write(dir, "good.json", GOOD);

        LoadResult result = new RunLoader().load(dir);

        assertThat(result.runs()).hasSize(1);
        assertThat(result.problems())
                .singleElement()
                .extracting(LoadProblem::message)
                .isEqualTo(
                        "line 1, column 215 (at cases[0].shape[64]): a shape with more than 64 dimensions; at most 64 are"
                                + " read");
    }

    @Test
    void operationsSamplesAndTextsAreCountedPerFile() {
        assertThat(problem("{\"cases\": [{\"shape\": [2], \"dtype\": \"f\", \"operations\": ["
                        + "{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"c\"}, {\"name\": \"d\"}]}]}"))
                .startsWith("line 1, column 101 (at cases[0].operations[3]): more than 3 operations in one file;"
                        + " at most 3 are read (the limit follows this JVM's ");
        assertThat(problem("[{\"benchmark\": \"a.b\", \"primaryMetric\": {\"rawData\": [[1, 2], [3, 4, 5]]}}]"))
                .startsWith("line 1, column 68 (at [0].primaryMetric.rawData[1][2]): more than 4 raw samples in one"
                        + " file; at most 4 are read (the limit follows this JVM's ");
        // Bound straight into records, our own format keeps four times the samples a tree would.
        assertThat(problem("{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": [{"
                        + "\"operations\": [{\"measurements\": [{\"raw\": [" + "1, ".repeat(16) + "1]}]}]}]}"))
                .contains("(at cases[0].operations[0].measurements[0].raw[16]): more than 16 raw samples");
        assertThat(problem("{\"cases\": [], \"metadata\": {\"note\": \"" + "x".repeat(21) + "\"}}"))
                .isEqualTo("line 1, column 36 (at metadata.note): a text longer than 20 characters; at most 20 are"
                        + " read");
    }

    @Test
    void nestingAndLongNumbersGiveTheirPosition() {
        assertThat(problem("[".repeat(11) + "]".repeat(11)))
                .isEqualTo("line 1, column 11 (at [0][0][0][0][0][0][0][0][0][0]): lists and objects nested more"
                        + " than 10 deep");
        assertThat(problem("{\"cases\": [1" + "0".repeat(40) + "]}"))
                .isEqualTo("line 1, column 12 (at cases[0]): a number written with more than 30 characters");
    }

    @Test
    void jacksonsOwnLimitsAreSaidInWordsWithAPosition() {
        DocumentLimits generous = new DocumentLimits(1_000_000, 1_000, 1_000, 1_000, 8, 100_000, 100_000);
        String message = problem("{\"cases\": [1" + "0".repeat(2_000) + "]}", generous);

        assertThat(message)
                .startsWith("line 1, column ")
                .contains("a number written with too many characters")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void theLimitsFollowTheHeap() {
        DocumentLimits oneGib = DocumentLimits.forHeap(1L << 30);
        DocumentLimits fourGib = DocumentLimits.forHeap(4L << 30);

        assertThat(fourGib.maxOperations())
                .isEqualTo(4 * oneGib.maxOperations())
                .isEqualTo(262_144);
        assertThat(fourGib.maxSamples()).isEqualTo(4 * oneGib.maxSamples());
        assertThat(fourGib.maxDimensions()).isEqualTo(64);
        assertThat(LoadLimits.forHeap(512L << 20).maxFileBytes()).isEqualTo(128L << 20);
        assertThat(LoadLimits.forHeap(1L << 30).maxFileBytes()).isEqualTo(256L << 20);
        assertThat(LoadLimits.forHeap(4L << 30).maxFileBytes()).isEqualTo(256L << 20);
        assertThat(oneGib.boundIntoRecords().maxOperations()).isEqualTo(8 * oneGib.maxOperations());
    }

    private static String problem(String json) {
        return problem(json, SMALL);
    }

    private static String problem(String json, DocumentLimits limits) {
        try {
            DocumentReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.json", limits);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("read without a problem: " + json);
    }
}
