package dev.benchlens.viewer.app;

import javafx.application.Application;

/**
 * The viewer's entry point: {@code Launcher [FILE|FOLDER|ZIP...]}. A plain class rather than the
 * {@link Application} itself, so that JavaFX starts from an ordinary classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }
}
