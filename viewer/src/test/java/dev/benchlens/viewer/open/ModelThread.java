package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.viewer.background.UiOnlyExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The UI thread of model tests whose loads run on threads of their own: every model update happens on it, in order,
 * as in the application, and the test asks it questions and waits for answers.
 */
final class ModelThread implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    /** The executor a model gets: its results come back on this thread. */
    UiOnlyExecutor executor() {
        return new UiOnlyExecutor(thread, () -> thread.shutdownNow());
    }

    void run(Runnable action) throws Exception {
        thread.submit(action).get(10, TimeUnit.SECONDS);
    }

    <T> T get(Callable<T> query) throws Exception {
        return thread.submit(query).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to 10 s for {@code query}, asked on this thread, to hold. */
    void waitFor(Callable<Boolean> query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!get(query)) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
