package dev.benchlens.stats;

import java.util.List;

/**
 * The comparison of one baseline run with one or more candidate runs: everything a table, a chart or a CI gate
 * needs, computed once. Rows are sorted by candidate, then key.
 *
 * @param baseline   the baseline run's label (its origin)
 * @param candidates the candidate runs' labels, in the order given
 * @param geomeans   per candidate: the overall summary first, then one per implementation
 * @param warnings   warnings about runs as a whole (row warnings are on the rows)
 */
public record Comparison(
        String baseline,
        List<String> candidates,
        List<ComparisonRow> rows,
        List<Unmatched> unmatched,
        List<GeomeanSummary> geomeans,
        List<Warning> warnings,
        ExpectedBands bands,
        double alpha) {

    public Comparison {
        candidates = List.copyOf(candidates);
        rows = List.copyOf(rows);
        unmatched = List.copyOf(unmatched);
        geomeans = List.copyOf(geomeans);
        warnings = List.copyOf(warnings);
    }

    public List<ComparisonRow> rowsOf(int candidateIndex) {
        return rows.stream().filter(r -> r.candidateIndex() == candidateIndex).toList();
    }

    public List<GeomeanSummary> geomeansOf(int candidateIndex) {
        return geomeans.stream().filter(g -> g.candidateIndex() == candidateIndex).toList();
    }
}
