package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.benchlens.format.Run;
import dev.benchlens.format.RunWarning;
import dev.benchlens.io.IoMessages;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad file gives exactly one problem naming it, and never stops the good file beside it. */
class BadInputTest {

    private static final String GOOD = """
            {"cases": [{"shape": [2], "dtype": "f", "operations": [{"name": "sum", "numpy_mean_s": 1e-6}]}]}""";

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments("malformed JSON", "{\n  \"cases\": [1,, 2]\n}", "malformed JSON at line 2, column 15"),
                arguments(
                        "truncated JSON",
                        "{\n  \"cases\": [\n    {\"shape\": [2]",
                        "malformed JSON at line 3, column 18"),
                arguments(
                        "JSON nested too deep",
                        "[".repeat(2000) + "]".repeat(2000),
                        "line 1, column 65 (at " + "[0]".repeat(64) + "): lists and objects nested more than 64 deep"),
                arguments("unknown format", "{\"hello\": \"world\"}", "unknown format: expected Benchlens results"),
                arguments(
                        "another tool's format",
                        "{\"format\": \"other-tool\", \"cases\": []}",
                        "unknown format 'other-tool'"),
                arguments("a list of numbers", "[1, 2, 3]", "unknown format"),
                arguments("an empty list", "[]", "an empty list: no benchmark results in it"),
                arguments("not JSON at all", "hello", "unknown format: neither JSON nor a zip"),
                arguments("an empty file", "", "empty file"),
                arguments(
                        "upstream case without shape",
                        "{\"cases\": [{\"dtype\": \"f\", \"operations\": []}]}",
                        "cases[0]: missing field 'shape'"),
                arguments(
                        "upstream operation without name",
                        "{\"cases\": [{\"shape\": [2], \"dtype\": \"f\", \"operations\": [{\"numpy_mean_s\": 1}]}]}",
                        "cases[0].operations[0]: missing field 'name'"),
                arguments(
                        "upstream time that is text",
                        "{\"cases\": [{\"shape\": [2], \"dtype\": \"f\", \"operations\": "
                                + "[{\"name\": \"s\", \"numpy_mean_s\": \"fast\"}]}]}",
                        "'numpy_mean_s' should be a number, found \"fast\""),
                arguments(
                        "upstream negative dimension",
                        "{\"cases\": [{\"shape\": [-2], \"dtype\": \"f\", \"operations\": []}]}",
                        "cases[0]: 'shape' [-2] is not a shape"),
                arguments(
                        "upstream shape too large to count",
                        "{\"cases\": [{\"shape\": [4294967296, 4294967296, 4294967296], \"dtype\": \"f\","
                                + " \"operations\": []}]}",
                        "cases[0]: 'shape' [4294967296,4294967296,4294967296] is not a shape: too many elements to count"),
                arguments(
                        "own format without cases",
                        "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {\"source\": \"local\"}}",
                        "missing field 'cases'"),
                arguments(
                        "own format shape too large to count",
                        "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": [\n"
                                + "  {\"shape\": [4294967296, 4294967296, 4], \"dtype\": \"f\","
                                + " \"operations\": []}]}",
                        "too many elements to count"),
                arguments(
                        "own format measurement without implementation",
                        ownMeasurement("{\"unit\": \"ns\", \"mean\": 5}"),
                        "measurements[0]): missing field 'implementation'"),
                arguments(
                        "own format measurement in an unknown unit",
                        ownMeasurement("{\"implementation\": \"simd\", \"unit\": \"fortnights\", \"mean\": 5}"),
                        "fortnights"),
                arguments(
                        "own format raw sample that is null",
                        ownMeasurement("{\"implementation\": \"simd\", \"unit\": \"ns\", \"mean\": 5,"
                                + " \"raw\": [4, null]}"),
                        "raw sample 1 is null"),
                arguments(
                        "own format raw samples that are not a list",
                        ownMeasurement("{\"implementation\": \"simd\", \"unit\": \"ns\", \"mean\": 5,"
                                + " \"raw\": {\"a\": 1}}"),
                        "'raw' must be a list of numbers"),
                arguments(
                        "own format raw sample that is text",
                        ownMeasurement("{\"implementation\": \"simd\", \"unit\": \"ns\", \"mean\": 5,"
                                + " \"raw\": [4, \"fast\"]}"),
                        "\"fast\""),
                arguments(
                        "own format from the future",
                        "{\"format\": \"benchlens-results\", \"version\": 99, \"metadata\": {}, \"cases\": []}",
                        "format version 99 is not supported"),
                arguments(
                        "own format case without dtype",
                        "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": [\n"
                                + "  {\"shape\": [2], \"operations\": []}]}",
                        "line 2, column"),
                arguments(
                        "JMH record without primaryMetric",
                        "[{\"benchmark\": \"a.B.c\", \"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"ns/op\"}},"
                                + " {\"benchmark\": \"a.B.d\"}]",
                        "[1] (a.B.d): missing field 'primaryMetric'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void givesOneProblemNamingTheFileAndStillLoadsTheOthers(String what, String content, String expected) {
        Path bad = TestFiles.write(dir, "bad.json", content);
        TestFiles.write(dir, "good.json", GOOD);

        LoadResult loaded = new RunLoader().load(java.util.List.of(bad, dir.resolve("good.json")), LoadProgress.NONE);

        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(bad.toString());
            assertThat(problem.message())
                    .contains(expected)
                    .doesNotContain("\n")
                    .doesNotContain("Exception");
        });
        assertThat(loaded.runs())
                .extracting(Run::origin)
                .containsExactly(dir.resolve("good.json").toString());
    }

