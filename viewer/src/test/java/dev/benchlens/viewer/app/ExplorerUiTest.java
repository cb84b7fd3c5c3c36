package dev.benchlens.viewer.app;

import static dev.benchlens.viewer.app.FxWaits.onFx;
import static dev.benchlens.viewer.app.FxWaits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.ExpectedBands;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Run;
import dev.benchlens.report.NumberText;
import dev.benchlens.report.ReportFormat;
import dev.benchlens.viewer.charts.ComparisonChart;
import dev.benchlens.viewer.charts.RatioChart;
import dev.benchlens.viewer.charts.SpeedupBarsChart;
import dev.benchlens.viewer.compare.CompareTableView;
import dev.benchlens.viewer.open.ProblemBar;
import dev.benchlens.viewer.runs.EnvironmentRow;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the whole window headless (Monocle): opening, problems, baseline, filters, chart clicks, exports. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {

    @TempDir
    static Path files;

    private static Path zip;
    private static Path folder;
    private static Path badFolder;
    private static Path laptop;

    private Workspace workspace;
    private MainWindow window;

    @BeforeAll
    static void writeArtifacts() throws IOException {
        Path docker = files.resolve("docker.json");
        ArtifactJson.write(SyntheticRuns.docker(), docker);
        zip = files.resolve("docker-artifact.zip");
        SyntheticRuns.zip(zip, List.of(docker));
        folder = Files.createDirectories(files.resolve("native"));
        ArtifactJson.write(SyntheticRuns.nativeArm(), folder.resolve("results/latest.json"));
        badFolder = Files.createDirectories(files.resolve("mixed"));
        ArtifactJson.write(SyntheticRuns.docker(), badFolder.resolve("a.json"));
        Files.writeString(badFolder.resolve("truncated.json"), "{\"format\": \"benchlens-results\", \"metad");
        ArtifactJson.write(SyntheticRuns.nativeArm(), badFolder.resolve("c.json"));
        laptop = files.resolve("laptop.json");
        ArtifactJson.write(
                SyntheticRuns.run(SyntheticRuns.metadata("laptop", "Apple M2", 8, 128, false), 4.0, 33), laptop);
    }

    @Start
    void start(Stage stage) {
        ExplorerUnderTest explorer = ExplorerUnderTest.show(stage, files);
        workspace = explorer.workspace();
        window = explorer.window();
    }

    @Test
    void opensAZipAndAFolderAndComparesThem(FxRobot robot) {
        robot.interact(() -> window.open(List.of(zip)));
        robot.interact(() -> window.open(List.of(folder)));
        waitFor(() -> workspace.compare().comparison() != null
                && !table(robot).getItems().isEmpty());

        assertThat(workspace.runs().runs())
                .extracting(e -> e.run().metadata().source().label())
                .containsExactly("docker", "github-actions");
        assertThat(workspace.runs().baseline().run().metadata().source().label())
                .isEqualTo("docker");
        // 5 shapes x 2 dtypes x 5 operations x 3 implementations, all in both runs.
        assertThat(table(robot).getItems()).hasSize(150);
        assertThat(workspace.recent().paths()).startsWith(folder.toAbsolutePath(), zip.toAbsolutePath());

        // The Ratio column is scrolled out of view at this width, so sort by it as a header click does.
        robot.interact(() -> table(robot)
                .getSortOrder()
                .setAll(table(robot).getColumns().stream()
                        .filter(c -> "ratioColumn".equals(c.getId()))
                        .toList()));
        waitFor(() -> table(robot).getItems().getFirst().ratio().value()
                <= table(robot).getItems().getLast().ratio().value());
        assertThat(table(robot).getItems()).extracting(r -> r.ratio().value()).isSortedAccordingTo(Double::compare);

        // The other baseline's rows replace these within the sorted table, still sorted, none left over.
        robot.interact(
                () -> workspace.runs().chooseBaseline(workspace.runs().runs().get(1)));
        waitFor(() -> workspace.compare().comparison().baseline().startsWith("GitHub")
                && !workspace.compare().rowsSettlingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems())
                .hasSize(150)
                .containsExactlyInAnyOrderElementsOf(
                        workspace.compare().comparison().rows());
        assertThat(table(robot).getItems()).extracting(r -> r.ratio().value()).isSortedAccordingTo(Double::compare);
    }

    @Test
    void aBadFileShowsANotificationNamingItAndTheOthersLoad(FxRobot robot) {
        robot.interact(() -> window.open(List.of(badFolder)));
        ProblemBar bar = robot.lookup("#problemBar").queryAs(ProblemBar.class);
        waitFor(bar::isShowing);

        assertThat(bar.text()).contains("truncated.json");
        // The bar has a line of its own: the tabs below it are whole and can be clicked.
        TabPane runTabs = robot.lookup("#runTabs").queryAs(TabPane.class);
        assertThat(bar.localToScene(bar.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(
                        runTabs.localToScene(runTabs.getBoundsInLocal()).getMinY());
        assertThat(workspace.runs().runs()).hasSize(2);
    }

    @Test
    void choosingTheOtherRunAsBaselineTurnsTheRatiosOver(FxRobot robot) {
        openBoth(robot);
        double before = firstSimdRatio();
        assertThat(before).isGreaterThan(1);

        robot.clickOn(robot.lookup("#baseline-1").queryAs(RadioButton.class));
        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().baseline().startsWith("GitHub"));

        // The same row seen from the other side: the ratio is the reciprocal of what it was.
        assertThat(firstSimdRatio()).isLessThan(1);
        assertThat(robot.lookup("#baseline-1").queryAs(RadioButton.class).isSelected())
                .isTrue();
    }

    @Test
    void aBaselineChosenElsewhereMovesTheRadioButtonAndKeepsTheRunListsRows(FxRobot robot) {
        openBoth(robot);
        waitFor(() -> robot.lookup("#baseline-1").tryQuery().isPresent());
        Set<Node> rowsBefore =
                Set.copyOf(robot.lookup("#runTable .table-row-cell").queryAll());
        assertThat(rowsBefore).isNotEmpty();

        robot.interact(
                () -> workspace.runs().chooseBaseline(workspace.runs().runs().get(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#baseline-0").queryAs(RadioButton.class).isSelected())
                .isFalse();
        assertThat(robot.lookup("#baseline-1").queryAs(RadioButton.class).isSelected())
                .isTrue();
        // Rows made anew for a baseline held the window when runs joined and at each swap.
        assertThat(Set.copyOf(robot.lookup("#runTable .table-row-cell").queryAll()))
                .isEqualTo(rowsBefore);
    }

    @Test
    void aNewComparisonWithAsManyCandidatesLeavesTheColumnsAlone(FxRobot robot) {
        openBoth(robot);
        List<String> columnChanges = new ArrayList<>();
        robot.interact(() -> table(robot).getVisibleLeafColumns().addListener((ListChangeListener<Object>)
                c -> columnChanges.add(c.toString())));

        robot.clickOn(robot.lookup("#baseline-1").queryAs(RadioButton.class));
        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().baseline().startsWith("GitHub")
                && table(robot).getItems().size() == 150);

        // Any change to the visible columns makes the table lay out and restyle every row on screen again.
        assertThat(columnChanges).isEmpty();
    }

    @Test
    void theCandidateColumnShowsOnlyWhileThereIsMoreThanOneCandidate(FxRobot robot) {
        openBoth(robot);
        TableColumn<ComparisonRow, ?> candidate = table(robot).getColumns().stream()
                .filter(c -> c.getText().equals("Candidate"))
                .findFirst()
                .orElseThrow();
        assertThat(candidate.isVisible()).isFalse();

        robot.interact(() -> window.open(List.of(laptop)));
        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().candidates().size() == 2);
        waitFor(candidate::isVisible);
    }

    @Test
    void filtersAndSearchNarrowTheTable(FxRobot robot) {
        openBoth(robot);

        tickDtype(robot, "float64");
        waitFor(() -> table(robot).getItems().size() == 75);
        assertThat(table(robot).getItems()).allMatch(r -> r.key().dtype().equals("float64"));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("mean_axis0");
        waitFor(() -> table(robot).getItems().size() == 15);
        assertThat(table(robot).getItems())
                .allMatch(r -> r.key().operation().equals("mean_axis0")
                        && r.key().dtype().equals("float64"));
    }

    @Test
    void aFilterStaysWhenTheSameCasesAreComparedFromTheOtherBaseline(FxRobot robot) {
        openBoth(robot);
        tickDtype(robot, "float64");
        waitFor(() -> table(robot).getItems().size() == 75);

        robot.clickOn(robot.lookup("#baseline-1").queryAs(RadioButton.class));
        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().baseline().startsWith("GitHub"));
        WaitForAsyncUtils.waitForFxEvents();

        CheckComboBox<?> dtypes = robot.lookup("#dtypeFilter").query();
        assertThat(new ArrayList<Object>(dtypes.getCheckModel().getCheckedItems()))
                .containsExactly("float64");
        waitFor(() -> table(robot).getItems().size() == 75);
        assertThat(table(robot).getItems()).allMatch(r -> r.key().dtype().equals("float64"));
    }

    @Test
    void renamingARunInTheListRenamesItInTheComparison(FxRobot robot) {
        openBoth(robot);
        String old = workspace.runs().runs().get(1).name();

        robot.doubleClickOn(robot.lookup("#runTable .table-cell")
                .match((javafx.scene.control.Labeled cell) -> old.equals(cell.getText()))
                .<javafx.scene.Node>query());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("M2 laptop").type(KeyCode.ENTER);

        waitFor(() -> workspace.compare().comparison() != null
                && workspace.compare().comparison().candidates().equals(List.of("M2 laptop")));
        assertThat(workspace.runs().runs().get(1).name()).isEqualTo("M2 laptop");
    }

    @Test
    void aMalformedBandIsExplainedAndTheComparisonKeepsTheLastGoodBands(FxRobot robot) {
        openBoth(robot);
        var before = workspace.compare().bandsProperty().get();

        robot.clickOn("#bands").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("simd=80..25").type(KeyCode.ENTER);

        assertThat(robot.lookup(".regressed").queryLabeled().getText()).contains("low <= high");
        assertThat(workspace.compare().bandsProperty().get()).isEqualTo(before);
    }

    @Test
    void clickingABarSelectsItsRowAndSelectingARowMarksItsBar(FxRobot robot) {
        openBoth(robot);
        ComparisonChart bars = chart(SpeedupBarsChart.class);
        ComparisonRow third = table(robot).getItems().get(2);

        robot.clickOn(markInFront(robot, bars, third));
        waitFor(() -> third.equals(table(robot).getSelectionModel().getSelectedItem()));

        ComparisonRow fifth = table(robot).getItems().get(4);
        robot.interact(() -> table(robot).getSelectionModel().select(fifth));
        assertThat(bars.highlighted()).contains(fifth);
        assertThat(window.comparePane().charts()).allMatch(c -> c.highlighted().equals(Optional.of(fifth)));
    }

    @Test
    void hoveringAPointShowsItsCaseAndRatio(FxRobot robot) {
        openBoth(robot);
        ComparisonRow third = table(robot).getItems().get(2);

        robot.moveTo(markInFront(robot, chart(RatioChart.class), third));
        waitFor(() -> shownTooltip(robot).isPresent());
        assertThat(shownTooltip(robot).orElseThrow())
                .contains(third.key().toString())
                .contains("ratio " + NumberText.times(third.ratio().value()));
    }

    private ComparisonChart chart(Class<? extends ComparisonChart> type) {
        return window.comparePane().charts().stream()
                .filter(type::isInstance)
                .findFirst()
                .orElseThrow();
    }

    /** Brings the chart to the front and returns where it draws the row's mark, once it is drawn. */
    private Point2D markInFront(FxRobot robot, ComparisonChart chart, ComparisonRow row) {
        robot.interact(() -> window.comparePane().showChart(chart));
        waitFor(() -> chart.screenPointOf(row).isPresent());
        return onFx(() -> chart.screenPointOf(row)).orElseThrow();
    }

    private static Optional<String> shownTooltip(FxRobot robot) {
        return onFx(() -> robot.listWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst());
    }

    @Test
    void droppingAZipAndAFolderOnTheWindowOpensBoth(FxRobot robot) {
        Node root = robot.lookup("#runTable").query().getScene().getRoot();
        robot.interact(() -> {
            Dragboard files = SyntheticDragboard.holding(List.of(zip.toFile(), folder.toFile()));
            Event.fireEvent(root, dragEvent(DragEvent.DRAG_OVER, files));
            Event.fireEvent(root, dragEvent(DragEvent.DRAG_DROPPED, files));
        });

        waitFor(() -> workspace.compare().comparison() != null
                && table(robot).getItems().size() == 150);
        assertThat(workspace.runs().runs())
                .extracting(e -> e.run().metadata().source().label())
                .containsExactlyInAnyOrder("docker", "github-actions");
    }

    private static DragEvent dragEvent(EventType<DragEvent> type, Dragboard board) {
        return new DragEvent(type, board, 10, 10, 10, 10, TransferMode.COPY, null, null, null);
    }

    @Test
    void onlyTheChartInFrontIsDrawnAndAnotherIsDrawnWhenItsTabIsChosen(FxRobot robot) {
        openBoth(robot);
        ComparisonChart front = onFx(() -> window.comparePane().currentChart());
        ComparisonChart behind = chart(RatioChart.class);
        ComparisonRow third = table(robot).getItems().get(2);
        waitFor(() -> front.screenPointOf(third).isPresent());
        assertThat(onFx(() -> hasDrawing(behind))).isFalse();

        robot.interact(() -> window.comparePane().showChart(behind));
        waitFor(() -> behind.screenPointOf(third).isPresent());
        assertThat(onFx(() -> hasDrawing(behind))).isTrue();
    }

    private static boolean hasDrawing(ComparisonChart chart) {
        try {
            chart.render(8, 8);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Test
    void exportsPngCsvAndTheSameMarkdownAsTheCommandLine(FxRobot robot) throws IOException {
        openBoth(robot);
        Path out = Files.createDirectories(files.resolve("exports-" + System.nanoTime()));
        robot.interact(() -> window.setExportTarget((what, name) -> Optional.of(out.resolve(name))));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Path markdown = out.resolve("comparison.md");
        Path csv = out.resolve("comparison.csv");
        Path png = out.resolve("speedup-per-case.png");
        waitFor(() -> Files.exists(markdown) && Files.exists(csv) && Files.exists(png));

        // What `benchlens compare --format markdown` prints for these runs under the names the window shows.
        Run docker = shownAs(workspace.runs().baseline());
        Run arm = shownAs(workspace.runs().candidates().getFirst());
        Comparison expected = RunComparator.compare(
                docker,
                List.of(arm),
                CompareOptions.defaults().withBands(ExpectedBands.parse("simd=25..80,auto=15..60")));
        assertThat(markdown).hasContent(ReportFormat.MARKDOWN.formatter().comparison(expected));

        List<String> csvLines = Files.readAllLines(csv);
        assertThat(csvLines).hasSize(1 + 150);
        assertThat(csvLines.get(1)).contains("float32");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void theEnvironmentTabListsWhatDiffersFirstOnceChosen(FxRobot robot) {
        openBoth(robot);
        @SuppressWarnings("unchecked") // a lookup returns a raw node; #environmentTable holds EnvironmentRows
        TableView<EnvironmentRow> environment =
                robot.lookup("#environmentTable").queryAs(TableView.class);
        // Hidden, it does no work while runs are opened.
        assertThat(onFx(() -> environment.getItems().size())).isZero();

        robot.interact(() -> robot.lookup("#runTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(1));
        waitFor(() -> !environment.getItems().isEmpty());
        List<Boolean> differs = onFx(() ->
                environment.getItems().stream().map(EnvironmentRow::differs).toList());

        assertThat(differs).contains(true, false);
        assertThat(differs.indexOf(false)).isEqualTo(differs.lastIndexOf(true) + 1);
    }

    private static void tickDtype(FxRobot robot, String dtype) {
        robot.clickOn("#dtypeFilter");
        // The entry in the drop-down list, not a table cell that happens to read the same.
        robot.clickOn(robot.lookup((Node n) -> n instanceof CheckBoxListCell<?> c && dtype.equals(c.getText()))
                .<Node>query());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private void openBoth(FxRobot robot) {
        robot.interact(() -> window.open(List.of(zip, folder)));
        waitFor(() -> workspace.compare().comparison() != null
                && table(robot).getItems().size() == 150);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double firstSimdRatio() {
        return workspace.compare().comparison().rows().stream()
                .filter(r -> r.key().implementation().equals("simd"))
                .findFirst()
                .orElseThrow()
                .ratio()
                .value();
    }

    private static CompareTableView table(FxRobot robot) {
        return robot.lookup("#compareTable").queryAs(CompareTableView.class);
    }

    /** The run under the name the window shows for it. */
    private static Run shownAs(dev.benchlens.viewer.runs.RunEntry entry) {
        return entry.run().withIdentity(entry.run().identity().withName(entry.name()));
    }
}
