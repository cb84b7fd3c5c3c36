package dev.benchlens.viewer.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** "Latest request wins": only the newest request's work runs late, and only its results and steps arrive. */
class LatestTest {

    /** Holds work and UI steps until the test runs them, so that requests can overtake each other. */
    private static final class Queued implements BackgroundExecutor {
        final Queue<Runnable> work = new ArrayDeque<>();
        final Queue<Runnable> ui = new ArrayDeque<>();

        @Override
        public <T> Task submit(
                Lane lane, Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            work.add(() -> {
                try {
                    T result = task.call();
                    ui.add(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    ui.add(() -> onFailure.accept(e));
                }
            });
            return () -> {};
        }

        @Override
        public <T> T await(Lane lane, Callable<T> task) throws Exception {
            return task.call();
        }

        @Override
        public Executor threads(Lane lane) {
            return work::add;
        }

        @Override
        public void onUiThread(Runnable update) {
            ui.add(update);
        }

        @Override
        public void shutdown() {}

        void runAll() {
            while (!work.isEmpty() || !ui.isEmpty()) {
                while (!work.isEmpty()) {
                    work.remove().run();
                }
                while (!ui.isEmpty()) {
                    ui.remove().run();
                }
            }
        }
    }

    private final Queued executor = new Queued();
    private final Latest latest = executor.latest(Lane.COMPARING);
    private final List<String> ran = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();

    private Callable<String> work(String name) {
        return () -> {
            ran.add(name);
            return name;
        };
    }

    @Test
    void aNewerRequestSkipsTheOlderWorkThatHasNotStartedAndOnlyItsResultArrives() {
        latest.submit(work("old"), delivered::add, failure -> delivered.add("failed"));
        latest.submit(work("new"), delivered::add, failure -> delivered.add("failed"));

        executor.runAll();

        assertThat(ran).containsExactly("new");
        assertThat(delivered).containsExactly("new");
    }

    @Test
    void aResultThatArrivesAfterANewerRequestStartedIsDropped() {
        latest.submit(work("old"), delivered::add, failure -> delivered.add("failed"));
        executor.work.remove().run(); // the old work is done; its result waits for the UI thread
        latest.next();

        executor.runAll();

        assertThat(ran).containsExactly("old");
        assertThat(delivered).isEmpty();
    }

    @Test
    void workAddedToTheCurrentRequestCountsAndItsStepsStopOnceANewerOneStarts() {
        Latest.Request first = latest.next();
        latest.current().submit(work("first rows"), delivered::add, failure -> {});
        first.onUiThread(() -> delivered.add("step of the first"));
        executor.runAll();

        first.onUiThread(() -> delivered.add("late step of the first"));
        latest.next();
        executor.runAll();

        assertThat(delivered).containsExactlyInAnyOrder("first rows", "step of the first");
        assertThat(first.isNewest()).isFalse();
    }

    @Test
    void aFailureOfAStaleRequestIsDroppedToo() {
        latest.<String>submit(
                () -> {
                    throw new IllegalStateException("stale");
                },
                delivered::add,
                failure -> delivered.add("failed: " + failure.getMessage()));
        executor.work.remove().run();
        latest.submit(work("new"), delivered::add, failure -> delivered.add("failed"));

        executor.runAll();

        assertThat(delivered).containsExactly("new");
    }
}
