package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** For models that only post updates to the UI thread: hands each to the test's stand-in for it. */
public final class UiOnlyExecutor implements BackgroundExecutor {

    private final Executor ui;
    private final Runnable onShutdown;

    public UiOnlyExecutor(Executor ui, Runnable onShutdown) {
        this.ui = ui;
        this.onShutdown = onShutdown;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        throw new UnsupportedOperationException("this model is not expected to use the shared worker");
    }

    @Override
    public void onUiThread(Runnable update) {
        ui.execute(update);
    }

    @Override
    public void shutdown() {
        onShutdown.run();
    }
}
