package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadProgress;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.viewer.background.UiOnlyExecutor;
import dev.benchlens.viewer.runs.RunsModel;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /** The UI thread of these tests: every model update happens on it, in order, as in the application. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    private final CountDownLatch stuckStarted = new CountDownLatch(1);
    private final CountDownLatch stuckInterrupted = new CountDownLatch(1);
    private final RunsModel runs = new RunsModel();
    private final RunLoader real = new RunLoader();
    private final OpenModel model = new OpenModel(
            this::loadOrHang,
            new UiOnlyExecutor(ui, () -> ui.shutdownNow()),
            LoadThreads.daemons(),
            runs,
            new RecentFiles(List.of()));

    @AfterEach
    void stopUi() {
        ui.shutdownNow();
    }

    /** A file named {@code stuck.json} never finishes until its thread is interrupted, like a hung read. */
    private LoadResult loadOrHang(List<Path> paths, LoadProgress progress) {
        if (paths.getFirst().getFileName().toString().equals("stuck.json")) {
            stuckStarted.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                stuckInterrupted.countDown();
            }
            return LoadResult.empty();
        }
        return real.load(paths, progress);
    }

    @Test
    void aStuckFileBlocksNoOtherFileAndItsCancelEndsIt() throws Exception {
        Path stuck = write("stuck.json", SyntheticRuns.docker());
        Path good = write("good.json", SyntheticRuns.nativeArm());

        onUi(() -> model.open(List.of(stuck)));
        assertThat(stuckStarted.await(10, TimeUnit.SECONDS)).isTrue();
        onUi(() -> model.open(List.of(good)));

        waitFor(() -> onUi(() -> runs.runs().size() == 1));
        assertThat(onUi(() -> model.loads().stream().map(FileLoad::name).toList()))
                .containsExactly("stuck.json");
        assertThat(onUi(() -> model.loadingProperty().get())).isTrue();

        onUi(() -> model.loads().getFirst().cancel());

        assertThat(stuckInterrupted.await(10, TimeUnit.SECONDS))
                .as("the stuck thread is interrupted")
                .isTrue();
        assertThat(onUi(() -> model.loads().isEmpty())).isTrue();
        assertThat(onUi(() -> model.loadingProperty().get())).isFalse();
        assertThat(onUi(() -> runs.runs().size())).isEqualTo(1);
    }

    @Test
    void aCancelledFileIsAProblemOfItsOpeningAndAddsNothing() throws Exception {
        Path stuck = write("stuck.json", SyntheticRuns.docker());
        Path good = write("good.json", SyntheticRuns.nativeArm());

        onUi(() -> model.open(List.of(stuck, good)));
        waitFor(() -> onUi(() -> runs.runs().size() == 1));
        onUi(model::cancelAll);

        assertThat(onUi(() -> List.copyOf(model.problems())))
                .singleElement()
                .isEqualTo(new LoadProblem(stuck.toString(), "cancelled; nothing from it was added"));
        assertThat(onUi(() -> model.statusProperty().get())).contains("1 run read", "1 could not be read");
    }

    private Path write(String name, Run run) throws Exception {
        Path file = dir.resolve(name);
        ArtifactJson.write(run, file);
        return file;
    }

    private void onUi(Runnable action) throws Exception {
        ui.submit(action).get(10, TimeUnit.SECONDS);
    }

    private <T> T onUi(Callable<T> query) throws Exception {
        return ui.submit(query).get(10, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
