package dev.benchlens.viewer.background;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, in every lane: model tests then need no JavaFX toolkit and no waiting. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> Task submit(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> {};
        }
        onSuccess.accept(result);
        return () -> {};
    }

    @Override
    public <T> T await(Lane lane, Callable<T> work) throws Exception {
        return work.call();
    }

    @Override
    public Executor threads(Lane lane) {
        return Runnable::run;
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }

    @Override
    public void shutdown() {}
}
