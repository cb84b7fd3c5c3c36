package dev.benchlens.viewer.app;

import dev.benchlens.store.StoreSession;
import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.prefs.SettingsStore;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The JavaFX application: loads settings, shows the main window, opens the paths it was started with. */
public final class ExplorerApp extends Application {

    private ViewArguments arguments;
    private Workspace workspace;

    @Override
    public void init() {
        // init() runs on the launcher thread, so reading the settings file here keeps I/O off the UI thread.
        arguments = ViewArguments.parse(getParameters().getRaw()); // checked by the launcher
        SettingsStore store = SettingsStore.forCurrentUser();
        workspace = new Workspace(
                new FxBackgroundExecutor(),
                store,
                store.load(),
                StoreSession.named(arguments.store(), System.getenv(), Workspace::note));
    }

    @Override
    public void start(Stage stage) {
        Platform.setImplicitExit(false);
        MainWindow window = new MainWindow(workspace, stage);
        window.show();
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit(window);
        });
        window.setOnQuit(() -> quit(window));
        if (arguments.stored()) {
            workspace.openStored(arguments.filter());
        } else {
            workspace.open().open(arguments.paths());
        }
    }

    /**
     * Saves the window size, then hides every window before exiting: under some X servers a popup still open at
     * exit crashes the JVM.
     */
    private void quit(MainWindow window) {
        var settings = window.settingsToKeep();
        for (Window w : List.copyOf(Window.getWindows())) {
            w.hide();
        }
        workspace.saveSettingsThen(settings, Platform::exit);
    }

    @Override
    public void stop() {
        workspace.executor().shutdown();
    }
}
