package dev.benchlens.viewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.viewer.background.UiOnlyExecutor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Replacing many rows a slice per UI turn: no turn moves more than a slice, and two comparisons never mix. */
class SlicedRowsTest {

    private final Queue<Runnable> turns = new ArrayDeque<>();
    private final SlicedRows<String> rows = new SlicedRows<>(new UiOnlyExecutor(turns::add, turns::clear));
    private final List<Integer> changeSizes = new ArrayList<>();

    /** Runs the UI thread's queued turns until none is left. */
    private void runTurns() {
        while (!turns.isEmpty()) {
            turns.remove().run();
        }
    }

    SlicedRowsTest() {
        rows.shown().addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changeSizes.add(c.getAddedSize() + c.getRemovedSize());
            }
        });
    }

    private static List<String> named(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void aSmallReplacementHappensAtOnce() {
        rows.replace(named("a", 10));
        rows.replace(named("b", 20));

        assertThat(rows.shown()).isEqualTo(named("b", 20));
        assertThat(turns).isEmpty();
        assertThat(rows.settlingProperty().get()).isFalse();
    }

    @Test
    void aLargeReplacementRemovesTheOldRowsThenAddsTheNewOnesASliceAtATime() {
        int size = 3 * SlicedRows.SLICE + 123;
        rows.replace(named("a", size));
        runTurns();
        changeSizes.clear();
        List<String> emptiedOrAllRemoved = new ArrayList<>();
        rows.shown().addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                if (rows.shown().isEmpty() || c.getRemovedSize() == rows.shown().size() + c.getRemovedSize()) {
                    emptiedOrAllRemoved.add(c.toString());
                }
            }
        });

        rows.replace(named("b", size));
        assertThat(rows.settlingProperty().get()).isTrue();
        List<String> mixedAfterATurn = new ArrayList<>();
        while (!turns.isEmpty()) {
            turns.remove().run();
            boolean hasOld = rows.shown().stream().anyMatch(r -> r.startsWith("a"));
            boolean hasNew = rows.shown().stream().anyMatch(r -> r.startsWith("b"));
            if (hasOld && hasNew) {
                mixedAfterATurn.add(rows.shown().size() + " rows");
            }
        }

        assertThat(rows.shown()).isEqualTo(named("b", size));
        assertThat(rows.settlingProperty().get()).isFalse();
        assertThat(changeSizes).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(SlicedRows.SLICE));
        assertThat(mixedAfterATurn).isEmpty();
        // A table whose rows all leave in one change lays out every row on screen twice when the next ones come.
        assertThat(emptiedOrAllRemoved).isEmpty();
    }

    @Test
    void rowsShownThatStartTheNewOnesStayAndTheRestFollowASliceAtATime() {
        int size = 2 * SlicedRows.SLICE + 7;
        List<String> whole = named("a", size);
        rows.replace(List.copyOf(whole.subList(0, 500)));
        runTurns();
        changeSizes.clear();
        List<Boolean> removals = new ArrayList<>();
        rows.shown().addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                removals.add(c.wasRemoved());
            }
        });

        rows.replace(whole);
        runTurns();

        assertThat(rows.shown()).isEqualTo(whole);
        assertThat(removals).containsOnly(false);
        assertThat(changeSizes).hasSize(2).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(SlicedRows.SLICE));
        assertThat(rows.settlingProperty().get()).isFalse();
    }

    @Test
    void aNewerReplacementAbandonsAnOlderOneStillMoving() {
        rows.replace(named("a", 2 * SlicedRows.SLICE + 1));
        turns.remove().run();
        rows.replace(named("b", 5));

        runTurns();

        assertThat(rows.shown()).isEqualTo(named("b", 5));
        assertThat(rows.settlingProperty().get()).isFalse();
    }
}
