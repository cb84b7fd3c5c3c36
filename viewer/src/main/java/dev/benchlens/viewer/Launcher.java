package dev.benchlens.viewer;

import dev.benchlens.viewer.app.ExplorerApp;

import javafx.application.Application;

/**
 * The viewer's entry point, as {@code ./benchlens view [FILE|FOLDER|ZIP...]} calls it. A plain class rather than
 * the {@link Application} itself, so that JavaFX starts from an ordinary classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }
}
