package dev.benchlens.viewer.perf;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.benchlens.viewer.app.MainWindow;
import dev.benchlens.viewer.app.Workspace;
import dev.benchlens.viewer.background.FxBackgroundExecutor;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.ViewerSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Timing harness, not a test: writes two synthetic artifacts of N operations each (default 100,000, two
 * implementations each, 10 raw samples per measurement unless told otherwise), opens both in the explorer window,
 * and prints how long until the compare table shows its first rows and all of them, with the longest gap between
 * UI pulses meanwhile (how long the window could not respond, which includes waiting for a core on a busy
 * machine) and the most CPU time the UI thread spent between two pulses (its own work); then swaps the baseline
 * and prints the same for the second comparison.
 *
 * <p>{@code java -cp viewer/target/classes:viewer/target/test-classes:$(cat viewer/target/classpath.txt)
 * dev.benchlens.viewer.perf.OpenLargeRuns [N [SAMPLES [FOLDER [zipped]]]]}, under a display or with the Monocle headless
 * properties. The artifacts are written by {@link WriteLargeRuns} in a JVM of their own, once per folder; with
 * {@code zipped}, each is opened from a zip beside it, as GitHub hands out an artifact.
 */
public final class OpenLargeRuns {

    private OpenLargeRuns() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window under measurement. */
    public static final class App extends Application {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long maxGapNanos;
        private long lastPulse;
        private long maxBusyNanos;
        private long lastPulseCpu;
        private long swappedAt;
        private boolean firstRowsShown;
        private boolean restartGapsAtNextPulse;
        private long uiCpuAtOpen;

        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            int operations = args.isEmpty() ? 100_000 : Integer.parseInt(args.get(0));
            int samples = args.size() < 2 ? 10 : Integer.parseInt(args.get(1));
            Path dir = args.size() < 3 ? Files.createTempDirectory("benchlens-large") : Path.of(args.get(2));
            Path docker = dir.resolve("suite-docker-" + operations + "x" + samples + ".json");
            Path candidate = dir.resolve("suite-native-" + operations + "x" + samples + ".json");
            if (!Files.exists(docker) || !Files.exists(candidate)) {
                writeInAnotherJvm(operations, samples, docker, candidate);
            }
            boolean zipped = args.size() >= 4 && args.get(3).equals("zipped");
            List<Path> opened = zipped ? List.of(zipped(docker), zipped(candidate)) : List.of(docker, candidate);
            System.out.printf(
                    Locale.ROOT,
                    "two artifacts of %,d operations (%,d measurements, %d raw samples each) each: %.1f MB + %.1f MB%n",
                    operations,
                    2 * operations,
                    samples,
                    Files.size(docker) / 1e6,
                    Files.size(candidate) / 1e6);
            if (zipped) {
                System.out.printf(
                        Locale.ROOT,
                        "each zipped as GitHub hands out an artifact of ours, with a metadata file: %.1f MB + %.1f MB%n",
                        Files.size(opened.get(0)) / 1e6,
                        Files.size(opened.get(1)) / 1e6);
            }

