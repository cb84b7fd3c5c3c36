package dev.benchlens.read;

import dev.benchlens.read.limits.HeapAdvice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/**
 * Paths read side by side, each as a task of its own: the one place that decides how reading spreads over threads
 * (the command line's arguments, the explorer's opened files). Two large artifacts are the common case and each
 * takes a core to parse; a slow or stuck path holds up no other, and each can be cancelled on its own.
 */
public final class Reading {

    /** Reads one path, telling {@code progress} about each file in it; {@link RunLoader#load(Path, LoadProgress)}. */
    @FunctionalInterface
    public interface PathReader {
        LoadResult read(Path path, LoadProgress progress);
    }

    /** Told, from the thread reading a path, about each file read in it and about the path's result. */
    public interface Listener {
        /** Called after each file of path number {@code path} is read; see {@link LoadProgress#fileRead}. */
        void fileRead(int path, String location, int done, int total);

        /** Called once with what path number {@code path} gave (a cancelled path's result included). */
        void finished(int path, LoadResult result);
    }

    /** A thread of its own for each path: for callers that hold no threads of their own (the command line). */
    public static final Executor OWN_THREADS =
            task -> Thread.ofPlatform().name("benchlens-read").start(task);

    private final List<PathTask> tasks = new ArrayList<>();

    private Reading(List<Path> paths, PathReader reader, Listener listener) {
        for (int i = 0; i < paths.size(); i++) {
            tasks.add(new PathTask(i, paths.get(i), reader, listener));
        }
    }

    /**
     * Starts reading each path as a task of its own on {@code threads}; an executor that runs each task at once on
     * the calling thread (model tests) reads them one after the other before this returns.
     */
    public static Reading start(List<Path> paths, Executor threads, PathReader reader, Listener listener) {
        Reading reading = new Reading(paths, reader, listener);
        reading.tasks.forEach(threads::execute);
        return reading;
    }

    /** Stops reading path number {@code path}: its thread is interrupted, and it stops before its next file. */
    public void cancel(int path) {
        tasks.get(path).cancel();
    }

    /**
     * Waits for every path and returns their results in the paths' order. Interrupting the waiting thread cancels
     * every path; what each had read by then is returned, with a problem saying so, and the interrupt is kept.
     */
    public List<LoadResult> await() {
        boolean interrupted = false;
        for (PathTask task : tasks) {
            while (true) {
                try {
                    task.done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    tasks.forEach(PathTask::cancel);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return tasks.stream().map(task -> task.result).toList();
    }

    /** One path's read: it runs at most once, and a cancel interrupts only the thread while it reads this path. */
    private static final class PathTask implements Runnable {
        private final int index;
        private final Path path;
        private final PathReader reader;
        private final Listener listener;
        private final CountDownLatch done = new CountDownLatch(1);
        private Thread runner;
        private boolean cancelled;
        private volatile LoadResult result;

        PathTask(int index, Path path, PathReader reader, Listener listener) {
            this.index = index;
            this.path = path;
            this.reader = reader;
            this.listener = listener;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (cancelled) {
                    finish(cancelledResult());
                    return;
                }
                runner = Thread.currentThread();
            }
            LoadResult read;
            try {
                read = reader.read(path, (location, count, total) -> listener.fileRead(index, location, count, total));
            } catch (OutOfMemoryError e) {
                read = problem(HeapAdvice.tooLarge());
            } catch (RuntimeException e) {
                read = problem(Faults.describe(e));
            }
            synchronized (this) {
                runner = null;
                // A cancel that came as the read ended must not reach the next task this thread runs.
                Thread.interrupted();
            }
            finish(read);
        }

        synchronized void cancel() {
            cancelled = true;
            if (runner != null) {
                runner.interrupt();
            }
        }

        private void finish(LoadResult read) {
            result = read;
            try {
                listener.finished(index, read);
            } finally {
                done.countDown();
            }
        }

        private LoadResult cancelledResult() {
            return problem("cancelled; nothing from it was added");
        }

        private LoadResult problem(String why) {
            return new LoadResult(List.of(), List.of(new LoadProblem(path.toString(), why)));
        }
    }
}
