package dev.benchlens.viewer.prefs;

import java.util.List;
import java.util.Map;

/**
 * What the viewer remembers between sessions.
 *
 * @param window        where the window was, how large, and whether maximised
 * @param lastFolder    the folder the last open dialog was in, or {@code null}
 * @param exportFolder  the folder the last export went to, or {@code null}
 * @param recentFiles   most recent first, as absolute paths
 * @param expectedBands the bands as last applied, such as {@code simd=25..80}; {@code null} for the defaults
 * @param runNames      the names the user gave runs, by the file (origin) each came from
 * @param theme         the look, kept as {@code light} or {@code dark}
 */
public record ViewerSettings(
        WindowState window,
        String lastFolder,
        String exportFolder,
        List<String> recentFiles,
        String expectedBands,
        Map<String, String> runNames,
        Theme theme) {

    public static final int MAX_RECENT = 10;

    /**
     * The window's place and size; {@code x} and {@code y} are NaN until it has been placed, and a size of 0 means
     * "fit the screen".
     */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {

        public static WindowState unplaced() {
            return new WindowState(Double.NaN, Double.NaN, 0, 0, false);
        }

        public boolean placed() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    public ViewerSettings {
        window = window == null ? WindowState.unplaced() : window;
        recentFiles = recentFiles == null
                ? List.of()
                : List.copyOf(recentFiles.subList(0, Math.min(MAX_RECENT, recentFiles.size())));
        runNames = runNames == null ? Map.of() : Map.copyOf(runNames);
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public static ViewerSettings defaults() {
        return new ViewerSettings(WindowState.unplaced(), null, null, List.of(), null, Map.of(), Theme.LIGHT);
    }

    public ViewerSettings withWindow(WindowState state) {
        return new ViewerSettings(state, lastFolder, exportFolder, recentFiles, expectedBands, runNames, theme);
    }

    public ViewerSettings withLastFolder(String folder) {
        return new ViewerSettings(window, folder, exportFolder, recentFiles, expectedBands, runNames, theme);
    }

    public ViewerSettings withExportFolder(String folder) {
        return new ViewerSettings(window, lastFolder, folder, recentFiles, expectedBands, runNames, theme);
    }

    public ViewerSettings withRecentFiles(List<String> files) {
        return new ViewerSettings(window, lastFolder, exportFolder, files, expectedBands, runNames, theme);
    }

    public ViewerSettings withExpectedBands(String bands) {
        return new ViewerSettings(window, lastFolder, exportFolder, recentFiles, bands, runNames, theme);
    }

    public ViewerSettings withRunNames(Map<String, String> names) {
        return new ViewerSettings(window, lastFolder, exportFolder, recentFiles, expectedBands, names, theme);
    }

    public ViewerSettings withTheme(Theme newTheme) {
        return new ViewerSettings(window, lastFolder, exportFolder, recentFiles, expectedBands, runNames, newTheme);
    }
}
