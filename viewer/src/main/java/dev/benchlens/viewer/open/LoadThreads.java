package dev.benchlens.viewer.open;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Where file loads run: each on a daemon thread of its own, apart from the worker that compares and exports, so
 * that a slow or stuck file holds up nothing but itself; a thread left stuck after a cancel dies with the app.
 */
public interface LoadThreads {

    /** Starts {@code work}; cancelling the future interrupts its thread. */
    Future<?> start(Runnable work);

    /** A thread per load, for the application. */
    static LoadThreads daemons() {
        ExecutorService threads = Executors.newCachedThreadPool(
                Thread.ofPlatform().name("benchlens-load-", 0).daemon(true).factory());
        return threads::submit;
    }

    /** Runs each load at once on the calling thread, for model tests. */
    static LoadThreads callingThread() {
        return work -> {
            FutureTask<Void> task = new FutureTask<>(work, null);
            task.run();
            return task;
        };
    }
}
