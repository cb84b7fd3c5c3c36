package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one place the viewer runs slow work (reading files, comparing, writing exports). Results come back on the
 * UI thread in the application and on the calling thread in model tests, so models never touch threads.
 */
public interface BackgroundExecutor {

    /** Runs {@code work} away from the UI thread, then hands its result or failure to the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the UI thread: for progress reported from inside background work. */
    void onUiThread(Runnable update);

    /** Stops taking work; work already running is left to finish (its threads are daemons). */
    void shutdown();
}
