package dev.benchlens.compare;

import dev.benchlens.format.RunIdentity;
import java.util.List;
import java.util.Optional;

/**
 * The comparison of one baseline run with one or more candidate runs: everything a table, a chart or a CI gate
 * needs, computed once. Rows are grouped by candidate, in the order the baseline lists its measurements.
 *
 * @param baselineRun    the baseline's identity; its name is what tables call it
 * @param candidateRuns  the candidates' identities, in the order given, names distinct from each other's
 * @param geomeans       per candidate: the overall summary first, then one per implementation
 * @param modeGains      per candidate, the seed's view: each kernel's speedup over the reference in both runs
 * @param warnings       warnings about runs as a whole (row warnings are on the rows)
 * @param assumedSamples the sample count assumed where a run records none; {@code null} when none was assumed
 * @param maxRegressionPercent the largest slowdown the rows' gate verdicts allow
 */
public record Comparison(
        RunIdentity baselineRun,
        List<RunIdentity> candidateRuns,
        List<ComparisonRow> rows,
        List<Unmatched> unmatched,
        List<GeomeanSummary> geomeans,
        List<ModeGain> modeGains,
        List<Warning> warnings,
        ExpectedBands bands,
        double alpha,
        Integer assumedSamples,
        double maxRegressionPercent) {

    public Comparison {
        candidateRuns = List.copyOf(candidateRuns);
        rows = List.copyOf(rows);
        unmatched = List.copyOf(unmatched);
        geomeans = List.copyOf(geomeans);
        modeGains = List.copyOf(modeGains);
        warnings = List.copyOf(warnings);
    }

    /** The baseline's name. */
    public String baseline() {
        return baselineRun.name();
    }

    /** The candidates' names, in order. */
    public List<String> candidates() {
        return candidateRuns.stream().map(RunIdentity::name).toList();
    }

    public List<ComparisonRow> rowsOf(int candidateIndex) {
        return rows.stream().filter(r -> r.candidateIndex() == candidateIndex).toList();
    }

    public List<GeomeanSummary> geomeansOf(int candidateIndex) {
        return geomeans.stream()
                .filter(g -> g.candidateIndex() == candidateIndex)
                .toList();
    }

    public List<ModeGain> modeGainsOf(int candidateIndex) {
        return modeGains.stream()
                .filter(g -> g.candidateIndex() == candidateIndex)
                .toList();
    }

    /**
     * Why a candidate has no row, when it has none: {@code No case in common with the baseline (12 cases only in
     * the baseline, 8 only in the candidate)}. Empty when it shares a case with the baseline.
     */
    public Optional<String> noCaseInCommon(int candidateIndex) {
        if (rows.stream().anyMatch(r -> r.candidateIndex() == candidateIndex)) {
            return Optional.empty();
        }
        Unmatched u = unmatched.stream()
                .filter(x -> x.candidateIndex() == candidateIndex)
                .findFirst()
                .orElse(new Unmatched(candidateIndex, List.of(), List.of()));
        return Optional.of(
                "No case in common with the baseline (" + u.onlyInBaseline().size() + " case(s) only in the baseline, "
                        + u.onlyInCandidate().size() + " only in the candidate)");
    }
}
