package dev.benchlens.viewer.background;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The application's lanes: daemon threads of their own per lane, results returned through
 * {@link Platform#runLater}. The only class of the viewer that makes threads.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    /**
     * Where comparing work runs: every core but one, so that the window's UI and render threads always find one
     * free. On a 2-core machine, swapping the baseline of two 100,000-operation runs left the window unanswered for
     * up to 135-294 ms with both cores comparing, 100-113 ms with one spare (docs/performance.md). Parallel streams
     * run in the pool of the task that starts them (the contract of {@code ForkJoinTask.fork}), which is what
     * confines core's parallel comparison here.
     */
    private final ForkJoinPool allButOneCore =
            new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);

    public FxBackgroundExecutor() {
        // A thread per task for reading: a slow or stuck file holds up nothing but itself, and a thread left stuck
        // after a cancel dies with the app. One thread for each other lane: its work finishes in the order asked.
        lanes.put(Lane.READING, Executors.newCachedThreadPool(daemons("benchlens-read-")));
        for (Lane lane : new Lane[] {Lane.COMPARING, Lane.DRAWING, Lane.EXPORTING}) {
            lanes.put(
                    lane,
                    Executors.newSingleThreadExecutor(
                            daemons("benchlens-" + lane.name().toLowerCase(Locale.ROOT) + "-")));
        }
    }

    private static ThreadFactory daemons(String name) {
        return Thread.ofPlatform().name(name, 0).daemon(true).factory();
    }

    @Override
    public <T> Task submit(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Future<?> running = lanes.get(lane).submit(() -> {
            try {
                T result = run(lane, work);
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
        return () -> running.cancel(true);
    }

    @Override
    public <T> T await(Lane lane, Callable<T> work) throws Exception {
        try {
            return lanes.get(lane).submit(() -> run(lane, work)).get();
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    @Override
    public Executor threads(Lane lane) {
        return lanes.get(lane);
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void shutdown() {
        lanes.values().forEach(ExecutorService::shutdownNow);
    }

    private <T> T run(Lane lane, Callable<T> work) throws Exception {
        return lane == Lane.COMPARING ? onAllButOneCore(work) : work.call();
    }

    /** Runs {@code work} in the pool of all cores but one and returns its result, or throws what it threw. */
    private <T> T onAllButOneCore(Callable<T> work) throws Exception {
        // A CompletableFuture hands back the work's own exception; ForkJoinTask.get would rethrow a copy of it.
        CompletableFuture<T> result = new CompletableFuture<>();
        allButOneCore.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    private static Exception rethrown(ExecutionException e) {
        return switch (e.getCause()) {
            case Exception cause -> cause;
            case Error cause -> throw cause;
            default -> e;
        };
    }
}
