package dev.benchlens.viewer.app;

import static dev.benchlens.viewer.app.FxWaits.onFx;
import static dev.benchlens.viewer.app.FxWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.viewer.charts.ComparisonChart;
import dev.benchlens.viewer.charts.RatioChart;
import dev.benchlens.viewer.charts.SpeedupBarsChart;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Two runs that state no speedups open on the chart that has something to show, and the other one says why not. */
@ExtendWith(ApplicationExtension.class)
class ChartChoiceUiTest {

    @TempDir
    static Path files;

    private static Path docker;
    private static Path github;

    private Workspace workspace;
    private MainWindow window;

    @BeforeAll
    static void writeRunsWithoutSpeedups() throws IOException {
        docker = files.resolve("docker.json");
        github = files.resolve("github.json");
        ArtifactJson.write(SyntheticRuns.large("docker", 30, 5, 1), docker);
        ArtifactJson.write(SyntheticRuns.large("github-actions", 30, 5, 2), github);
    }

    @Start
    void start(Stage stage) {
        ExplorerUnderTest explorer = ExplorerUnderTest.show(stage, files);
        workspace = explorer.workspace();
        window = explorer.window();
    }

    @Test
    void twoRunsWithoutSpeedupsOpenOnTheRatioChartAndTheSpeedupChartSaysWhyItIsEmpty(FxRobot robot) {
        Platform.runLater(() -> window.open(List.of(docker, github)));
        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().rows().size() == 60);
        assertThat(workspace.compare().comparison().rows())
                .allSatisfy(row -> assertThat(row.candidate().speedup()).isNull());

        waitFor(() -> window.comparePane().currentChart() instanceof RatioChart);

        ComparisonChart bars = onFx(() -> window.comparePane().charts().stream()
                .filter(SpeedupBarsChart.class::isInstance)
                .findFirst()
                .orElseThrow());
        robot.interact(() -> window.comparePane().showChart(bars));
        waitFor(() -> {
            Label placeholder = robot.lookup("#speedupChart .placeholder").queryAs(Label.class);
            return placeholder.isVisible() && placeholder.getText().startsWith("No speedups to draw");
        });
    }
}
