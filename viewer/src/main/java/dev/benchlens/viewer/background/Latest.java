package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A line of requests in one lane of which only the newest counts: "latest request wins". Work of an older request
 * that has not started yet is skipped, and its result, or its steps on the UI thread, never arrive. A model keeps
 * one per thing it recomputes (the comparison, the filtered rows, a chart) instead of counting generations.
 */
public final class Latest {

    private final BackgroundExecutor executor;
    private final Lane lane;
    // Read by the lane's threads, to skip work that a newer request has made pointless.
    private final AtomicLong newest = new AtomicLong();
    private Request current = new Request(0);

    Latest(BackgroundExecutor executor, Lane lane) {
        this.executor = executor;
        this.lane = lane;
    }

    /** Starts a new request: from now on every earlier one is dropped. Call on the UI thread. */
    public Request next() {
        current = new Request(newest.incrementAndGet());
        return current;
    }

    /** The request that counts now, to add work to it. */
    public Request current() {
        return current;
    }

    /** A new request with one piece of work: {@code next().submit(...)}. */
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        next().submit(work, onSuccess, onFailure);
    }

    /** One request: its work and its steps count while no newer request has started. */
    public final class Request {

        private final long number;

        private Request(long number) {
            this.number = number;
        }

        /** True while no newer request has started. */
        public boolean isNewest() {
            return number == newest.get();
        }

        /** Runs {@code work} in the lane unless this request is stale by then; hands over what it gives if not. */
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            executor.submit(
                    lane,
                    () -> isNewest() ? new Outcome<>(work.call()) : null,
                    outcome -> {
                        if (outcome != null && isNewest()) {
                            onSuccess.accept(outcome.value());
                        }
                    },
                    failure -> {
                        if (isNewest()) {
                            onFailure.accept(failure);
                        }
                    });
        }

        /** Runs {@code step} on the UI thread later, unless a newer request has started by then. */
        public void onUiThread(Runnable step) {
            executor.onUiThread(() -> {
                if (isNewest()) {
                    step.run();
                }
            });
        }
    }

    /** What a request's work gave, {@code null} included. */
    private record Outcome<T>(T value) {}
}
