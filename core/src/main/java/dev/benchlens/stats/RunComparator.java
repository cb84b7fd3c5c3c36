package dev.benchlens.stats;

import dev.benchlens.format.Run;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.MatchedPair;
import dev.benchlens.match.Matcher;
import dev.benchlens.match.Matching;
import dev.benchlens.match.RunIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Compares a baseline run with candidate runs: a pure function from parsed runs to a {@link Comparison}. */
public final class RunComparator {

    private RunComparator() {
    }

    public static Comparison compare(Run baseline, List<Run> candidates, CompareOptions options) {
        // Runs are indexed independently of each other, so on as many cores as there are.
        List<RunIndex> indexes = Stream.concat(Stream.of(baseline), candidates.stream()).parallel()
                .map(run -> RunIndex.of(run, options.aliases())).toList();
        RunIndex baseIndex = indexes.getFirst();
        List<Warning> warnings = new ArrayList<>(runWarnings(baseIndex, "baseline"));
        List<ComparisonRow> rows = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<GeomeanSummary> geomeans = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            RunIndex candidateIndex = indexes.get(i + 1);
            warnings.addAll(runWarnings(candidateIndex, "candidate " + (i + 1)));
            Matching matching = Matcher.match(baseIndex, candidateIndex);
            int index = i;
            // Rows are independent; on large comparisons the second core halves the time.
            List<ComparisonRow> candidateRows = matching.pairs().parallelStream()
                    .map(pair -> row(pair, index, options)).toList();
            rows.addAll(candidateRows);
            unmatched.add(new Unmatched(i, matching.onlyInBaseline(), matching.onlyInCandidate()));
            geomeans.addAll(Geomeans.of(i, candidateRows));
        }
        return new Comparison(baseline.origin(), candidates.stream().map(Run::origin).toList(), rows, unmatched,
                geomeans, warnings, options.bands(), options.alpha());
    }

    static List<Warning> runWarnings(RunIndex index, String role) {
        List<Warning> warnings = new ArrayList<>();
        String origin = index.run().origin();
        for (String w : index.run().warnings()) {
            warnings.add(new Warning(Warning.Kind.RUN, role + " " + origin + ": " + w));
        }
        if (!index.duplicates().isEmpty()) {
            warnings.add(new Warning(Warning.Kind.DUPLICATE_KEY, role + " " + origin + ": "
                    + index.duplicates().size() + " key(s) measured more than once, the first kept (e.g. "
                    + index.duplicates().getFirst() + ")"));
        }
        return warnings;
    }

    static ComparisonRow row(MatchedPair pair, int candidateIndex, CompareOptions options) {
        List<Warning> warnings = new ArrayList<>();
        KeyedMeasurement b = pair.baseline();
        KeyedMeasurement c = pair.candidate();
        double[] bRaw = b.measurement().rawSeconds();
        double[] cRaw = c.measurement().rawSeconds();
        SampleStats bStats = SampleStats.of(b.measurement(), bRaw);
        SampleStats cStats = SampleStats.of(c.measurement(), cRaw);
        sampleWarnings(bStats, "baseline", warnings);
        sampleWarnings(cStats, "candidate", warnings);

        RunSpeedup bSpeedup = RunSpeedup.of(b);
        RunSpeedup cSpeedup = RunSpeedup.of(c);
        Ratio ratio = ratio(bStats, cStats, bSpeedup, cSpeedup, warnings);
        double change = (cStats.meanSeconds() / bStats.meanSeconds() - 1) * 100;
        Significance significance = significance(bRaw, cRaw, bStats, cStats, options.alpha());
        BandVerdict band = options.bands().verdict(pair.key().implementation(), ratio.value());
        return new ComparisonRow(pair.key(), candidateIndex, values(bStats, bSpeedup), values(cStats, cSpeedup),
                ratio, change, significance, band, warnings);
    }

    static RunValues values(SampleStats stats, RunSpeedup speedup) {
        return new RunValues(stats.meanSeconds(), stats.n(), stats.cv(),
                speedup == null ? null : speedup.value(), speedup == null ? null : speedup.reference());
    }

    static void sampleWarnings(SampleStats stats, String side, List<Warning> warnings) {
        if (stats.n() == null) {
            warnings.add(new Warning(Warning.Kind.UNKNOWN_SAMPLE_COUNT,
                    side + ": sample count unknown, so the change cannot be tested"));
        } else if (stats.n() < Thresholds.MIN_SAMPLES) {
            warnings.add(new Warning(Warning.Kind.FEW_SAMPLES,
                    side + ": only " + stats.n() + " sample(s), fewer than " + Thresholds.MIN_SAMPLES));
        }
        if (stats.cv() > Thresholds.MAX_CV) {
            warnings.add(new Warning(Warning.Kind.NOISY, String.format(java.util.Locale.ROOT,
                    "%s: noisy, coefficient of variation %.1f%% above %.0f%%", side, stats.cv() * 100,
                    Thresholds.MAX_CV * 100)));
        }
    }

    private static Ratio ratio(SampleStats bStats, SampleStats cStats, RunSpeedup bSpeedup, RunSpeedup cSpeedup,
                               List<Warning> warnings) {
        if (bSpeedup != null && cSpeedup != null && bSpeedup.reference().equals(cSpeedup.reference())) {
            double value = cSpeedup.value() / bSpeedup.value();
            LogSpread spread = LogSpread.of(Arrays.asList(bStats, referenceStats(bSpeedup), cStats,
                    referenceStats(cSpeedup)));
            return new Ratio(value, RatioBasis.SPEEDUP, spread == null ? null
                    : spread.interval95(value));
        }
        if (bSpeedup != null && cSpeedup != null) {
            warnings.add(new Warning(Warning.Kind.REFERENCE_MISMATCH, "speedups use different references ("
                    + bSpeedup.reference() + " vs " + cSpeedup.reference() + "), so the ratio compares times"));
        }
        double value = bStats.meanSeconds() / cStats.meanSeconds();
        LogSpread spread = LogSpread.of(List.of(bStats, cStats));
        return new Ratio(value, RatioBasis.TIME, spread == null ? null : spread.interval95(value));
    }

    private static SampleStats referenceStats(RunSpeedup speedup) {
        return speedup.referenceMeasurement() == null ? null : SampleStats.of(speedup.referenceMeasurement());
    }

    private static Significance significance(double[] bRaw, double[] cRaw, SampleStats bStats, SampleStats cStats,
                                             double alpha) {
        if (bRaw.length > 0 && cRaw.length > 0 && allFinite(bRaw) && allFinite(cRaw)) {
            double p = MannWhitneyU.pValue(bRaw, cRaw);
            return new Significance(Significance.Test.MANN_WHITNEY_U, p, verdict(p, alpha));
        }
        LogSpread spread = LogSpread.of(List.of(bStats, cStats));
        if (spread == null) {
            return Significance.untestable();
        }
        double p = spread.pValueAgainstOne(bStats.meanSeconds() / cStats.meanSeconds());
        return new Significance(Significance.Test.WELCH_LOG_T, p, verdict(p, alpha));
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static Significance.Verdict verdict(double p, double alpha) {
        return p < alpha ? Significance.Verdict.SIGNIFICANT : Significance.Verdict.NOT_SIGNIFICANT;
    }
}
