package dev.benchlens.viewer.open;

import dev.benchlens.read.LoadProgress;
import dev.benchlens.viewer.background.BackgroundExecutor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Passes the loader's progress to the UI thread, keeping only the newest report while one is still queued, so
 * that a folder of thousands of small files does not flood the UI thread with updates.
 */
final class ProgressRelay implements LoadProgress {

    /** One progress report: the file just read, and how many of how many. */
    record Step(String location, int done, int total) {
        double fraction() {
            return total <= 0 ? -1 : (double) done / total;
        }
    }

    private final BackgroundExecutor executor;
    private final Consumer<Step> onUi;
    private final AtomicReference<Step> pending = new AtomicReference<>();

    ProgressRelay(BackgroundExecutor executor, Consumer<Step> onUi) {
        this.executor = executor;
        this.onUi = onUi;
    }

    @Override
    public void fileRead(String location, int done, int total) {
        if (pending.getAndSet(new Step(location, done, total)) == null) {
            executor.onUiThread(() -> onUi.accept(pending.getAndSet(null)));
        }
    }
}
