package dev.benchlens.viewer.compare;

import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Latest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ModifiableObservableListBase;
import javafx.collections.ObservableList;

/**
 * A list the table shows, replaced a slice per turn of the UI thread. A table passes every list change through
 * its filtered and sorted lists element by element: replacing 200,000 rows in one change held the window for
 * half a second. In slices the window paints and answers between them. The old rows leave first, down to the last
 * slice, which gives way to the first new slice within one turn, so no frame shows a mix of two comparisons or an
 * empty table; old rows that are the first of the new ones stay. Replacements that fit in one slice happen at
 * once.
 *
 * @param <T> the row type
 */
final class SlicedRows<T> {

    /** Rows moved per turn of the UI thread. */
    static final int SLICE = 20_000;

    private final Latest replacements;
    private final BulkList<T> shown = new BulkList<>();
    private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyBooleanWrapper settling = new ReadOnlyBooleanWrapper(false);

    SlicedRows(BackgroundExecutor executor) {
        // Only the newest replacement's slices are moved; the lane is never used, since slices move on the UI thread.
        this.replacements = executor.latest(Lane.COMPARING);
    }

    ObservableList<T> shown() {
        return readOnly;
    }

    /** True while a replacement is still moving rows; a newer replacement abandons an older one. */
    ReadOnlyBooleanProperty settlingProperty() {
        return settling.getReadOnlyProperty();
    }

    void replace(List<T> rows) {
        Latest.Request mine = replacements.next();
        List<T> copy = List.copyOf(rows);
        if (copy.equals(shown)) {
            settling.set(false);
            return;
        }
        settling.set(true);
        if (startsWithTheShown(copy)) {
            // The first rows of a comparison, now followed by the rest: the rows on screen stay as they are.
            append(mine, copy, shown.size());
        } else {
            replaceShown(mine, copy);
        }
    }

    private boolean startsWithTheShown(List<T> rows) {
        return !shown.isEmpty()
                && rows.size() > shown.size()
                && rows.subList(0, shown.size()).equals(shown);
    }

    private void replaceShown(Latest.Request mine, List<T> rows) {
        if (shown.size() > SLICE) {
            // From the end, so that the lists downstream move nothing.
            shown.remove(shown.size() - SLICE, shown.size());
            mine.onUiThread(() -> replaceShown(mine, rows));
            return;
        }
        int end = Math.min(rows.size(), SLICE);
        exchange(rows.subList(0, end));
        continueOrSettle(mine, rows, end);
    }

    /**
     * The last old rows give way to the first new ones. The new rows come in first, and the old ones leave in two
     * changes: a table that sees all its rows leave in one change lays out and restyles every row on screen twice
     * when the next ones come, and that was the longest stop of a baseline swap.
     */
    private void exchange(List<T> first) {
        int old = shown.size();
        shown.addAll(0, first);
        int oldFrom = first.size();
        if (old > 1) {
            shown.remove(oldFrom + 1, oldFrom + old);
        }
        shown.remove(oldFrom, shown.size());
    }

    private void append(Latest.Request mine, List<T> rows, int added) {
        int end = Math.min(rows.size(), added + SLICE);
        shown.addAll(rows.subList(added, end));
        continueOrSettle(mine, rows, end);
    }

    private void continueOrSettle(Latest.Request mine, List<T> rows, int end) {
        if (end < rows.size()) {
            mine.onUiThread(() -> append(mine, rows, end));
        } else {
            settling.set(false);
        }
    }

    /**
     * An observable list whose range removals and insertions are one change each. JavaFX's own list removes a range
     * element by element, each removal moving the rest of the range: 20,000 rows took a tenth of a second.
     */
    private static final class BulkList<T> extends ModifiableObservableListBase<T> {

        private final ArrayList<T> rows = new ArrayList<>();

        @Override
        public T get(int index) {
            return rows.get(index);
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public boolean addAll(Collection<? extends T> added) {
            return addAll(rows.size(), added);
        }

        @Override
        public boolean addAll(int index, Collection<? extends T> added) {
            Objects.checkIndex(index, rows.size() + 1);
            if (added.isEmpty()) {
                return false;
            }
            beginChange();
            try {
                rows.addAll(index, added);
                nextAdd(index, index + added.size());
            } finally {
                endChange();
            }
            return true;
        }

        @Override
        public void remove(int from, int to) {
            Objects.checkFromToIndex(from, to, rows.size());
            if (from == to) {
                return;
            }
            beginChange();
            try {
                List<T> range = rows.subList(from, to);
                nextRemove(from, new ArrayList<>(range));
                range.clear();
            } finally {
                endChange();
            }
        }

        @Override
        protected void doAdd(int index, T element) {
            rows.add(index, element);
        }

        @Override
        protected T doSet(int index, T element) {
            return rows.set(index, element);
        }

        @Override
        protected T doRemove(int index) {
            return rows.remove(index);
        }
    }
}