            Workspace workspace = new Workspace(
                    new FxBackgroundExecutor(),
                    new SettingsStore(Files.createTempDirectory("benchlens-large-settings")
                            .resolve("viewer.json")),
                    ViewerSettings.defaults());
            MainWindow window = new MainWindow(workspace, stage);
            window.show();
            @SuppressWarnings("unchecked") // a scene lookup gives a raw node; its rows are only watched and counted
            TableView<Object> table = (TableView<Object>) stage.getScene().lookup("#compareTable");

            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (restartGapsAtNextPulse) {
                        restartGapsAtNextPulse = false;
                        maxGapNanos = 0;
                        maxBusyNanos = 0;
                    } else if (lastPulse != 0) {
                        maxGapNanos = Math.max(maxGapNanos, now - lastPulse);
                        maxBusyNanos = Math.max(maxBusyNanos, cpu - lastPulseCpu);
                    }
                    lastPulse = now;
                    lastPulseCpu = cpu;
                }
            };
            long start = System.nanoTime();
            uiCpuAtOpen = threads.getCurrentThreadCpuTime();
            workspace.open().loadingProperty().addListener((obs, was, now) -> {
                if (!now) {
                    System.out.printf(
                            Locale.ROOT,
                            "runs read after %.2f s (longest pulse gap %s %.0f ms, most UI-thread CPU time between"
                                    + " two pulses %.0f ms; the UI thread's CPU time since the open %.0f ms)%n",
                            (System.nanoTime() - start) / 1e9,
                            firstRowsShown ? "since the first rows" : "so far",
                            maxGapNanos / 1e6,
                            maxBusyNanos / 1e6,
                            (threads.getCurrentThreadCpuTime() - uiCpuAtOpen) / 1e6);
                    if (firstRowsShown) {
                        // The gap that ends at the next pulse holds this turn, so it counts for the next phase.
                        maxGapNanos = 0;
                        maxBusyNanos = 0;
                    }
                }
            });
            workspace.compare().comparisonProperty().addListener((obs, old, now) -> {
                System.out.printf(
                        Locale.ROOT,
                        "comparison published after %.2f s (longest pulse gap so far %.0f ms, most UI-thread CPU time"
                                + " between two pulses %.0f ms)%n",
                        (System.nanoTime() - start) / 1e9,
                        maxGapNanos / 1e6,
                        maxBusyNanos / 1e6);
                // The 200,000 rows replace the first ones from this turn on: what the 100 ms limit is about. The gap
                // that ends at the next pulse holds this turn, so it counts.
                if (swappedAt == 0 && firstRowsShown) {
                    restartGapsAtNextPulse = false;
                    maxGapNanos = 0;
                    maxBusyNanos = 0;
                }
            });
            // The first rows count as shown once a pulse has laid out a table row holding one; the frame it draws is
            // then handed to the renderer.
            Runnable firstRowsLaidOut = new Runnable() {
                @Override
                public void run() {
                    boolean laidOut = table.lookupAll(".table-row-cell").stream()
                            .anyMatch(node ->
                                    node instanceof TableRow<?> row && row.getItem() != null && row.isVisible());
                    if (!firstRowsShown && laidOut) {
                        firstRowsShown = true;
                        System.out.printf(
                                Locale.ROOT,
                                "table shows its first %,d rows%s %.2f s after open (longest UI pulse gap while"
                                        + " reading %.0f ms)%n",
                                table.getItems().size(),
                                workspace.compare().readingTheRestProperty().get() ? " from the files' starts" : "",
                                (System.nanoTime() - start) / 1e9,
                                maxGapNanos / 1e6);
                        // From the next pulse on, rows on screen are being replaced: what the 100 ms limit is about.
                        restartGapsAtNextPulse = true;
                        Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(this));
                    }
                }
            };
            stage.getScene().addPostLayoutPulseListener(firstRowsLaidOut);
            workspace.compare().rowsSettlingProperty().addListener((obs, was, settling) -> {
                if (!settling && table.getItems().size() == 2 * operations) {
                    Platform.runLater(() -> Platform.runLater(() -> allRowsShown(workspace, stage, start)));
                }
            });
            pulses.start();
            Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    Thread.sleep(180_000);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("gave up: no table after 180 s; problems: "
                        + workspace.open().problems());
                System.exit(1);
            });
            window.open(opened);
        }

        /**
         * The artifact in a zip beside it, written once: {@code linux_investigation/<name>.json} and its
         * {@code <name>.metadata.json}, the layout of the artifact our workflow uploads.
         */
        private static Path zipped(Path artifact) throws IOException {
            String name = artifact.getFileName().toString().replaceFirst("\\.json$", "");
            Path zip = artifact.resolveSibling(name + ".zip");
            if (Files.exists(zip)) {
                return zip;
            }
            Path partial = artifact.resolveSibling(name + ".zip.partial");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                out.putNextEntry(new ZipEntry("linux_investigation/" + name + ".json"));
                Files.copy(artifact, out);
                out.closeEntry();
                out.putNextEntry(new ZipEntry("linux_investigation/" + name + ".metadata.json"));
                out.write("{\"simdMode\": \"auto\", \"env\": {}, \"extra\": {\"suite\": \"kernels\"}}".getBytes(UTF_8));
                out.closeEntry();
            }
            return Files.move(partial, zip);
        }

        /**
         * Writes the two artifacts in a JVM of their own: generating 200,000 measurements here would warm up this
         * JVM and grow its heap, and the figures would then be better than a user opening the files gets.
         */
        private static void writeInAnotherJvm(int operations, int samples, Path docker, Path candidate)
                throws IOException, InterruptedException {
            Process writer = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            WriteLargeRuns.class.getName(),
                            Integer.toString(operations),
                            Integer.toString(samples),
                            docker.toString(),
                            candidate.toString())
                    .inheritIO()
                    .start();
            if (writer.waitFor() != 0) {
                throw new IOException("writing the artifacts failed, exit " + writer.exitValue());
            }
        }

        /**
         * First time every row is in: prints the figures, then makes the other run the baseline, which compares
         * again in the now warmer JVM. Second time: prints those figures and ends.
         */
        private void allRowsShown(Workspace workspace, Stage stage, long start) {
            long now = System.nanoTime();
            if (swappedAt == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "table holds all %,d rows %.2f s after open; since the comparison was published, longest UI"
                                + " pulse gap"
                                + " %.0f ms, most UI-thread CPU time between two pulses %.0f ms%n",
                        workspace.compare().visibleRows().size(),
                        (now - start) / 1e9,
                        maxGapNanos / 1e6,
                        maxBusyNanos / 1e6);
                maxGapNanos = 0;
                maxBusyNanos = 0;
                swappedAt = System.nanoTime();
                workspace.runs().chooseBaseline(workspace.runs().candidates().getFirst());
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "after swapping the baseline: all rows in again %.2f s later; longest UI "
                            + "pulse gap meanwhile %.0f ms; most UI-thread CPU time between two pulses %.0f ms%n",
                    (now - swappedAt) / 1e9,
                    maxGapNanos / 1e6,
                    maxBusyNanos / 1e6);
            stage.hide();
            Platform.exit();
        }
    }
}
