package dev.benchlens.viewer.app;

import dev.benchlens.Benchlens;
import dev.benchlens.viewer.github.GitHubOpenDialog;
import dev.benchlens.viewer.prefs.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The menu bar: File (open, open folder, recent, export, quit), Edit (copy, find), View (light or dark) and Help
 * (shortcuts, About).
 */
final class ExplorerMenus {

    private final Workspace workspace;
    private final Stage stage;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final Menu export = new Menu("Export");
    private final Menu edit = new Menu("Edit");

    ExplorerMenus(Workspace workspace, Stage stage, Runnable quit, Consumer<Theme> theme) {
        this.workspace = workspace;
        this.stage = stage;
        MenuItem open = item("Open Files…", "Shortcut+O", this::chooseFiles);
        open.setId("openFiles");
        MenuItem openFolder = item("Open Folder…", "Shortcut+Shift+O", this::chooseFolder);
        MenuItem openGitHub =
                item("Open from GitHub…", "Shortcut+G", () -> new GitHubOpenDialog(workspace.gitHub(), stage).show());
        openGitHub.setId("openGitHub");
        MenuItem clear = item("Close All Runs", null, () -> workspace.runs().clear());
        MenuItem exit = item("Quit", "Shortcut+Q", quit);
        recent.setId("recentMenu");
        workspace.recent().paths().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        Menu file = new Menu(
                "File",
                null,
                open,
                openFolder,
                openGitHub,
                recent,
                new SeparatorMenuItem(),
                export,
                new SeparatorMenuItem(),
                clear,
                exit);
        Menu help = new Menu(
                "Help",
                null,
                item("Keyboard Shortcuts", "F1", this::showShortcuts),
                item("About Benchlens", null, this::showAbout));
        bar.getMenus().setAll(file, edit, view(workspace.themeProperty().get(), theme), help);
    }

    private static Menu view(Theme current, Consumer<Theme> theme) {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        light.setId("lightTheme");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        dark.setId("darkTheme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (current == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> theme.accept(Theme.LIGHT));
        dark.setOnAction(e -> theme.accept(Theme.DARK));
        Menu view = new Menu("View", null, light, dark);
        view.setId("viewMenu");
        return view;
    }

    MenuBar bar() {
        return bar;
    }

    /** The Export submenu, filled by the comparison view that owns what is exported. */
    Menu exportMenu() {
        return export;
    }

    /** The Edit menu, filled by the comparison view (find, clear filters). */
    Menu editMenu() {
        return edit;
    }

    static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open results");
        chooser.getExtensionFilters()
                .setAll(
                        new FileChooser.ExtensionFilter("Results (*.json, *.zip)", "*.json", "*.zip"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        lastFolder().ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            rememberFolder(files.getFirst().getParentFile());
            workspace.open().open(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of results");
        lastFolder().ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            rememberFolder(folder.getParentFile());
            workspace.open().open(List.of(folder.toPath()));
        }
    }

    private java.util.Optional<File> lastFolder() {
        String last = workspace.settings().lastFolder();
        // Only a check of a path already in memory; no directory is listed on the UI thread.
        return last == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new File(last)).filter(File::isDirectory);
    }

    private void rememberFolder(File folder) {
        if (folder != null) {
            workspace.updateSettings(workspace.settings().withLastFolder(folder.getAbsolutePath()));
        }
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        for (Path path : workspace.recent().paths()) {
            MenuItem item = item(path.toString(), null, () -> workspace.open().open(List.of(path)));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(nothing yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems()
                    .addAll(
                            new SeparatorMenuItem(),
                            item("Clear Recent", null, () -> workspace.recent().clear()));
        }
    }

    private void showShortcuts() {
        var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText(String.join("\n", Shortcuts.lines(Shortcuts.modifierOf(System.getProperty("os.name")))));
        alert.showAndWait();
    }

    private void showAbout() {
        var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Benchlens");
        alert.setHeaderText("Benchlens " + Benchlens.VERSION);
        alert.setContentText(String.join(
                "\n",
                "Measures numeric kernels on ARM64 CI runners and in Docker, and compares the results.",
                "",
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version"),
                "",
                "Built with: OpenJFX (GPL 2 with the Classpath Exception), ControlsFX (BSD 3-Clause),",
                "JFreeChart and JFreeChart-FX (LGPL 2.1), Jackson, picocli and Apache Commons Math (Apache 2.0)."));
        alert.showAndWait();
    }
}
