package dev.benchlens.read.container;

/**
 * Stops a load once it has met more files than {@link dev.benchlens.read.limits.LoadLimits#maxFiles()}, or when its thread
 * is interrupted (a cancelled background task).
 */
final class FileGate {

    private final int maxFiles;
    private final WalkListener listener;
    private int admitted;
    private boolean closed;

    FileGate(int maxFiles, WalkListener listener) {
        this.maxFiles = maxFiles;
        this.listener = listener;
    }

    /** Counts one more file; false (and one problem naming it) once the limit is passed. */
    boolean admit(String location) {
        if (closed) {
            return false;
        }
        if (Thread.currentThread().isInterrupted()) {
            closed = true;
            listener.problem(location, "load cancelled; this file and any after it were not read");
            return false;
        }
        if (admitted >= maxFiles) {
            closed = true;
            listener.problem(
                    location,
                    "more than " + maxFiles + " files in one load; this file and any after it" + " were not read");
            return false;
        }
        admitted++;
        return true;
    }

    boolean closed() {
        return closed;
    }
}
