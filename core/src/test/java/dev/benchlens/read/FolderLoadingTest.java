package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Run;
import dev.benchlens.format.SimdMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLoadingTest {

    private static final String RUN = """
            {"cases": [{"shape": [2], "dtype": "f", "operations": [{"name": "sum", "numpy_mean_s": 1e-6}]}]}""";

    @TempDir
    Path dir;

    @Test
    void readsTenThousandFilesInNestedFoldersReportingProgressForEach() throws IOException {
        byte[] run = RUN.getBytes(StandardCharsets.UTF_8);
        for (int batch = 0; batch < 10; batch++) {
            Files.createDirectories(dir.resolve("batch" + batch));
        }
        for (int i = 0; i < 10_000; i++) {
            Files.write(dir.resolve("batch" + (i % 10)).resolve("run" + i + ".json"), run);
        }
        List<Integer> done = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();

        LoadResult loaded = new RunLoader().load(List.of(dir), (location, count, total) -> {
            done.add(count);
            totals.add(total);
        });

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.runs()).hasSize(10_000);
        assertThat(done).hasSize(10_000).startsWith(1, 2, 3).endsWith(10_000);
        assertThat(totals).containsOnly(10_000);
    }

    @Test
    void anInterleavedRunsRecordBesideItsTwoRunsIsNeitherARunNorAProblem() {
        TestFiles.write(dir, "base.json", RUN);
        TestFiles.write(dir, "head.json", RUN);
        // Named like anything else: it is known by its content.
        TestFiles.write(dir, "notes.json", """
                {"format": "benchlens-ab", "version": 1, "seed": 7, "rounds": [], "forks": [], "verdicts": []}""");

        LoadResult loaded = new RunLoader().load(dir);

        assertThat(loaded.runs()).hasSize(2);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).isEmpty();
    }

    @Test
    void stopsBeforeTheNextFileWhenItsThreadIsInterrupted() {
        for (int i = 0; i < 5; i++) {
            TestFiles.write(dir, "run" + i + ".json", RUN);
        }

        LoadResult loaded;
        try {
            loaded = new RunLoader().load(List.of(dir), (location, done, total) -> {
                if (done == 2) {
                    Thread.currentThread().interrupt();
                }
            });
        } finally {
            Thread.interrupted();
        }

        assertThat(loaded.runs()).hasSize(2);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).endsWith("run2.json");
            assertThat(p.message()).startsWith("load cancelled");
        });
    }

    @Test
    void readsFilesInPathOrderAndEachOnlyOnce() {
        Path b = TestFiles.write(dir, "b/run.json", RUN);
        Path a = TestFiles.write(dir, "a/run.json", RUN);

        LoadResult loaded = new RunLoader().load(List.of(dir, b), LoadProgress.NONE);

        assertThat(loaded.runs()).extracting(Run::origin).containsExactly(a.toString(), b.toString());
    }

    @Test
    void bringsTheSidecarOfAFileNamedOnItsOwn() {
        Path run = TestFiles.write(dir, "r.json", RUN);
        TestFiles.write(dir, "r.metadata.json", "{\"simd_mode\": \"disable\"}");

        LoadResult loaded = new RunLoader().load(run);

        assertThat(loaded.runs())
                .singleElement()
                .satisfies(r -> assertThat(r.metadata().simdMode()).isEqualTo(SimdMode.DISABLE));
        assertThat(loaded.notes()).isEmpty();
    }

    @Test
    void readsFilesLinkedIntoAFolderButDoesNotFollowLinkedFolders() throws IOException {
        Path elsewhere = TestFiles.write(dir, "elsewhere/run.json", RUN);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path link = Files.createSymbolicLink(folder.resolve("linked.json"), elsewhere);
        Files.createSymbolicLink(folder.resolve("loop"), folder);

        LoadResult loaded = new RunLoader().load(folder);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.runs()).extracting(Run::origin).containsExactly(link.toString());
    }

    @Test
    void pairsSidecarsOnlyWithinTheirOwnFolder() {
        TestFiles.write(dir, "x/r.json", RUN);
        Path stray = TestFiles.write(dir, "y/r.metadata.json", "{\"simd_mode\": \"auto\"}");

        LoadResult loaded = new RunLoader().load(dir);

        assertThat(loaded.runs().getFirst().metadata().simdMode()).isNull();
        assertThat(loaded.notes()).extracting(LoadProblem::location).containsExactly(stray.toString());
    }

    @Test
    void notesFilesThatAreNeitherJsonNorZipInAFolder() {
        TestFiles.write(dir, "run.json", RUN);
        Path readme = TestFiles.write(dir, "README.txt", "not a run");

        LoadResult loaded = new RunLoader().load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).extracting(LoadProblem::location).containsExactly(readme.toString());
    }

    private static final String RAW_JMH = """
            [{"benchmark": "dev.benchlens.bench.jmh.KernelBenchmark.run", "mode": "avgt",
              "params": {"shape": "2", "dtype": "f", "op": "sum", "impl": "simd"},
              "primaryMetric": {"score": 1.0, "scoreUnit": "us/op", "rawData": [[1.0, 1.0]]}}]""";

    @Test
    void jmhOutputBesideTheArtifactItCameFromIsNotLoadedTwice() throws IOException {
        Files.writeString(dir.resolve("quick_auto_1.json"), RUN);
        Files.writeString(dir.resolve("quick_auto_1.jmh.json"), RAW_JMH);

        LoadResult loaded = new RunLoader().load(dir);

        assertThat(loaded.runs())
                .extracting(Run::origin)
                .containsExactly(dir.resolve("quick_auto_1.json").toString());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).singleElement().asString().contains("quick_auto_1.jmh.json", "not loaded again");
    }

    @Test
    void jmhOutputWithNoArtifactBesideItIsARunOfItsOwn() throws IOException {
        Files.writeString(dir.resolve("lonely.jmh.json"), RAW_JMH);

        assertThat(new RunLoader().load(dir).runs())
                .extracting(Run::origin)
                .containsExactly(dir.resolve("lonely.jmh.json").toString());
    }

    @Test
    void severalPathsAreReadSideBySideButTheirRunsKeepThePathsOrder() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path folder = Files.createDirectories(dir.resolve("path" + i));
            for (int j = 0; j < 3; j++) {
                TestFiles.write(folder, "run" + j + ".json", RUN);
            }
            paths.add(folder);
        }
        List<String> reports = Collections.synchronizedList(new ArrayList<>());

        LoadResult loaded = new RunLoader().load(paths, (location, done, total) -> reports.add(done + "/" + total));

        assertThat(loaded.runs())
                .extracting(Run::origin)
                .containsExactly(paths.stream()
                        .flatMap(p -> Stream.of("run0.json", "run1.json", "run2.json")
                                .map(f -> p.resolve(f).toString()))
                        .toArray(String[]::new));
        assertThat(reports).hasSize(12).contains("12/12");
    }
}
