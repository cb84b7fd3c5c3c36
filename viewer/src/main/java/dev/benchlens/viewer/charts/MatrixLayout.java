package dev.benchlens.viewer.charts;

import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.format.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each comparison row goes in the matrix of every case: one line per operation × dtype (× layout and
 * implementation when there are several), one column per shape × candidate run, so that every case of every run
 * is one cell. Lines keep the order in which the baseline lists its operations; shapes go from small to large.
 */
record MatrixLayout(
        List<String> lines,
        List<Shape> shapes,
        List<String> candidates,
        Map<Long, ComparisonRow> cells,
        boolean referenceHidden,
        int linesLeftOut) {

    /** Past this many lines the cells are too small to see; the first ones are drawn and the key says how many. */
    static final int MAX_LINES = 120;

    static MatrixLayout of(ChartInput input, boolean showReference) {
        List<ComparisonRow> rows = input.rows().stream()
                .filter(r -> showReference || !r.reference())
                .toList();
        boolean referenceHidden = rows.size() < input.rows().size();
        if (rows.isEmpty()) {
            rows = input.rows();
            referenceHidden = false;
        }
        boolean severalLayouts =
                rows.stream().map(r -> r.key().layout()).distinct().count() > 1;
        boolean severalImplementations =
                rows.stream().map(r -> r.key().implementation()).distinct().count() > 1;
        Map<String, Integer> lineIndex = new LinkedHashMap<>();
        Set<Shape> shapes = new TreeSet<>();
        Set<String> allLines = new java.util.HashSet<>();
        for (ComparisonRow row : rows) {
            String line = line(row, severalLayouts, severalImplementations);
            if (allLines.add(line) && lineIndex.size() < MAX_LINES) {
                lineIndex.put(line, lineIndex.size());
            }
            if (lineIndex.containsKey(line)) {
                shapes.add(row.key().shape());
            }
        }
        int leftOut = allLines.size() - lineIndex.size();
        List<Shape> shapeList = new ArrayList<>(shapes);
        Map<Shape, Integer> shapeIndex = new HashMap<>();
        shapeList.forEach(s -> shapeIndex.put(s, shapeIndex.size()));
        List<String> candidates =
                input.comparison() == null ? List.of() : input.comparison().candidates();
        Map<Long, ComparisonRow> cells = new HashMap<>();
        for (ComparisonRow row : rows) {
            Integer line = lineIndex.get(line(row, severalLayouts, severalImplementations));
            if (line == null) {
                continue;
            }
            int column = shapeIndex.get(row.key().shape()) * candidates.size() + row.candidateIndex();
            cells.putIfAbsent(key(line, column), row);
        }
        return new MatrixLayout(
                List.copyOf(lineIndex.keySet()), shapeList, candidates, cells, referenceHidden, leftOut);
    }

    /** E.g. {@code mean_axis0 float32} or {@code mean_axis0 float32 raptors}. */
    private static String line(ComparisonRow row, boolean severalLayouts, boolean severalImplementations) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(CaseNames.operation(row.key().operation()));
        parts.add(row.key().dtype());
        if (severalLayouts) {
            parts.add(row.key().layout().label());
        }
        if (severalImplementations) {
            // The name alone: the SIMD mode belongs to the run, that is to the column.
            parts.add(row.key().implementation());
        }
        parts.remove("");
        return String.join(" ", parts);
    }

    int columns() {
        return shapes.size() * candidates.size();
    }

    /** The row in a cell, or {@code null} when that run did not measure that case. */
    ComparisonRow cell(int line, int column) {
        return cells.get(key(line, column));
    }

    Shape shapeOf(int column) {
        return shapes.get(column / Math.max(1, candidates.size()));
    }

    int candidateOf(int column) {
        return column % Math.max(1, candidates.size());
    }

    /** The line and column of a row, or {@code null} when it is not drawn. */
    int[] positionOf(ComparisonRow row) {
        for (Map.Entry<Long, ComparisonRow> e : cells.entrySet()) {
            if (e.getValue() == row) {
                return new int[] {(int) (e.getKey() >>> 32), (int) (e.getKey() & 0xffffffffL)};
            }
        }
        return null;
    }

    private static long key(int line, int column) {
        return (long) line << 32 | column;
    }
}
