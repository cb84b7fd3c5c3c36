package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.read.json.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Findings 4 and 5 of issue 11: whole numbers that do not fit are errors naming the field, not silently wrapped;
 * messages say where and what was expected in a file's words, without Java class names, in one short line.
 */
class NumbersAndMessagesTest {

    private static final String OWN = "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {\"source\":"
            + " \"local\"}, \"cases\": [";

    @TempDir
    Path dir;

    @Test
    void aDimensionTooLargeForLongIsAnErrorNamingTheFieldNotAWrappedValue() {
        String upstream = problem(
                "{\"cases\": [{\"shape\": [2, 99999999999999999999999], \"dtype\": \"f\"," + " \"operations\": []}]}");
        String own = problem(OWN + "{\"shape\": [99999999999999999999999], \"dtype\": \"f\", \"operations\": []}]}");
        String text = problem(
                "{\"cases\": [{\"shape\": \"2x99999999999999999999999\", \"dtype\": \"f\"," + " \"operations\": []}]}");

        assertThat(upstream)
                .isEqualTo("cases[0]: shape[1]: 99999999999999999999999 is out of range: a whole number"
                        + " up to 9,223,372,036,854,775,807 is expected");
        assertThat(own)
                .isEqualTo("line 1, column 124 (at cases[0].shape[0]): 99999999999999999999999 is out of"
                        + " range: a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807 is expected"
                        + " here");
        assertThat(text)
                .isEqualTo("cases[0]: 'shape' '2x99999999999999999999999': dimension 2 is out of range"
                        + " (a whole number up to 9,223,372,036,854,775,807 is expected)");
        assertThat(upstream + own + text).doesNotContain("200376420520689663");
    }

    @Test
    void countsOutOfRangeAreErrorsToo() {
        assertThat(problem(OWN + "{\"shape\": [2], \"dtype\": \"f\", \"operations\": [{\"name\": \"x\","
                        + " \"measurements\": [{\"implementation\": \"a\", \"unit\": \"ms\", \"mean\": 1,"
                        + " \"samples\": 99999999999}]}]}]}"))
                .endsWith("'samples' 99999999999 is out of range: a whole number up to 2,147,483,647 is expected");
        assertThat(problem("[{\"benchmark\": \"a.b\", \"mode\": \"avgt\", \"primaryMetric\": {\"score\": 1,"
                        + " \"scoreUnit\": \"ms/op\", \"rawDataHistogram\": [[[[1, 99999999999999999999999]]]]}}]"))
                .isEqualTo("[0] (a.b): primaryMetric.rawDataHistogram[0][0][0][1]: 99999999999999999999999 is out"
                        + " of range: a whole number up to 9,223,372,036,854,775,807 is expected");
    }

    @Test
    void truncatedJsonSaysWhatIsLeftOpenAndWhere() {
        assertThat(problem("{\n  \"cases\": [\n    {\"shape\": [2]"))
                .isEqualTo("malformed JSON at line 3, column 18: the file ends before an object (opened at line 3,"
                        + " column 5) is closed");
        assertThat(problem(OWN + "{\"shape\": [2]"))
                .isEqualTo("line 1, column 103 (at cases[0]): the file ends before an object (opened at line 1,"
                        + " column 90) is closed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {\"startedAt\": \"yesterday\"}, \"cases\": []}",
                "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": {}}",
                "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": [{\"shape\": \"abc\"}]}",
                "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": [{\"shape\": [2],"
                        + " \"dtype\": \"f\", \"operations\": [{\"name\": \"x\", \"measurements\": [{\"implementation\":"
                        + " \"a\", \"unit\": \"ms\", \"mean\": true}]}]}]}",
                "{\"a\": 1 \"b\": 2}",
                "{\"a\": tru}",
            })
    void messagesUseAFilesWordsNotJavaClassNames(String json) {
        assertThat(problem(json))
                .doesNotContainPattern(
                        "java\\.|Exception|`|JsonToken|Integer|ArrayList|Boolean" + "|Instant|deserialize");
    }

    @Test
    void aMessageQuotingWhatItFoundStaysShort() {
        String hostile = "{\"a\": tru" + "e".repeat(500_000) + "}";
        TestFiles.write(dir, "long.json", hostile);
        TestFiles.write(dir, "format.json", "{\"format\": \"" + "x".repeat(500_000) + "\"}");
        TestFiles.write(
                dir,
                "shape.json",
                "{\"cases\": [{\"shape\": \"" + "1".repeat(400_000) + "x\","
                        + " \"dtype\": \"f\", \"operations\": []}]}");

        LoadResult result = new RunLoader().load(dir);

        assertThat(result.problems())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.message()).hasSizeLessThanOrEqualTo(300));
    }

    private static String problem(String json) {
        try {
            DocumentReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.json");
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("read without a problem: " + json);
    }
}
