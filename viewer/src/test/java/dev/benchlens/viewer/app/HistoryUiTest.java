package dev.benchlens.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.testing.WeeklyRuns;
import dev.benchlens.viewer.history.HistoryModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The History tab and the File menu's Open from GitHub item, in the whole window headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class HistoryUiTest {

    @TempDir
    static Path files;

    private static Path weeks;

    private Workspace workspace;
    private MainWindow window;

    @BeforeAll
    static void writeArtifacts() throws IOException {
        weeks = WeeklyRuns.folder(files.resolve("weeks"));
    }

    @Start
    void start(Stage stage) {
        ExplorerUnderTest explorer = ExplorerUnderTest.show(stage, files);
        workspace = explorer.workspace();
        window = explorer.window();
    }

    @Test
    void theHistoryTabDrawsAChartPerSeriesLargestChangeFirstAndAClickComparesThatRun(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> window.open(List.of(weeks)));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> workspace.runs().runs().size() == 42);
        // Change points are looked for once the tab is shown, not while the comparison is being made.
        assertThat(workspace.history().series()).isEmpty();
        robot.interact(() -> robot.lookup("#runTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> workspace.history().series().size() == HistoryModel.MAX_SHOWN);
        VBox charts = robot.lookup("#historyCharts").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> charts.getChildren().size() == HistoryModel.MAX_SHOWN);
        assertThat(robot.lookup("#historyStatus").queryAs(Label.class).getText())
                .startsWith("42 run(s), 216 series, 2 with a change point");
        Node firstChart = ((VBox) charts.getChildren().getFirst()).getChildren().get(1);
        assertThat(((Label) ((VBox) charts.getChildren().getFirst())
                                .getChildren()
                                .getFirst())
                        .getText())
                .startsWith("2048x2048 float32 mean_axis0 [raptors]")
                .contains("+25.1% worse from");

        // A click a little left of the plot's middle is nearest the seventh of its fourteen runs (index 6).
        // Fired at the canvas: under Monocle the robot's pointer raises the chart's tooltip where it then clicks.
        Canvas canvas = (Canvas) ((Parent) firstChart).getChildrenUnmodifiable().getFirst();
        assertThat(canvas.getWidth()).as("as wide as the tab").isGreaterThan(500);
        Point2D at = canvas.localToScene(64 + (canvas.getWidth() - 80) * 6 / 13, 100);
        robot.interact(() -> Event.fireEvent(
                canvas,
                new MouseEvent(
                        MouseEvent.MOUSE_CLICKED,
                        at.getX(),
                        at.getY(),
                        0,
                        0,
                        MouseButton.PRIMARY,
                        1,
                        false,
                        false,
                        false,
                        false,
                        true,
                        false,
                        false,
                        true,
                        false,
                        false,
                        null)));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> workspace.runs().candidates().size() == 1);
        var points = workspace.history().series().getFirst().points();
        assertThat(workspace.runs().candidates().getFirst().run().origin())
                .isEqualTo(points.get(6).origin());
        assertThat(workspace.runs().baseline().run().origin())
                .isEqualTo(points.get(5).origin());
    }

    @Test
    void theFileMenuOpensFromGitHub(FxRobot robot) {
        MenuBar bar = robot.lookup(n -> n instanceof MenuBar).queryAs(MenuBar.class);
        List<MenuItem> file = bar.getMenus().getFirst().getItems();
        assertThat(file).extracting(MenuItem::getText).contains("Open from GitHub…");
    }
}
