package dev.benchlens.read.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.format.SimdMode;
import dev.benchlens.perf.ArtifactGenerator;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.read.TestFiles;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipLoadingTest {

    private static final String UPSTREAM = TestFilesText.upstream("float32");

    @TempDir
    Path dir;

    /** The layout upload-artifact v4 gives: folders below the common ancestor, no wrapper folder. */
    @Test
    void readsEveryRunOfAGithubArtifactAndAttachesEachSidecar() throws IOException {
        Zips artifact = Zips.create();
        for (String mode : new String[] {"force", "auto", "disable"}) {
            artifact.add("linux_investigation/baseline_" + mode + "_1.json", UPSTREAM)
                    .add(
                            "linux_investigation/baseline_" + mode + "_1.metadata.json",
                            "{\"simd_mode\": \"" + mode + "\", \"timestamp\": 1700000000}");
        }
        artifact.add("results/github-actions-arm64/latest.json", UPSTREAM)
                .add("results/github-actions-arm64/latest.metadata.json", "{\"simd_mode\": \"auto\"}");
        Path zip = Files.write(dir.resolve("artifact.zip"), artifact.bytes());

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.notes()).isEmpty();
        assertThat(loaded.runs())
                .extracting(Run::origin)
                .containsExactly(
                        zip + "!/linux_investigation/baseline_force_1.json",
                        zip + "!/linux_investigation/baseline_auto_1.json",
                        zip + "!/linux_investigation/baseline_disable_1.json",
                        zip + "!/results/github-actions-arm64/latest.json");
        assertThat(loaded.runs())
                .extracting(r -> r.metadata().simdMode())
                .containsExactly(SimdMode.FORCE, SimdMode.AUTO, SimdMode.DISABLE, SimdMode.AUTO);
    }

    @Test
    void reportsProgressForTheZipAndEachEntryWithTheTotalGrowingAsEntriesAreFound() throws IOException {
        byte[] inner = Zips.create().add("c.json", UPSTREAM).bytes();
        Path zip = Files.write(
                dir.resolve("p.zip"),
                Zips.create()
                        .add("a.json", UPSTREAM)
                        .add("b.json", UPSTREAM)
                        .add("inner.zip", inner)
                        .bytes());
        java.util.List<String> seen = new java.util.ArrayList<>();

        new RunLoader()
                .load(
                        java.util.List.of(zip),
                        (location, done, total) ->
                                seen.add(location.substring(dir.toString().length() + 1) + " " + done + "/" + total));

        // the zip itself, its three entries, and the zip inside the inner zip: five files found in all
        assertThat(seen)
                .containsExactly(
                        "p.zip!/a.json 1/4",
                        "p.zip!/b.json 2/4",
                        "p.zip!/inner.zip!/c.json 3/5",
                        "p.zip!/inner.zip 4/5",
                        "p.zip 5/5");
    }

    @Test
    void opensZipsInsideZipsAndInsideFolders() throws IOException {
        byte[] inner = Zips.create().add("run.json", UPSTREAM).bytes();
        byte[] outer = Zips.create()
                .add("nested/inner.zip", inner)
                .add("top.json", UPSTREAM)
                .bytes();
        Files.createDirectories(dir.resolve("downloads"));
        Path zip = Files.write(dir.resolve("downloads/outer.zip"), outer);

        LoadResult loaded = new RunLoader().load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.runs())
                .extracting(Run::origin)
                .containsExactlyInAnyOrder(zip + "!/nested/inner.zip!/run.json", zip + "!/top.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.json", "a/../../evil.json", "/etc/evil.json", "C:\\evil.json"})
    void skipsAnEntryWhoseNameClimbsOutAndKeepsTheRest(String hostileName) throws IOException {
        Path zip = Files.write(
                dir.resolve("a.zip"),
                Zips.create()
                        .add(hostileName, UPSTREAM)
                        .add("good.json", UPSTREAM)
                        .bytes());

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.runs()).extracting(Run::origin).containsExactly(zip + "!/good.json");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(zip + "!/" + hostileName);
            assertThat(p.message()).contains("climbs out");
        });
    }

    @Test
    void refusesAnEntryThatInflatesPastTheRatioAndReadsTheOthers() throws IOException {
        // Looks like JSON, so it is read rather than skipped unread: 8 MiB of blanks deflate about 1000:1.
        String bomb = "[" + " ".repeat(8 * 1024 * 1024) + "]";
        Path zip = Files.write(
                dir.resolve("bomb.zip"),
                Zips.create()
                        .add("first.json", UPSTREAM)
                        .add("bomb.json", bomb)
                        .add("after.json", UPSTREAM)
                        .bytes());

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.runs()).extracting(Run::origin).containsExactly(zip + "!/first.json", zip + "!/after.json");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(zip + "!/bomb.json");
            assertThat(p.message()).contains("100 times its compressed size");
        });
    }

    /** Our own files are parsed as they inflate, and held to the same limits as the others. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void holdsOurFilesToTheLimitsWhileTheyAreParsedAsTheyInflate(boolean nested) throws IOException {
        String ours = ArtifactJson.toJson(ArtifactGenerator.generate("docker", 40, 1, i -> 1.0));
        String bomb = "{\"format\": \"" + ArtifactJson.FORMAT_NAME + "\"," + " ".repeat(2 * 1024 * 1024) + "}";
        byte[] noise = new byte[300 * 1024];
        new java.util.Random(1).nextBytes(noise);
        // Hex does not deflate past 2:1, so only the limit for one file can stop it.
        String large = "{\"format\": \"" + ArtifactJson.FORMAT_NAME + "\", \"pad\": \""
                + HexFormat.of().formatHex(noise) + "\"}";
        byte[] entries = Zips.create()
                .add("first.json", ours)
                .add("large.json", large)
                .add("after.json", ours)
                .add("bomb.json", bomb)
                .add("last.json", ours)
                .bytes();
        Path zip = Files.write(
                dir.resolve("ours.zip"),
                nested ? Zips.create().add("inner.zip", entries).bytes() : entries);
        String inside = nested ? zip + "!/inner.zip" : zip.toString();
        LoadLimits limits = new LoadLimits(512 * 1024, 1L << 30, 64 * 1024, 100, 4, 100);

        LoadResult loaded = new RunLoader(limits).load(zip);

        // A stream cannot step over the bomb without inflating it, so it stops there; the central directory can.
        List<String> read = nested
                ? List.of(inside + "!/first.json", inside + "!/after.json")
                : List.of(inside + "!/first.json", inside + "!/after.json", inside + "!/last.json");
        assertThat(loaded.runs()).extracting(Run::origin).isEqualTo(read);
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems().getFirst()).satisfies(p -> {
            assertThat(p.location()).isEqualTo(inside + "!/large.json");
            assertThat(p.message()).isEqualTo("larger than the 512 KiB limit for one file; not read");
        });
        assertThat(loaded.problems().getLast()).satisfies(p -> {
            assertThat(p.location()).isEqualTo(inside + "!/bomb.json");
            assertThat(p.message()).contains("100 times its compressed size");
        });
    }

    /** A zip inside a zip is read as a stream, which cannot step over an entry without inflating it. */
    @Test
    void stopsReadingANestedZipAtABombAndKeepsWhatCameBefore() throws IOException {
        byte[] zeros = new byte[8 * 1024 * 1024];
        byte[] inner = Zips.create()
                .add("first.json", UPSTREAM)
                .add("bomb.json", zeros)
                .add("after.json", UPSTREAM)
                .bytes();
        Path zip = Files.write(
                dir.resolve("outer.zip"),
                Zips.create()
                        .add("inner.zip", inner)
                        .add("sibling.json", UPSTREAM)
                        .bytes());

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.runs())
                .extracting(Run::origin)
                .containsExactly(zip + "!/inner.zip!/first.json", zip + "!/sibling.json");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(zip + "!/inner.zip!/bomb.json");
            assertThat(p.message()).contains("100 times").contains("the rest of " + zip + "!/inner.zip was not read");
        });
    }

    /** upload-artifact with compression-level 0 stores entries with data descriptors, which a stream cannot read. */
    @Test
    void readsStoredEntriesWithDataDescriptorsAsGithubWritesThemUncompressed() throws IOException {
        Path zip = Files.write(
                dir.resolve("stored.zip"),
                StoredZip.withDataDescriptors(
                        "results/a.json", UPSTREAM, "results/a.metadata.json", "{\"simd_mode\": \"auto\"}"));

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.runs()).singleElement().satisfies(run -> {
            assertThat(run.origin()).isEqualTo(zip + "!/results/a.json");
            assertThat(run.metadata().simdMode()).isEqualTo(SimdMode.AUTO);
        });
    }

    @Test
    void refusesAnArchiveThatInflatesPastTheTotalEvenInsideANestedZip() throws IOException {
        // Random bytes do not compress, so only the total limit can stop them.
        byte[] noise = new byte[600 * 1024];
        new java.util.Random(1).nextBytes(noise);
        byte[] inner = Zips.create().add("a.bin", noise).add("b.bin", noise).bytes();
        Path zip = Files.write(
                dir.resolve("big.zip"), Zips.create().add("inner.zip", inner).bytes());
        LoadLimits limits = new LoadLimits(1 << 20, 1 << 20, 1 << 20, 100, 4, 100);

        LoadResult loaded = new RunLoader(limits).load(zip);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith(zip + "!/inner.zip");
            assertThat(p.message()).contains("past 1 MiB in total");
        });
    }

    @Test
    void readsTheEntriesBeforeTheCutOfATruncatedZip() throws IOException {
        byte[] whole = Zips.create()
                .add("one.json", UPSTREAM)
                .add("two.json", UPSTREAM)
                .bytes();
        Path zip = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length - 150));

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.runs()).extracting(Run::origin).contains(zip + "!/one.json");
        assertThat(loaded.problems())
                .singleElement()
                .extracting(LoadProblem::location)
                .isEqualTo(zip.toString());
        assertThat(loaded.problems().getFirst().message()).containsAnyOf("truncated", "corrupt");
    }

    @Test
    void saysAZipCutInsideAnEntryIsTruncated() throws IOException {
        byte[] whole = Zips.create()
                .add("one.json", UPSTREAM)
                .add("two.json", UPSTREAM)
                .bytes();
        Path zip = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length / 2 + 40));

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(zip.toString());
            assertThat(p.message()).containsAnyOf("truncated", "corrupt");
        });
    }

    @Test
    void saysAnEmptyZipIsEmpty() throws IOException {
        Path zip = Files.write(dir.resolve("empty.zip"), Zips.create().bytes());

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.runs()).isEmpty();
        assertThat(loaded.problems()).containsExactly(new LoadProblem(zip.toString(), "empty zip: it holds no files"));
    }

    @Test
    void doesNotOpenZipsNestedPastTheDepthLimit() throws IOException {
        byte[] zip = Zips.create().add("deep.json", UPSTREAM).bytes();
        for (int i = 0; i < 4; i++) {
            zip = Zips.create().add("level" + i + ".zip", zip).bytes();
        }
        Path file = Files.write(dir.resolve("deep.zip"), zip);

        LoadResult loaded = new RunLoader().load(file);

        assertThat(loaded.runs()).isEmpty();
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nested more than 4 deep"));
    }

    @Test
    void notesGuardrailListsAndStrayFilesInsteadOfFailing() throws IOException {
        Path zip = Files.write(
                dir.resolve("mixed.zip"),
                Zips.create()
                        .add("run.json", UPSTREAM)
                        .add(
                                "limits.json",
                                "[{\"shape\": [4], \"dtype\": \"f\", \"operation\": \"sum\", \"max_simd_ms\": 1}]")
                        .add("README.md", "# notes")
                        .bytes());

        LoadResult loaded = new RunLoader().load(zip);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.runs()).hasSize(1);
        assertThat(loaded.notes())
                .extracting(LoadProblem::location)
                .containsExactly(zip + "!/limits.json", zip + "!/README.md");
    }

    @Test
    void readsAJsonFileInsideAZipWithItsLineAndColumnOnError() throws IOException {
        Path zip = Files.write(
                dir.resolve("bad.zip"),
                Zips.create().add("x/bad.json", "{\n  \"cases\": [\n").bytes());

        LoadProblem problem = new RunLoader().load(zip).problems().getFirst();

        assertThat(problem.location()).isEqualTo(zip + "!/x/bad.json");
        assertThat(problem.message()).startsWith("malformed JSON at line 3, column");
    }

    @Test
    void loadsResourcesSampleFromAZipAsItWouldFromAFolder() throws IOException {
        Path zip = Files.write(
                dir.resolve("sample.zip"),
                Zips.create()
                        .add("baseline_force_1.json", TestFiles.bytes("upstream/baseline_force_1.json"))
                        .add(
                                "baseline_force_1.metadata.json",
                                TestFiles.bytes("upstream/baseline_force_1.metadata.json"))
                        .bytes());

        Run fromZip = new RunLoader().load(zip).runs().getFirst();
        Run fromFolder = new RunLoader()
                .load(TestFiles.resource("upstream/baseline_force_1.json"))
                .runs()
                .getFirst();

        assertThat(fromZip.metadata()).isEqualTo(fromFolder.metadata());
        assertThat(fromZip.cases()).isEqualTo(fromFolder.cases());
    }
}
