package dev.benchlens.viewer.app;

import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.ViewerSettings;
import java.nio.file.Path;
import javafx.stage.Stage;

/** The explorer's main window on a stage, with default settings kept in a file of its own under {@code dir}. */
record ExplorerUnderTest(Workspace workspace, MainWindow window) {

    static ExplorerUnderTest show(Stage stage, Path dir) {
        Workspace workspace = new Workspace(
                new FxBackgroundExecutor(),
                new SettingsStore(dir.resolve("settings-" + System.nanoTime() + ".json")),
                ViewerSettings.defaults());
        MainWindow window = new MainWindow(workspace, stage);
        window.show();
        return new ExplorerUnderTest(workspace, window);
    }
}
