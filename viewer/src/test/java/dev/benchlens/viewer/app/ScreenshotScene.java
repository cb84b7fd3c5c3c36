package dev.benchlens.viewer.app;

import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.ViewerSettings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For documentation screenshots only: starts the explorer on the given paths, then brings a chosen view to the
 * front and selects a row, as a person would. {@code ScreenshotScene VIEW PATH...} where VIEW is
 * {@code bars}, {@code ratio}, {@code heat}, {@code environment} or {@code history}.
 */
public final class ScreenshotScene {

    private ScreenshotScene() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself; separate so that the main class does not extend Application (classpath start). */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        String view = args.getFirst();
        Workspace workspace = new Workspace(new FxBackgroundExecutor(),
                new SettingsStore(Files.createTempDirectory("benchlens-shot").resolve("viewer.json")),
                ViewerSettings.defaults());
        MainWindow window = new MainWindow(workspace, stage);
        window.show();
        stage.setMaximized(true);
        window.open(args.subList(1, args.size()).stream().map(Path::of).toList());
        workspace.compare().comparisonProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> arrange(window, stage, view));
            }
        });
    }

    }

    private static void arrange(MainWindow window, Stage stage, String view) {
        var pane = window.comparePane();
        switch (view) {
            case "ratio" -> pane.showChart(pane.charts().get(1));
            case "heat" -> pane.showChart(pane.charts().get(2));
            case "environment" -> ((TabPane) stage.getScene().lookup("#runTabs")).getSelectionModel().select(1);
            case "history" -> ((TabPane) stage.getScene().lookup("#runTabs")).getSelectionModel().select(2);
            case "find-mean-axis0" -> {
                // The seed's question: how much faster is native than Docker for float32 mean_axis0 at 2048x2048?
                pane.filters().find("2048x2048 float32 mean_axis0");
                pane.showChart(pane.charts().get(0));
                return;
            }
            default -> pane.showChart(pane.charts().get(0));
        }
        // A SIMD row a few lines down: the interesting kind, and the selection shows in table and chart.
        pane.table().getItems().stream().filter(r -> r.key().implementation().equals("simd")).skip(2).findFirst()
                .ifPresent(row -> pane.table().getSelectionModel().select(row));
    }
}
