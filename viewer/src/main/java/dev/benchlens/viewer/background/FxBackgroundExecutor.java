package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on one daemon thread, in the order given, and returns results through {@link Platform#runLater}. */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    // One thread: loads and comparisons then finish in the order the user asked for them, so a slow first load
    // can never overwrite a later one.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("benchlens-worker").daemon(true).factory());

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void shutdown() {
        worker.shutdownNow();
    }
}
