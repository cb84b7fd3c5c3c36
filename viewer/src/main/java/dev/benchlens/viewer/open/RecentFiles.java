package dev.benchlens.viewer.open;

import dev.benchlens.viewer.prefs.ViewerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files and folders opened most recently, newest first, at most {@link ViewerSettings#MAX_RECENT}. */
public final class RecentFiles {

    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(paths);

    public RecentFiles(Collection<Path> initial) {
        paths.setAll(initial.stream().limit(ViewerSettings.MAX_RECENT).toList());
    }

    // Properties

    public ObservableList<Path> paths() {
        return readOnly;
    }

    // Commands

    /** Puts the paths at the top in the order given, moving any that were already listed. */
    public void remember(List<Path> opened) {
        List<Path> next = new ArrayList<>();
        for (Path p : opened) {
            Path absolute = p.toAbsolutePath().normalize();
            if (!next.contains(absolute)) {
                next.add(absolute);
            }
        }
        for (Path old : paths) {
            if (!next.contains(old)) {
                next.add(old);
            }
        }
        paths.setAll(next.subList(0, Math.min(ViewerSettings.MAX_RECENT, next.size())));
    }

    public void forget(Path path) {
        paths.remove(path);
    }

    public void clear() {
        paths.clear();
    }

    public List<String> asStrings() {
        return paths.stream().map(Path::toString).toList();
    }
}
