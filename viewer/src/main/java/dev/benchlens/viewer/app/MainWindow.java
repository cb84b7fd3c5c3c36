package dev.benchlens.viewer.app;

import dev.benchlens.compare.Comparison;
import dev.benchlens.escape.UntrustedText;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.viewer.compare.ComparePane;
import dev.benchlens.viewer.export.ExportTarget;
import dev.benchlens.viewer.export.SaveDialogTarget;
import dev.benchlens.viewer.history.HistoryView;
import dev.benchlens.viewer.open.LoadsView;
import dev.benchlens.viewer.open.ProblemBar;
import dev.benchlens.viewer.prefs.Theme;
import dev.benchlens.viewer.prefs.ViewerSettings;
import dev.benchlens.viewer.runs.EnvironmentView;
import dev.benchlens.viewer.runs.RunListView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/** The shell: menus, the run list and environment above, the comparison below, a status bar with progress. */
public final class MainWindow {

    private final Workspace workspace;
    private final Stage stage;
    private final ProblemBar problemBar = new ProblemBar();
    private final ExplorerMenus menus;
    private final ComparePane comparePane;
    private ExportTarget exportTarget;
    private ViewerSettings.WindowState normal;
    private Runnable onQuit = () -> {};

    public MainWindow(Workspace workspace, Stage stage) {
        this.workspace = workspace;
        this.stage = stage;
        this.menus = new ExplorerMenus(workspace, stage, () -> onQuit.run(), this::setTheme);
        this.comparePane =
                new ComparePane(workspace.compare(), workspace.charts(), workspace.exports(), workspace.executor());
        this.exportTarget = new SaveDialogTarget(
                stage,
                this::exportFolder,
                folder -> workspace.updateSettings(workspace.settings().withExportFolder(folder.toString())));
        fillMenus();

        Tab historyTab = new Tab("History", new HistoryView(workspace.history()));
        workspace.history().wantedProperty().bind(historyTab.selectedProperty());
        EnvironmentView environment = new EnvironmentView(workspace.runs());
        Tab environmentTab = new Tab("Environment", environment);
        environment.wantedProperty().bind(environmentTab.selectedProperty());
        TabPane runTabs = new TabPane(
                new Tab(
                        "Runs",
                        new RunListView(workspace.runs(), workspace.open().loadingProperty())),
                environmentTab,
                historyTab);
        runTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        runTabs.setId("runTabs");

        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(runTabs, compareArea());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(RUNS_SHARE);
        // The environment and the history need room to show every field and chart; the run list does not. The
        // run list's divider is kept for when it comes back. The comparison below may be clipped meanwhile (its
        // summary of dozens of candidates would otherwise claim the whole window).
        double[] runsDivider = {RUNS_SHARE};
        runTabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            boolean roomy = now.intValue() > 0;
            if (old.intValue() == 0) {
                runsDivider[0] = split.getDividerPositions()[0];
            }
            comparePane.setMinHeight(roomy ? 0 : Region.USE_COMPUTED_SIZE);
            // The tab gets room, but the table and charts keep enough to read a few rows at 1280x720.
            double keptForComparison = 1 - COMPARISON_KEEPS / Math.max(split.getHeight(), 1);
            split.setDividerPositions(roomy ? Math.min(ENVIRONMENT_SHARE, keptForComparison) : runsDivider[0]);
        });

        workspace.open().problems().addListener((ListChangeListener<LoadProblem>) c -> showProblems());
        workspace.open().notes().addListener((ListChangeListener<LoadProblem>) c -> showProblems());

        StatusBar status = new StatusBar();
        status.setId("status");
        status.textProperty().bind(workspace.open().statusProperty());
        Label exportMessage = new Label();
        exportMessage.textProperty().bind(workspace.exports().lastMessageProperty());
        status.getRightItems().add(exportMessage);
        status.getLeftItems().add(new LoadsView(workspace.open()));
        status.progressProperty()
                .bind(workspace
                        .open()
                        .loadingProperty()
                        .flatMap(loading -> loading ? workspace.open().progressProperty() : null)
                        .orElse(0));

        VBox.setVgrow(split, Priority.ALWAYS);
        BorderPane root = new BorderPane(new VBox(problemBar, split));
        root.setTop(menus.bar());
        root.setBottom(status);
        root.setOnDragOver(MainWindow::acceptFiles);
        root.setOnDragDropped(this::openDropped);

        ViewerSettings settings = workspace.settings();
        WindowPlacement placement = WindowPlacement.onScreens(
                settings.window(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        Scene scene = new Scene(root, placement.width(), placement.height());
        Themes.apply(workspace.themeProperty().get(), scene);
        workspace.themeProperty().addListener((obs, old, now) -> Themes.apply(now, scene));
        stage.setScene(scene);
        placement.position().ifPresent(p -> {
            stage.setX(p.getX());
            stage.setY(p.getY());
        });
        stage.setMaximized(settings.window().maximized());
        stage.titleProperty()
                .bind(workspace
                        .compare()
                        .comparisonProperty()
                        .map(MainWindow::title)
                        .orElse(TITLE));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        trackNormalBounds();
    }

    static final String TITLE = "Benchlens explorer";
    private static final double RUNS_SHARE = 0.24;
    private static final double ENVIRONMENT_SHARE = 0.72;
    /** Pixels the comparison keeps when the Environment or History tab takes the room above it. */
    private static final double COMPARISON_KEEPS = 300;

    /** The window's title names what is compared: {@code Benchlens — Docker ... vs GitHub ...}. */
    static String title(Comparison comparison) {
        String candidates = comparison.candidates().size() == 1
                ? comparison.candidates().getFirst()
                : comparison.candidates().size() + " runs";
        return UntrustedText.shown("Benchlens — " + comparison.baseline() + " vs " + candidates);
    }

    /** The size and place of the window when it is neither maximised nor minimised, to be remembered. */
    private void trackNormalBounds() {
        normal = new ViewerSettings.WindowState(
                stage.getX(),
                stage.getY(),
                stage.getScene().getWidth(),
                stage.getScene().getHeight(),
                false);
        Runnable update = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = new ViewerSettings.WindowState(
                        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener((obs, old, now) -> update.run());
        stage.yProperty().addListener((obs, old, now) -> update.run());
        stage.widthProperty().addListener((obs, old, now) -> update.run());
        stage.heightProperty().addListener((obs, old, now) -> update.run());
    }

    private java.util.Optional<File> exportFolder() {
        String folder = workspace.settings().exportFolder() != null
                ? workspace.settings().exportFolder()
                : workspace.settings().lastFolder();
        return java.util.Optional.ofNullable(folder).map(File::new).filter(File::isDirectory);
    }

    /** Switches between the light and the dark look, and remembers the choice. */
    public void setTheme(Theme theme) {
        workspace.themeProperty().set(theme);
    }

    public boolean darkTheme() {
        return Themes.isDark(stage.getScene());
    }

    public void show() {
        stage.show();
    }

    public void setOnQuit(Runnable quit) {
        this.onQuit = quit;
    }

    /** The settings to save on exit: what the workspace holds, with this window's place, size and maximised state. */
    public ViewerSettings settingsToKeep() {
        return workspace
                .settings()
                .withWindow(new ViewerSettings.WindowState(
                        normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized()));
    }

    private Node compareArea() {
        return comparePane;
    }

    /** Where exports are written; a save dialog unless replaced (UI tests write to a temporary folder). */
    public void setExportTarget(ExportTarget target) {
        this.exportTarget = target;
    }

    public ComparePane comparePane() {
        return comparePane;
    }

    private void fillMenus() {
        menus.exportMenu()
                .getItems()
                .setAll(
                        ExplorerMenus.item(
                                "Chart as PNG…", "Shortcut+E", () -> comparePane.exportChartPng(exportTarget)),
                        ExplorerMenus.item(
                                "Table as CSV…", "Shortcut+Shift+C", () -> comparePane.exportCsv(exportTarget)),
                        ExplorerMenus.item(
                                "Comparison as Markdown…",
                                "Shortcut+Shift+M",
                                () -> comparePane.exportMarkdown(exportTarget)));
        menus.editMenu()
                .getItems()
                .setAll(
                        ExplorerMenus.item(
                                "Copy Selected Rows ("
                                        + Shortcuts.modifierOf(System.getProperty("os.name"))
                                        + "C in the table)",
                                null,
                                () -> comparePane.table().copySelection(workspace.compare())),
                        ExplorerMenus.item(
                                "Find",
                                "Shortcut+F",
                                () -> comparePane.filters().focusSearch()),
                        ExplorerMenus.item(
                                "Clear Filters",
                                "Shortcut+Shift+F",
                                () -> comparePane.filters().clearFilters()));
    }

    private void showProblems() {
        List<LoadProblem> problems = List.copyOf(workspace.open().problems());
        List<LoadProblem> notes = List.copyOf(workspace.open().notes());
        if (problems.isEmpty() && (notes.isEmpty() || !workspace.runs().runs().isEmpty())) {
            problemBar.hide();
            return;
        }
        // With no problem and no run, the notes say why nothing was loaded (a zip of only other files).
        String text = problems.isEmpty()
                ? "Nothing to load: " + notes.getFirst()
                : problems.size() == 1
                        ? "Could not read " + problems.getFirst()
                        : "Could not read " + problems.size() + " files. " + problems.getFirst() + " (and "
                                + (problems.size() - 1) + " more)";
        problemBar.show(text, () -> showProblemList(problems, notes));
    }

    private void showProblemList(List<LoadProblem> problems, List<LoadProblem> notes) {
        String skipped = notes.isEmpty()
                ? ""
                : (problems.isEmpty() ? "" : "\n\n") + "Skipped on purpose:\n"
                        + notes.stream().map(LoadProblem::toString).collect(Collectors.joining("\n"));
        TextArea list =
                new TextArea(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")) + skipped);
        list.setEditable(false);
        list.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Files that could not be read");
        alert.setHeaderText(problems.size() + " files could not be read; everything else was loaded.");
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
    }

    private static void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void openDropped(DragEvent event) {
        boolean ok = event.getDragboard().hasFiles();
        if (ok) {
            workspace
                    .open()
                    .open(event.getDragboard().getFiles().stream()
                            .map(File::toPath)
                            .toList());
        }
        event.setDropCompleted(ok);
        event.consume();
    }

    /** Opens paths as if dropped on the window; for the command line and tests. */
    public void open(List<Path> paths) {
        workspace.open().open(paths);
    }
}
