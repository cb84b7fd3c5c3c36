package dev.benchlens.viewer.app;

import javafx.application.Platform;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A manual check, not a test (exiting JavaFX would end every later UI test in the JVM): starts the explorer on
 * the given paths, asks its window to close as the window manager would, and the process must end by itself.
 * {@code xvfb-run java -cp ... dev.benchlens.viewer.app.CloseCheck PATH...; echo $?}
 */
public final class CloseCheck {

    private CloseCheck() {}

    public static void main(String[] args) {
        Thread closer = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                Thread.sleep(8_000);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    System.out.println("asking " + w + " to close");
                    w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
                }
            });
        });
        dev.benchlens.viewer.Launcher.main(args);
        System.out.println("JavaFX has exited; closer still alive: " + closer.isAlive());
    }
}
