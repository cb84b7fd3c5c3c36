package dev.benchlens.viewer.compare;

import dev.benchlens.compare.ComparisonRow;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which comparison rows to show: an empty set lets every value through; the search text matches the case, the
 * operation or the implementation, ignoring case.
 */
public record RowFilter(
        Set<String> shapes, Set<String> dtypes, Set<String> operations, Set<String> implementations, String search)
        implements Predicate<ComparisonRow> {

    public RowFilter {
        shapes = Set.copyOf(shapes);
        dtypes = Set.copyOf(dtypes);
        operations = Set.copyOf(operations);
        implementations = Set.copyOf(implementations);
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    public static RowFilter all() {
        return new RowFilter(Set.of(), Set.of(), Set.of(), Set.of(), "");
    }

    /** True when no choice and no search text is set: every row passes. */
    public boolean letsEverythingThrough() {
        return shapes.isEmpty()
                && dtypes.isEmpty()
                && operations.isEmpty()
                && implementations.isEmpty()
                && search.isEmpty();
    }

    @Override
    public boolean test(ComparisonRow row) {
        var key = row.key();
        // The shape's name is built only when shapes are chosen: this runs for every row of large comparisons.
        return (shapes.isEmpty() || shapes.contains(key.shape().toString()))
                && allows(dtypes, key.dtype())
                && allows(operations, key.operation())
                && allows(implementations, key.implementation())
                && (search.isEmpty() || key.toString().toLowerCase(Locale.ROOT).contains(search));
    }

    private static boolean allows(Set<String> chosen, String value) {
        return chosen.isEmpty() || chosen.contains(value);
    }
}
