package dev.benchlens.viewer.prefs;

import java.util.List;

/**
 * What the viewer remembers between sessions.
 *
 * @param lastFolder  the folder the last open dialog was in, or {@code null}
 * @param recentFiles most recent first, as absolute paths
 */
public record ViewerSettings(double windowWidth, double windowHeight, String lastFolder, List<String> recentFiles) {

    public static final int MAX_RECENT = 10;

    public ViewerSettings {
        windowWidth = windowWidth >= 400 ? windowWidth : 1280;
        windowHeight = windowHeight >= 300 ? windowHeight : 800;
        recentFiles = recentFiles == null ? List.of()
                : List.copyOf(recentFiles.subList(0, Math.min(MAX_RECENT, recentFiles.size())));
    }

    public static ViewerSettings defaults() {
        return new ViewerSettings(1280, 800, null, List.of());
    }

    public ViewerSettings withWindowSize(double width, double height) {
        return new ViewerSettings(width, height, lastFolder, recentFiles);
    }

    public ViewerSettings withLastFolder(String folder) {
        return new ViewerSettings(windowWidth, windowHeight, folder, recentFiles);
    }

    public ViewerSettings withRecentFiles(List<String> files) {
        return new ViewerSettings(windowWidth, windowHeight, lastFolder, files);
    }
}
