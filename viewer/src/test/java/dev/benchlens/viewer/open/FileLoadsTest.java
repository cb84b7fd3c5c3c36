package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.viewer.runs.RunsModel;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: in the explorer each file loads as its own task on its own thread. One that never finishes holds up
 * no other file, and its Cancel ends it at once; before, one such file blocked the single background worker, and
 * every later open, compare and export waited forever.
 */
class FileLoadsTest {

    @TempDir
    Path dir;

    private final ModelThread ui = new ModelThread();

    private final CountDownLatch stuckStarted = new CountDownLatch(1);
    private final CountDownLatch stuckInterrupted = new CountDownLatch(1);
    private final RunsModel runs = new RunsModel();
    private final RunLoader real = new RunLoader();
    private final OpenModel model = new OpenModel(this::loadOrHang, ui.executor(), runs, new RecentFiles(List.of()));

    @AfterEach
    void stopUi() {
        ui.close();
    }

    /** A file named {@code stuck.json} never finishes until its thread is interrupted, like a hung read. */
    private LoadResult loadOrHang(Path path, LoadProgress progress) {
        if (path.getFileName().toString().equals("stuck.json")) {
            stuckStarted.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                stuckInterrupted.countDown();
            }
            return LoadResult.empty();
        }
        return real.load(path, progress);
    }

    @Test
    void aStuckFileBlocksNoOtherFileAndItsCancelEndsIt() throws Exception {
        Path stuck = write("stuck.json", SyntheticRuns.docker());
        Path good = write("good.json", SyntheticRuns.nativeArm());

        ui.run(() -> model.open(List.of(stuck)));
        assertThat(stuckStarted.await(10, TimeUnit.SECONDS)).isTrue();
        ui.run(() -> model.open(List.of(good)));

        ui.waitFor(() -> runs.runs().size() == 1);
        assertThat(ui.get(() -> model.loads().stream().map(FileLoad::name).toList()))
                .containsExactly("stuck.json");
        assertThat(ui.get(() -> model.loadingProperty().get())).isTrue();

        ui.run(() -> model.loads().getFirst().cancel());

        assertThat(stuckInterrupted.await(10, TimeUnit.SECONDS))
                .as("the stuck thread is interrupted")
                .isTrue();
        assertThat(ui.get(() -> model.loads().isEmpty())).isTrue();
        assertThat(ui.get(() -> model.loadingProperty().get())).isFalse();
        assertThat(ui.get(() -> runs.runs().size())).isEqualTo(1);
    }

    @Test
    void aCancelledFileIsAProblemOfItsOpeningAndAddsNothing() throws Exception {
        Path stuck = write("stuck.json", SyntheticRuns.docker());
        Path good = write("good.json", SyntheticRuns.nativeArm());

        ui.run(() -> model.open(List.of(stuck, good)));
        ui.waitFor(() -> runs.runs().size() == 1);
        ui.run(model::cancelAll);

        assertThat(ui.get(() -> List.copyOf(model.problems())))
                .singleElement()
                .isEqualTo(new LoadProblem(stuck.toString(), "cancelled; nothing from it was added"));
        assertThat(ui.get(() -> model.statusProperty().get())).contains("1 run read", "1 could not be read");
    }

    private Path write(String name, Run run) throws Exception {
        Path file = dir.resolve(name);
        ArtifactJson.write(run, file);
        return file;
    }
}
