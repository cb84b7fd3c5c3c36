package dev.benchlens.viewer.app;

import static dev.benchlens.viewer.app.FxWaits.onFx;
import static dev.benchlens.viewer.app.FxWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.testing.UpstreamLayout;
import dev.benchlens.viewer.charts.ComparisonChart;
import dev.benchlens.viewer.charts.MatrixChart;
import dev.benchlens.viewer.compare.CompareTableView;
import dev.benchlens.viewer.prefs.Theme;
import dev.benchlens.viewer.prefs.ViewerSettings;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The matrix of every case, copying rows, the dark theme and the remembered window, driven headless. */
@ExtendWith(ApplicationExtension.class)
class DesktopHabitsUiTest {

    @TempDir
    static Path files;

    private static Path docker;
    private static Path github;

    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void writeArtifacts() throws IOException {
        docker = UpstreamFiles.dockerZip(files);
        github = UpstreamLayout.githubArtifact(files.resolve("linux-arm64-benchmark-results.zip"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ExplorerUnderTest explorer = ExplorerUnderTest.show(stage, files);
        workspace = explorer.workspace();
        window = explorer.window();
    }

    private void openBoth() {
        Platform.runLater(() -> window.open(List.of(github, docker)));
        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().candidates().size() == 4
                && !table().getItems().isEmpty());
    }

    @Test
    void withMoreThanTwoRunsTheMatrixIsInFrontAndClickingACellSelectsItsRow(FxRobot robot) {
        openBoth();
        ComparisonChart matrix = onFx(() -> window.comparePane().currentChart());
        assertThat(matrix).isInstanceOf(MatrixChart.class);
        ComparisonRow row = table().getItems().stream()
                .filter(r -> r.key().toString().equals("2048x2048 float32 mean_axis0 [raptors]"))
                .skip(1)
                .findFirst()
                .orElseThrow();
        waitFor(() -> matrix.screenPointOf(row).isPresent());

        Point2D cell = onFx(() -> matrix.screenPointOf(row)).orElseThrow();
        robot.clickOn(cell);

        waitFor(() -> row.equals(table().getSelectionModel().getSelectedItem()));
        assertThat(matrix.highlighted()).contains(row);
    }

    @Test
    void copyingPutsTheSelectedRowsOnTheClipboardAsTextAndATable(FxRobot robot) {
        openBoth();
        robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().selectIndices(0, 1);
            table().requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        String text = onFx(() -> Clipboard.getSystemClipboard().getString());
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("Shape\tdtype\tLayout\tOperation\tImplementation\tCandidate\tRatio");
        ComparisonRow first = table().getItems().getFirst();
        assertThat(lines.get(1))
                .startsWith(first.key().shape() + "\t" + first.key().dtype())
                .contains("\t" + workspace.compare().candidateName(first) + "\t");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getHtml()))
                .startsWith("<table>")
                .contains("<th>Ratio</th>");
    }

    @Test
    void theDarkThemeIsChosenInTheViewMenuAndRemembered(FxRobot robot) {
        robot.clickOn("View").clickOn("Dark Theme");
        waitFor(() -> window.darkTheme());
        assertThat(workspace.settings().theme()).isEqualTo(Theme.DARK);

        robot.clickOn("View").clickOn("Light Theme");
        waitFor(() -> !window.darkTheme());
        assertThat(workspace.settings().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theWindowsPlaceSizeAndMaximisedStateAreKeptForTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        ViewerSettings.WindowState kept = onFx(() -> window.settingsToKeep().window());
        assertThat(kept).isEqualTo(new ViewerSettings.WindowState(60, 50, 1000, 640, false));

        workspace.updateSettings(workspace.settings().withWindow(kept));
        Stage reopened = onFx(() -> {
            Stage other = new Stage();
            new MainWindow(workspace, other).show();
            return other;
        });
        assertThat(onFx(() -> List.of(reopened.getX(), reopened.getY(), reopened.getWidth(), reopened.getHeight())))
                .containsExactly(60.0, 50.0, 1000.0, 640.0);
        robot.interact(reopened::hide);
    }

    @Test
    void namesFromAFileShowOnOneLineWithoutItsControlCharacters() throws IOException {
        Path base = withAHostileOperationName(SyntheticRuns.docker(), "docker.json");
        Path other = withAHostileOperationName(SyntheticRuns.nativeArm(), "native.json");

        Platform.runLater(() -> window.open(List.of(base, other)));
        // The rows are in the table before a pulse has laid out cells for them.
        waitFor(() ->
                workspace.compare().comparison() != null && !shownCellTexts().isEmpty());
        List<String> cells = shownCellTexts();

        assertThat(cells).contains("sum [31mred").noneMatch(text -> text.chars().anyMatch(c -> c < 0x20 || c == 0x7f));
    }

    private List<String> shownCellTexts() {
        return onFx(() -> table().lookupAll(".table-cell").stream()
                .filter(node -> node instanceof Labeled)
                .map(node -> ((Labeled) node).getText())
                .filter(Objects::nonNull)
                .toList());
    }

    /** The run with its {@code sum} operation named with a line break and a terminal's colour sequence. */
    private static Path withAHostileOperationName(Run run, String name) throws IOException {
        List<Case> cases = run.cases().stream()
                .map(c -> new Case(
                        c.shape(),
                        c.dtype(),
                        c.layout(),
                        c.operations().stream()
                                .map(op -> op.name().equals("sum")
                                        ? new Operation(
                                                "sum\n\u001b[31mred", op.description(), op.measurements(), op.speedup())
                                        : op)
                                .toList()))
                .toList();
        Path file = files.resolve(name);
        ArtifactJson.write(new Run(run.origin(), run.metadata(), cases, run.warnings(), null), file);
        return file;
    }

    private CompareTableView table() {
        return window.comparePane().table();
    }
}
