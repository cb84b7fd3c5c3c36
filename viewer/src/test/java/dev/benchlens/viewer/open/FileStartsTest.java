package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.github.RunRecord;
import dev.benchlens.load.RunOpener;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunStarts;
import dev.benchlens.viewer.runs.RunsModel;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: while two large files are read, the start of each is read in a moment, for the first rows; the starts
 * go as soon as a file is done without a run, and when all are done.
 */
class FileStartsTest {

    @TempDir
    Path dir;

    private final ModelThread ui = new ModelThread();
    private final AtomicInteger startsRead = new AtomicInteger();
    private final CountDownLatch readTheWhole = new CountDownLatch(1);
    private final CountDownLatch failBroken = new CountDownLatch(1);
    private final RunsModel runs = new RunsModel();
    private final OpenModel model = new OpenModel(
            this::loadWhenAllowed,
            (file, measurements) -> {
                startsRead.incrementAndGet();
                return new RunStarts().read(file, measurements);
            },
            ui.executor(),
            runs,
            new RecentFiles(List.of()));

    @AfterEach
    void stopUi() {
        readTheWhole.countDown();
        failBroken.countDown();
        ui.close();
    }

    /** A whole read waits for the test; {@code broken.json} then fails to read. */
    private LoadResult loadWhenAllowed(Path path, LoadProgress progress) {
        boolean broken = path.getFileName().toString().equals("broken.json");
        try {
            (broken ? failBroken : readTheWhole).await();
        } catch (InterruptedException e) {
            return LoadResult.empty();
        }
        if (broken) {
            return new LoadResult(List.of(), List.of(new LoadProblem(path.toString(), "truncated at line 9")));
        }
        return new RunOpener().read(path, progress);
    }

    @Test
    void theStartsOfTheFilesComeWhileTheyAreReadAndGoWhenTheyAreRead() throws Exception {
        Path docker = write("docker.json", SyntheticRuns.large("docker", 3_000, 3, 1));
        Path github = write("github.json", SyntheticRuns.large("github-actions", 3_000, 3, 2));

        ui.run(() -> model.open(List.of(docker, github)));
        ui.waitFor(() -> model.startsProperty().get().size() == 2);

        assertThat(ui.get(() ->
                        model.startsProperty().get().stream().map(Run::origin).toList()))
                .containsExactly(docker.toString(), github.toString());
        assertThat(ui.get(() -> runs.runs().isEmpty())).isTrue();
        readTheWhole.countDown();
        ui.waitFor(() -> !model.loadingProperty().get());
        assertThat(ui.get(() -> runs.runs().size())).isEqualTo(2);
        assertThat(ui.get(() -> model.startsProperty().get())).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadTakesTheStartsAwayAtOnce() throws Exception {
        Path docker = write("docker.json", SyntheticRuns.large("docker", 3_000, 3, 1));
        Path broken = write("broken.json", SyntheticRuns.large("github-actions", 3_000, 3, 2));

        ui.run(() -> model.open(List.of(docker, broken)));
        ui.waitFor(() -> model.startsProperty().get().size() == 2);
        failBroken.countDown();

        ui.waitFor(() -> model.startsProperty().get().isEmpty());
        assertThat(ui.get(() -> model.loadingProperty().get()))
                .as("the other file is still being read")
                .isTrue();
    }

    @Test
    void fetchedArtifactsGiveStartsNamedAsTheirWholeReadsWillBe() throws Exception {
        Path docker = zip("docker.zip", SyntheticRuns.large("docker", 3_000, 3, 1), 41);
        Path github = zip("github.zip", SyntheticRuns.large("github-actions", 3_000, 3, 2), 42);

        ui.run(() -> model.open(List.of(docker, github)));
        ui.waitFor(() -> model.startsProperty().get().size() == 2);
        List<RunIdentity> fromStarts = ui.get(
                () -> model.startsProperty().get().stream().map(Run::identity).toList());
        readTheWhole.countDown();
        ui.waitFor(() -> !model.loadingProperty().get());

        assertThat(fromStarts).extracting(RunIdentity::name).allMatch(name -> name.endsWith(" · main@1a2b3c4"));
        assertThat(ui.get(() -> runs.runs().stream()
                        .map(entry -> entry.run().identity())
                        .toList()))
                .isEqualTo(fromStarts);
    }

    @Test
    void noStartsWhenRunsAreOpenAlready() throws Exception {
        ui.run(() -> runs.add(List.of(SyntheticRuns.docker())));
        Path docker = write("docker.json", SyntheticRuns.large("docker", 3_000, 3, 1));
        Path github = write("github.json", SyntheticRuns.large("github-actions", 3_000, 3, 2));

        ui.run(() -> model.open(List.of(docker, github)));
        readTheWhole.countDown();
        ui.waitFor(() -> !model.loadingProperty().get());

        assertThat(startsRead.get()).isZero();
        assertThat(ui.get(() -> runs.runs().size())).isEqualTo(3);
    }

    /** The run zipped as {@code benchlens fetch} saves an artifact, with its workflow run's record beside it. */
    private Path zip(String name, Run run, long workflowRun) throws Exception {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("linux_investigation/kernels_auto_1.json"));
            out.write(ArtifactJson.toJson(SyntheticRuns.asOurSuiteWrites(run)).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.writeString(RunRecord.fileFor(zip), """
                {"source": "github-actions", "timestamp": "2026-11-20T10:00:00Z",
                 "github_run": {"repository": "octo/kernels", "id": %d, "branch": "main", "event": "push",
                                "commit": "1a2b3c4d5e6f", "created_at": "2026-11-20T10:00:00Z",
                                "conclusion": "success", "workflow": "bench"}}""".formatted(workflowRun));
        return zip;
    }

    private Path write(String name, Run run) throws Exception {
        Path file = dir.resolve(name);
        ArtifactJson.write(SyntheticRuns.asOurSuiteWrites(run), file);
        return file;
    }
}
