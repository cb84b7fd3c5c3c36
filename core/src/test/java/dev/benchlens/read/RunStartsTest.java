package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.SimdMode;
import dev.benchlens.perf.ArtifactGenerator;
import dev.benchlens.read.limits.LoadLimits;
import dev.benchlens.testing.UpstreamLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStartsTest {

    private static final int OPERATIONS = 400;

    /** What the upstream script and {@code benchlens run} write beside a run: not read by the start itself. */
    private static final String SIDECAR = """
            {"simd_mode": "force", "numpy_version": "2.1.0", "timestamp": "2025-11-14T15:27:00Z"}""";

    private static final String RAW_JMH = """
            [{"benchmark": "dev.benchlens.bench.jmh.KernelBenchmark.run", "mode": "avgt",
              "params": {"shape": "2", "dtype": "f", "op": "sum", "impl": "simd"},
              "primaryMetric": {"score": 1.0, "scoreUnit": "us/op", "rawData": [[1.0, 1.0]]}}]""";

    @TempDir
    Path dir;

    @Test
    void aStartIsTheRunTheWholeReadGivesAsFarAsItGoes() throws IOException {
        Path docker = write("docker_results/20251114-152700/results.json", suiteRun("docker", 1));
        Path github = write("github/latest.json", suiteRun("github-actions", 2));

        Run dockerStart = new RunStarts().read(docker, 100).orElseThrow();
        Run githubStart = new RunStarts().read(github, 100).orElseThrow();
        Run dockerWhole = wholeRead(docker);
        Run githubWhole = wholeRead(github);

        assertThat(dockerStart.measurementCount()).isEqualTo(100).isLessThan(dockerWhole.measurementCount());
        assertThat(dockerStart.identity()).isEqualTo(dockerWhole.identity());
        assertThat(githubStart.identity()).isEqualTo(githubWhole.identity());
        assertThat(dockerStart.cases().getFirst().operations())
                .isEqualTo(dockerWhole.cases().getFirst().operations());
        assertThat(dockerStart.cases().getLast().operations())
                .isEqualTo(dockerWhole
                        .cases()
                        .get(dockerStart.cases().size() - 1)
                        .operations()
                        .subList(0, dockerStart.cases().getLast().operations().size()));
        for (int keys : List.of(1, 37, 100)) {
            assertThat(RunComparator.firstRowsOfStarts(
                            dockerStart, List.of(githubStart), CompareOptions.defaults(), keys))
                    .contains(RunComparator.firstRows(
                            dockerWhole, List.of(githubWhole), CompareOptions.defaults(), keys));
        }
    }

    @Test
    void noFirstRowsFromStartsWhenAPartnerMayLieFurtherOn() throws IOException {
        Run github = suiteRun("github-actions", 2);
        List<Case> cases = new ArrayList<>(github.cases());
        cases.add(cases.remove(0)); // the candidate measures the baseline's first case last
        Path docker = write("docker.json", suiteRun("docker", 1));
        Path reordered = write("github.json", new Run("", github.metadata(), cases, List.of()));

        Optional<RunComparator.FirstRows> fromStarts = RunComparator.firstRowsOfStarts(
                new RunStarts().read(docker, 100).orElseThrow(),
                List.of(new RunStarts().read(reordered, 100).orElseThrow()),
                CompareOptions.defaults(),
                100);

        assertThat(fromStarts).isEmpty();
        assertThat(RunComparator.firstRows(
                                wholeRead(docker), List.of(wholeRead(reordered)), CompareOptions.defaults(), 100)
                        .rows())
                .hasSize(100);
    }

    @Test
    void aFileShorterThanItsStartIsReadWholeWhateverNamesIt() throws IOException {
        Run generated = ArtifactGenerator.generate("small", 10, 3, i -> 1.0);
        Path file = write("small.json", generated);

        Run head = new RunStarts().read(file, 1_000).orElseThrow();

        assertThat(head.cases()).isEqualTo(wholeRead(file).cases());
        assertThat(head.identity()).isEqualTo(wholeRead(file).identity());
    }

    @Test
    void noStartWhenItCannotSayWhichRunTheWholeIs() throws IOException {
        // Named after the implementations its cases compare: cases not yet read could add one.
        Path unnamed = write("generated.json", ArtifactGenerator.generate("generated", OPERATIONS, 1, i -> 1.0));
        Path withBrokenSidecar = write("beside/results.json", suiteRun("docker", 1));
        Files.writeString(withBrokenSidecar.resolveSibling("results.metadata.json"), "{\"numpy_version\": ");
        String json = ArtifactJson.toJson(suiteRun("docker", 1));
        ObjectNode metadataLast = (ObjectNode) ArtifactJson.mapper().readTree(json);
        metadataLast.set("metadata", metadataLast.remove("metadata"));
        Path lateMetadata = write("late-metadata.json", metadataLast.toString());
        ObjectNode layoutLast = (ObjectNode) ArtifactJson.mapper().readTree(json);
        ObjectNode firstCase = (ObjectNode) layoutLast.get("cases").get(0);
        firstCase.set("layout", firstCase.remove("layout"));
        Path lateLayout = write("late-layout.json", layoutLast.toString());
        Path truncated = write("truncated.json", json.substring(0, json.indexOf("\"op02\"")));

        for (Path file : List.of(unnamed, withBrokenSidecar, lateMetadata, lateLayout, truncated, dir)) {
            assertThat(new RunStarts().read(file, 100)).as(file.toString()).isEmpty();
        }
        assertThat(new RunStarts().read(lateMetadata, 1_000_000)).isEmpty();
    }

    @Test
    void aStartHasTheMetadataFileBesideItMergedAsTheWholeReadMergesIt() throws IOException {
        Path file = write("docker_results/20251114-152700/results.json", suiteRun("docker", 1));
        Files.writeString(file.resolveSibling("results.metadata.json"), SIDECAR);

        assertSameRunAsTheWholeRead(file);
        assertThat(wholeRead(file).metadata().simdMode())
                .as("the sidecar counted")
                .isEqualTo(SimdMode.FORCE);
    }

    @Test
    void aZippedArtifactGivesTheStartOfItsOneRun() throws IOException {
        Path zip = zip(
                "linux-arm64-benchmark-results.zip",
                Map.of(
                        "linux_investigation/kernels_force_1.json", ArtifactJson.toJson(suiteRun("github-actions", 2)),
                        "linux_investigation/kernels_force_1.metadata.json", SIDECAR,
                        "linux_investigation/kernels_force_1.jmh.json", RAW_JMH));

        Run start = assertSameRunAsTheWholeRead(zip);

        assertThat(start.origin()).isEqualTo(zip + "!/linux_investigation/kernels_force_1.json");
        assertThat(start.metadata().simdMode()).isEqualTo(SimdMode.FORCE);
    }

    @Test
    void noStartFromAZipThatHoldsMoreThanOneRunsFiles() throws IOException {
        String run = ArtifactJson.toJson(suiteRun("github-actions", 2));
        List<Map<String, String>> zips = List.of(
                Map.of("a.json", run, "b.json", run),
                Map.of("x/a.json", run, "y/a.metadata.json", SIDECAR),
                Map.of("a.json", run, "notes.txt", "hello"),
                Map.of("../a.json", run),
                Map.of("a.json", run, "a.metadata.json", "{\"numpy_version\": "),
                Map.of(
                        "a.json",
                        UpstreamLayout.results("auto", UpstreamLayout.speedup(2))
                                .toString()),
                Map.of("a.metadata.json", SIDECAR));
        for (int i = 0; i < zips.size(); i++) {
            Path zip = zip("refused" + i + ".zip", zips.get(i));
            assertThat(new RunStarts().read(zip, 100))
                    .as(zips.get(i).keySet().toString())
                    .isEmpty();
        }
        Path inner = zip("inner.zip", Map.of("a.json", run));
        Path nested = zip("nested.zip", Map.of("inner.zip", Files.readString(inner, StandardCharsets.ISO_8859_1)));
        assertThat(new RunStarts().read(nested, 100)).as("a zip in a zip").isEmpty();
    }

    @Test
    void aStartIsNeverReadPastItsBound() throws IOException {
        Path file = write("results.json", suiteRun("docker", 1));
        long size = Files.size(file);

        assertThat(new RunStarts(LoadLimits.DEFAULTS, size / 2).read(file, 100)).isPresent();
        assertThat(new RunStarts(LoadLimits.DEFAULTS, size / 2).read(file, 1_000_000))
                .as("a start that would need the whole file")
                .isEmpty();
        assertThat(new RunStarts(LoadLimits.DEFAULTS, size).read(file, 1_000_000))
                .map(Run::measurementCount)
                .isEqualTo(Optional.of(2 * OPERATIONS));
    }

    /** The run's start and the whole read agree on which run it is and what it was measured on. */
    private static Run assertSameRunAsTheWholeRead(Path file) {
        Run start = new RunStarts().read(file, 100).orElseThrow();
        Run whole = wholeRead(file);
        assertThat(start.measurementCount()).isLessThan(whole.measurementCount());
        assertThat(start.metadata()).isEqualTo(whole.metadata());
        assertThat(start.identity()).isEqualTo(whole.identity());
        assertThat(start.cases().getFirst()).isEqualTo(whole.cases().getFirst());
        return start;
    }

    /** A run of our suite, which says so, as {@code benchlens run} writes it. */
    private static Run suiteRun(String source, long seed) {
        Run generated = ArtifactGenerator.generate(source, OPERATIONS, seed, i -> i % 9 == 0 ? 0.5 : 1.0);
        return generated.withMetadata(RunMetadata.ofSource(source).withExtra(Map.of("suite", "kernels")));
    }

    private Path write(String name, Run run) throws IOException {
        return write(name, ArtifactJson.toJson(run));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Run wholeRead(Path file) {
        LoadResult result = new RunLoader().load(file);
        assertThat(result.problems()).isEmpty();
        return result.runs().getFirst();
    }
}
