package dev.benchlens.viewer.app;

import dev.benchlens.read.LoadProblem;
import dev.benchlens.viewer.prefs.ViewerSettings;
import dev.benchlens.viewer.history.HistoryView;
import dev.benchlens.viewer.runs.EnvironmentView;
import dev.benchlens.viewer.runs.RunListView;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.controlsfx.control.action.Action;
import dev.benchlens.viewer.compare.ComparePane;
import dev.benchlens.viewer.export.ExportTarget;
import dev.benchlens.viewer.export.SaveDialogTarget;
import java.util.stream.Collectors;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The shell: menus, the run list and environment above, the comparison below, a status bar with progress. */
public final class MainWindow {

    private final Workspace workspace;
    private final Stage stage;
    private final NotificationPane notifications;
    private final ExplorerMenus menus;
    private final ComparePane comparePane;
    private ExportTarget exportTarget;
    private Runnable onQuit = () -> { };

    public MainWindow(Workspace workspace, Stage stage) {
        this.workspace = workspace;
        this.stage = stage;
        this.menus = new ExplorerMenus(workspace, stage, () -> onQuit.run());
        this.comparePane = new ComparePane(workspace.compare(), workspace.exports(), workspace.executor());
        this.exportTarget = new SaveDialogTarget(stage, () -> java.util.Optional.ofNullable(
                workspace.settings().lastFolder()).map(File::new).filter(File::isDirectory));
        fillMenus();

        Tab historyTab = new Tab("History", new HistoryView(workspace.history()));
        TabPane runTabs = new TabPane(
                new Tab("Runs", new RunListView(workspace.runs())),
                new Tab("Environment", new EnvironmentView(workspace.runs())), historyTab);
        runTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        runTabs.setId("runTabs");

        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(runTabs, compareArea());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.24);
        // The History tab's charts need the room; the comparison below still shows the run clicked, clipped if it
        // must be (its summary of dozens of candidates would otherwise claim the whole window).
        historyTab.selectedProperty().addListener((obs, was, now) -> {
            comparePane.setMinHeight(now ? 0 : Region.USE_COMPUTED_SIZE);
            split.setDividerPositions(now ? 0.7 : 0.24);
        });

        notifications = new NotificationPane(split);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        workspace.open().problems().addListener((ListChangeListener<LoadProblem>) c -> showProblems());

        StatusBar status = new StatusBar();
        status.setId("status");
        status.textProperty().bind(workspace.open().statusProperty());
        Label exportMessage = new Label();
        exportMessage.textProperty().bind(workspace.exports().lastMessageProperty());
        status.getRightItems().add(exportMessage);
        status.progressProperty().bind(workspace.open().loadingProperty()
                .flatMap(loading -> loading ? workspace.open().progressProperty() : null).orElse(0));

        BorderPane root = new BorderPane(notifications);
        root.setTop(menus.bar());
        root.setBottom(status);
        root.setOnDragOver(MainWindow::acceptFiles);
        root.setOnDragDropped(this::openDropped);

        ViewerSettings settings = workspace.settings();
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/dev/benchlens/viewer/explorer.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Benchlens explorer");
        stage.setMinWidth(800);
        stage.setMinHeight(500);
    }

    public void show() {
        stage.show();
    }

    public void setOnQuit(Runnable quit) {
        this.onQuit = quit;
    }

    /** The settings to save on exit: what the workspace holds, with this window's size. */
    public ViewerSettings settingsToKeep() {
        return workspace.settings().withWindowSize(stage.getWidth(), stage.getHeight());
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
        menus.exportMenu().getItems().setAll(
                ExplorerMenus.item("Chart as PNG…", "Shortcut+E", () -> comparePane.exportChartPng(exportTarget)),
                ExplorerMenus.item("Table as CSV…", "Shortcut+Shift+C", () -> comparePane.exportCsv(exportTarget)),
                ExplorerMenus.item("Comparison as Markdown…", "Shortcut+Shift+M",
                        () -> comparePane.exportMarkdown(exportTarget)));
        menus.editMenu().getItems().setAll(
                ExplorerMenus.item("Find", "Shortcut+F", () -> comparePane.filters().focusSearch()),
                ExplorerMenus.item("Clear Filters", "Shortcut+Shift+F", () -> comparePane.filters().clearFilters()));
    }

    private void showProblems() {
        List<LoadProblem> problems = List.copyOf(workspace.open().problems());
        if (problems.isEmpty()) {
            notifications.hide();
            return;
        }
        String text = problems.size() == 1
                ? "Could not read " + problems.getFirst()
                : "Could not read " + problems.size() + " files. " + problems.getFirst() + " (and "
                        + (problems.size() - 1) + " more)";
        notifications.getActions().setAll(new Action("Details", e -> showProblemList(problems)));
        notifications.show(text);
    }

    private void showProblemList(List<LoadProblem> problems) {
        TextArea list = new TextArea(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
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
            workspace.open().open(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(ok);
        event.consume();
    }

    /** Opens paths as if dropped on the window; for the command line and tests. */
    public void open(List<Path> paths) {
        workspace.open().open(paths);
    }
}
