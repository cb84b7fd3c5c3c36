package dev.benchlens.viewer.compare;

import dev.benchlens.compare.ChangeCounts;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/** A comparison with the values its filters offer and its counts, worked out in the background with it. */
record PreparedComparison(
        Comparison comparison,
        List<ComparisonRow> rows,
        List<String> shapes,
        List<String> dtypes,
        List<String> operations,
        List<String> implementations,
        List<ChangeCounts> counts,
        boolean statesSpeedups) {
    static PreparedComparison of(Comparison comparison) {
        List<ComparisonRow> rows = comparison == null ? List.of() : comparison.rows();
        List<ChangeCounts> counts = comparison == null
                ? List.of()
                : IntStream.range(0, comparison.candidates().size())
                        .mapToObj(i -> ChangeCounts.of(comparison.rowsOf(i)))
                        .toList();
        return new PreparedComparison(
                comparison,
                rows,
                distinct(rows, r -> r.key().shape(), Comparator.naturalOrder()).stream()
                        .map(Object::toString)
                        .toList(),
                distinct(rows, r -> r.key().dtype(), Comparator.naturalOrder()),
                distinct(rows, r -> r.key().operation(), Comparator.naturalOrder()),
                distinct(rows, r -> r.key().implementation(), Comparator.naturalOrder()),
                counts,
                rows.stream()
                        .anyMatch(r ->
                                r.baseline().speedup() != null || r.candidate().speedup() != null));
    }

    private static <T> List<T> distinct(
            List<ComparisonRow> rows, Function<ComparisonRow, T> value, Comparator<? super T> order) {
        // Hash first, sort the few distinct values after: cheaper than ordering every row's value.
        Set<T> seen = new HashSet<>();
        for (ComparisonRow row : rows) {
            seen.add(value.apply(row));
        }
        List<T> sorted = new ArrayList<>(seen);
        sorted.sort(order);
        return List.copyOf(sorted);
    }
}
