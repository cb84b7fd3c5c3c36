package dev.benchlens.viewer.prefs;

import java.util.List;
import java.util.Map;

/**
 * What the viewer remembers between sessions.
 *
 * @param lastFolder  the folder the last open dialog was in, or {@code null}
 * @param recentFiles most recent first, as absolute paths
 * @param expectedBands the bands as last applied, such as {@code simd=25..80}; {@code null} for the defaults
 * @param runNames    the names the user gave runs, by the file (origin) each came from
 */
public record ViewerSettings(double windowWidth, double windowHeight, String lastFolder, List<String> recentFiles,
                             String expectedBands, Map<String, String> runNames) {

    public static final int MAX_RECENT = 10;

    public ViewerSettings {
        windowWidth = windowWidth >= 400 ? windowWidth : 1280;
        windowHeight = windowHeight >= 300 ? windowHeight : 800;
        recentFiles = recentFiles == null ? List.of()
                : List.copyOf(recentFiles.subList(0, Math.min(MAX_RECENT, recentFiles.size())));
        runNames = runNames == null ? Map.of() : Map.copyOf(runNames);
    }

    public static ViewerSettings defaults() {
        return new ViewerSettings(1280, 800, null, List.of(), null, Map.of());
    }

    public ViewerSettings withWindowSize(double width, double height) {
        return new ViewerSettings(width, height, lastFolder, recentFiles, expectedBands, runNames);
    }

    public ViewerSettings withLastFolder(String folder) {
        return new ViewerSettings(windowWidth, windowHeight, folder, recentFiles, expectedBands, runNames);
    }

    public ViewerSettings withRecentFiles(List<String> files) {
        return new ViewerSettings(windowWidth, windowHeight, lastFolder, files, expectedBands, runNames);
    }

    public ViewerSettings withExpectedBands(String bands) {
        return new ViewerSettings(windowWidth, windowHeight, lastFolder, recentFiles, bands, runNames);
    }

    public ViewerSettings withRunNames(Map<String, String> names) {
        return new ViewerSettings(windowWidth, windowHeight, lastFolder, recentFiles, expectedBands, names);
    }
}
