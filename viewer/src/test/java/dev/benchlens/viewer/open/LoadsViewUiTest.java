package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.runs.RunsModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11: a file being read shows with a visible Cancel, and clicking it stops that file's thread. */
@ExtendWith(ApplicationExtension.class)
class LoadsViewUiTest {

    @TempDir
    Path dir;

    private final CountDownLatch interrupted = new CountDownLatch(1);
    private OpenModel model;

    @Start
    void start(Stage stage) {
        model = new OpenModel(
                (path, progress) -> hangUntilInterrupted(),
                new FxBackgroundExecutor(),
                new RunsModel(),
                new RecentFiles(List.of()));
        stage.setScene(new Scene(new LoadsView(model), 600, 80));
        stage.show();
    }

    private LoadResult hangUntilInterrupted() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted.countDown();
        }
        return LoadResult.empty();
    }

    @Test
    void aFileBeingReadHasACancelButtonThatStopsIt(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("slow.json"), "{}");
        robot.interact(() -> model.open(List.of(file)));

        Button cancel = robot.lookup(".cancel-load").queryButton();
        assertThat(cancel.isVisible()).isTrue();
        robot.clickOn(cancel);

        assertThat(interrupted.await(10, TimeUnit.SECONDS))
                .as("the reading thread is interrupted")
                .isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".cancel-load").queryAll()).isEmpty();
        assertThat(model.problems())
                .extracting(LoadProblem::message)
                .containsExactly("cancelled; nothing from it was added");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
