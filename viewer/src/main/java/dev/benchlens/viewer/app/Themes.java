package dev.benchlens.viewer.app;

import dev.benchlens.viewer.prefs.Theme;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * The light and dark looks, both JavaFX's own Modena: the dark one sets Modena's base colours darker (every
 * control derives its colours from them), and our stylesheet's own colours follow.
 */
final class Themes {

    static final String OURS = "/dev/benchlens/viewer/explorer.css";
    static final String OURS_DARK = "/dev/benchlens/viewer/explorer-dark.css";

    private Themes() {}

    /** Applies {@code theme} to the scene. */
    static void apply(Theme theme, Scene scene) {
        scene.getStylesheets().setAll(resource(OURS));
        if (theme == Theme.DARK) {
            scene.getStylesheets().add(resource(OURS_DARK));
        }
    }

    /** Whether the scene wears the dark look. */
    static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(resource(OURS_DARK));
    }

    private static String resource(String name) {
        return Objects.requireNonNull(Themes.class.getResource(name), name).toExternalForm();
    }
}
