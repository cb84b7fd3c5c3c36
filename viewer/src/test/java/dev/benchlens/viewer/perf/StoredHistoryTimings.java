package dev.benchlens.viewer.perf;

import dev.benchlens.store.RunFilter;
import dev.benchlens.store.StoreAddress;
import dev.benchlens.store.StoreSession;
import dev.benchlens.viewer.app.MainWindow;
import dev.benchlens.viewer.app.Workspace;
import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.ViewerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Timing harness, not a test: the explorer opened on a run store as {@code benchlens view --store FILE} opens it,
 * with the History tab in front, and how long until the stored runs are read and until the first history chart is
 * laid out. The store is the one {@code dev.benchlens.store.StoreTimings} leaves in its folder.
 *
 * <p>{@code java -cp viewer/target/classes:viewer/target/test-classes:... dev.benchlens.viewer.perf.StoredHistoryTimings
 * STORE_FILE}, under a display (e.g. xvfb-run).
 */
public final class StoredHistoryTimings {

    private StoredHistoryTimings() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window under measurement. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            Path file = Path.of(getParameters().getRaw().getFirst());
            StoreSession session = new StoreSession(
                    Optional.of(StoreAddress.ofFile(file)), file.resolveSibling("no-cache"), System.err::println);
            Workspace workspace = new Workspace(
                    new FxBackgroundExecutor(),
                    new SettingsStore(
                            Files.createTempDirectory("benchlens-timings").resolve("viewer.json")),
                    ViewerSettings.defaults(),
                    session);
            MainWindow window = new MainWindow(workspace, stage);
            window.show();
            ((TabPane) stage.getScene().lookup("#runTabs")).getSelectionModel().select(2);
            VBox charts = (VBox) stage.getScene().lookup("#historyCharts");
            long start = System.nanoTime();
            workspace.open().loadingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    System.out.printf(
                            Locale.ROOT,
                            "%d runs read from the store after %.2f s%n",
                            workspace.runs().runs().size(),
                            (System.nanoTime() - start) / 1e9);
                }
            });
            // The first layout pulse after a chart joins the tab: the chart is laid out and drawn.
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (!charts.getChildren().isEmpty()) {
                    System.out.printf(
                            Locale.ROOT,
                            "first history chart after %.2f s (%s)%n",
                            (System.nanoTime() - start) / 1e9,
                            workspace.history().statusProperty().get());
                    Platform.exit();
                    System.exit(0);
                }
            });
            // As Workspace.openStored opens it, with the store's own part timed apart.
            workspace.open().openFrom("the run store " + session.describe(), () -> {
                long reading = System.nanoTime();
                var read = session.stored(RunFilter.ALL);
                System.out.printf(
                        Locale.ROOT, "of which reading the store %.2f s%n", (System.nanoTime() - reading) / 1e9);
                return read;
            });
        }
    }
}
