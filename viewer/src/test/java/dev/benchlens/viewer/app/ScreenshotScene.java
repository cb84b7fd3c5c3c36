package dev.benchlens.viewer.app;

import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.charts.MatrixChart;
import dev.benchlens.viewer.charts.RatioChart;
import dev.benchlens.viewer.charts.SpeedupBarsChart;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.Theme;
import dev.benchlens.viewer.prefs.ViewerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * For documentation screenshots only: starts the explorer on the given paths, then brings a chosen view to the
 * front and selects a row, as a person would. {@code ScreenshotScene VIEW PATH...} where VIEW is
 * {@code matrix}, {@code bars}, {@code ratio}, {@code environment}, {@code history} or {@code find-mean-axis0}.
 */
public final class ScreenshotScene {

    private ScreenshotScene() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself; separate so that the main class does not extend Application (classpath start). */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            // VIEW or VIEW:dark
            String view = args.getFirst().replace(":dark", "");
            Theme theme = args.getFirst().endsWith(":dark") ? Theme.DARK : Theme.LIGHT;
            Workspace workspace = new Workspace(
                    new FxBackgroundExecutor(),
                    new SettingsStore(
                            Files.createTempDirectory("benchlens-shot").resolve("viewer.json")),
                    ViewerSettings.defaults().withTheme(theme));
            MainWindow window = new MainWindow(workspace, stage);
            window.show();
            // Xvfb has no window manager to maximise it: fill the screen by hand.
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
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
            case "ratio" -> pane.showChart(chart(pane, RatioChart.class));
            case "matrix" -> pane.showChart(chart(pane, MatrixChart.class));
            case "bars" -> pane.showChart(chart(pane, SpeedupBarsChart.class));
            case "environment" ->
                ((TabPane) stage.getScene().lookup("#runTabs"))
                        .getSelectionModel()
                        .select(1);
            case "history" ->
                ((TabPane) stage.getScene().lookup("#runTabs"))
                        .getSelectionModel()
                        .select(2);
            case "find-mean-axis0" -> {
                // The seed's question: how much faster is native than Docker for float32 mean_axis0 at 2048x2048?
                pane.filters().find("2048x2048 float32 mean_axis0");
                return;
            }
            default -> {}
        }
        // A SIMD row a few lines down: the interesting kind, and the selection shows in table and chart.
        pane.table().getItems().stream()
                .filter(r -> r.key().implementation().equals("simd"))
                .skip(2)
                .findFirst()
                .ifPresent(row -> pane.table().getSelectionModel().select(row));
    }

    private static dev.benchlens.viewer.charts.ComparisonChart chart(
            dev.benchlens.viewer.compare.ComparePane pane, Class<?> kind) {
        return pane.charts().stream().filter(kind::isInstance).findFirst().orElseThrow();
    }
}