    @ParameterizedTest(name = "time {0}")
    @MethodSource("impossibleTimes")
    void dropsAMeasurementWithAnImpossibleTimeAndSaysSo(String time) {
        Path file = TestFiles.write(dir, "times.json", """
                {"cases": [{"shape": [2], "dtype": "f", "operations": [
                  {"name": "sum", "numpy_mean_s": %s, "raptors_mean_s": 1e-6}]}]}""".formatted(time));

        LoadResult loaded = new RunLoader().load(file);

        assertThat(loaded.problems()).isEmpty();
        Run run = loaded.runs().getFirst();
        assertThat(run.cases().getFirst().operations().getFirst().measurements())
                .extracting(m -> m.implementation())
                .containsExactly("raptors");
        assertThat(run.warnings())
                .filteredOn(w -> w.kind() == RunWarning.Kind.DROPPED_MEASUREMENT)
                .extracting(RunWarning::message)
                .singleElement()
                .satisfies(w -> assertThat(w).contains("sum numpy").contains("measurement dropped"));
    }

    @Test
    void dropsAStatedSpeedupWhoseReferenceTimeWasDropped() {
        Path file = TestFiles.write(dir, "times.json", """
                {"cases": [{"shape": [2], "dtype": "f", "operations": [
                  {"name": "sum", "numpy_mean_s": NaN, "raptors_mean_s": 1e-6, "speedup": 3.0}]}]}""");

        Run run = new RunLoader().load(file).runs().getFirst();

        assertThat(run.cases().getFirst().operations().getFirst().speedup()).isNull();
        assertThat(run.warnings())
                .extracting(RunWarning::message)
                .anyMatch(w -> w.endsWith("measurement dropped, and the speedup stated with it"));
    }

    static Stream<String> impossibleTimes() {
        return Stream.of("0", "-0.001", "NaN", "Infinity", "-Infinity");
    }

    @Test
    void namesAPathThatDoesNotExist() {
        Path missing = dir.resolve("nowhere.json");

        LoadResult loaded = new RunLoader().load(missing);

        assertThat(loaded.problems()).containsExactly(new LoadProblem(missing.toString(), "no such file or folder"));
    }

    @Test
    void namesAFileThatCannotBeRead() throws IOException {
        Path folderNamedLikeAFile = Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("gone.json"));

        LoadResult loaded = new RunLoader().load(java.util.List.of(link, folderNamedLikeAFile), LoadProgress.NONE);

        assertThat(loaded.problems()).extracting(LoadProblem::location).containsExactly(link.toString());
        assertThat(loaded.notes()).extracting(LoadProblem::location).containsExactly(folderNamedLikeAFile.toString());
    }

    /** Root reads every file, so this runs only where permissions hold (not in CI, which runs as root). */
    @Test
    void namesAFileWithoutReadPermission() throws IOException {
        Path locked = TestFiles.write(dir, "locked.json", GOOD);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        assumeFalse(Files.isReadable(locked), "this user can read any file");

        LoadResult loaded = new RunLoader().load(locked);

        assertThat(loaded.problems())
                .containsExactly(new LoadProblem(locked.toString(), "cannot read: permission denied"));
    }

    @Test
    void saysPermissionDeniedInWords() {
        assertThat(IoMessages.reason(new java.nio.file.AccessDeniedException("/x")))
                .isEqualTo("permission denied");
        assertThat(IoMessages.reason(new java.nio.file.NoSuchFileException("/x")))
                .isEqualTo("no such file or folder");
    }

    @Test
    void refusesAFileLargerThanTheLimitWithoutReadingIt() {
        Path big = TestFiles.write(dir, "big.json", GOOD + " ".repeat(2000));
        LoadLimits limits = new LoadLimits(1024, 1 << 20, 1 << 20, 100, 4, 100);

        LoadResult loaded = new RunLoader(limits).load(big);

        assertThat(loaded.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("larger than the 1 KiB limit for one file"));
    }

    @Test
    void stopsAtTheFileLimitWithOneProblem() {
        for (int i = 0; i < 5; i++) {
            TestFiles.write(dir, "run" + i + ".json", GOOD);
        }
        LoadLimits limits = new LoadLimits(1 << 20, 1 << 20, 1 << 20, 100, 4, 3);

        LoadResult loaded = new RunLoader(limits).load(dir);

        assertThat(loaded.runs()).hasSize(3);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).endsWith("run3.json");
            assertThat(p.message()).contains("more than 3 files");
        });
    }

    @Test
    void notesMetadataWithNoRunBesideIt() {
        Path orphan = TestFiles.write(dir, "lonely.metadata.json", "{\"simd_mode\": \"auto\"}");

        LoadResult loaded = new RunLoader().load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).singleElement().satisfies(n -> {
            assertThat(n.location()).isEqualTo(orphan.toString());
            assertThat(n.message()).contains("no lonely.json beside it");
        });
    }

    private static String ownMeasurement(String measurement) {
        return "{\"format\": \"benchlens-results\", \"version\": 1, \"metadata\": {}, \"cases\": [{\"shape\": [2],"
                + " \"dtype\": \"float32\", \"operations\": [{\"name\": \"sum\", \"measurements\": [" + measurement
                + "]}]}]}";
    }
}
