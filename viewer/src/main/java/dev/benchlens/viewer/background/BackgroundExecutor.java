package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one place the viewer runs slow work, in named {@link Lane}s. Results come back on the UI thread in the
 * application and on the calling thread in model tests ({@link SameThreadExecutor}), so models never touch
 * threads; {@link #latest} gives a line of requests of which only the newest counts, so no model counts
 * generations of its own.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in {@code lane}, then hands its result or failure to the UI thread.
     *
     * @return the work, to cancel
     */
    <T> Task submit(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code work} in {@code lane} and waits for its result: for a chart that only the drawing lane touches. */
    <T> T await(Lane lane, Callable<T> work) throws Exception;

    /** The lane's threads, for work that reports to the UI thread itself (core's reading of several paths). */
    Executor threads(Lane lane);

    /** Runs {@code update} on the UI thread: for progress reported from inside background work. */
    void onUiThread(Runnable update);

    /** A line of requests in {@code lane} of which only the newest's result arrives. */
    default Latest latest(Lane lane) {
        return new Latest(this, lane);
    }

    /** Stops taking work; work already running is left to finish (its threads are daemons). */
    void shutdown();
}
