package dev.benchlens.viewer.open;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One file, folder or zip being read in the background, on its own, until it is done or cancelled. */
public final class FileLoad {

    private final Path path;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status;
    private Runnable stopReading = () -> {};
    private Runnable onCancel = () -> {};
    private boolean finished;

    FileLoad(Path path) {
        this.path = path;
        this.status = new ReadOnlyStringWrapper("Reading " + name() + "…");
    }

    // Properties

    public Path path() {
        return path;
    }

    /** The file's name as the list of loads shows it. */
    public String name() {
        return String.valueOf(path.getFileName());
    }

    /** From 0 to 1; -1 while the number of files in it is not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // Commands

    /** Stops reading this file: nothing from it is added, and the thread reading it is interrupted. */
    public void cancel() {
        if (finished) {
            return;
        }
        finished = true;
        stopReading.run();
        onCancel.run();
    }

    // For OpenModel, on the UI thread

    void started(Runnable stop, Runnable whenCancelled) {
        this.stopReading = stop;
        this.onCancel = whenCancelled;
    }

    void progressed(ProgressRelay.Step step) {
        progress.set(step.fraction());
        status.set("Reading " + name() + ": " + step.done() + " of " + step.total());
    }

    /** True the first time: the result of a load that was cancelled meanwhile is dropped. */
    boolean finish() {
        if (finished) {
            return false;
        }
        finished = true;
        return true;
    }
}
