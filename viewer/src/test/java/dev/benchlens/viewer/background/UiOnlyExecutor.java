package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * For model tests with a UI thread of their own: work in every lane runs on daemon threads, one per task, and each
 * update and result is handed to the test's stand-in for the UI thread.
 */
public final class UiOnlyExecutor implements BackgroundExecutor {

    private final Executor ui;
    private final Runnable onShutdown;
    private final ExecutorService lanes = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("test-lane-", 0).daemon(true).factory());

    public UiOnlyExecutor(Executor ui, Runnable onShutdown) {
        this.ui = ui;
        this.onShutdown = onShutdown;
    }

    @Override
    public <T> Task submit(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Future<?> running = lanes.submit(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
            }
        });
        return () -> running.cancel(true);
    }

    @Override
    public <T> T await(Lane lane, Callable<T> work) throws Exception {
        return work.call();
    }

    @Override
    public Executor threads(Lane lane) {
        return lanes;
    }

    @Override
    public void onUiThread(Runnable update) {
        ui.execute(update);
    }

    @Override
    public void shutdown() {
        lanes.shutdownNow();
        onShutdown.run();
    }
}
