package dev.benchlens.compare;

import dev.benchlens.bandwidth.BandwidthShare;
import dev.benchlens.format.Environment;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunWarning;
import dev.benchlens.format.SimdMode;
import dev.benchlens.match.CaseKey;
import dev.benchlens.match.KeyedMeasurement;
import dev.benchlens.match.MatchedPair;
import dev.benchlens.match.Matcher;
import dev.benchlens.match.Matching;
import dev.benchlens.match.RunIndex;
import dev.benchlens.stats.LogSpread;
import dev.benchlens.stats.SampleStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Compares a baseline run with candidate runs: a pure function from parsed runs to a {@link Comparison}. */
public final class RunComparator {

    private RunComparator() {}

    public static Comparison compare(Run baseline, List<Run> candidates, CompareOptions options) {
        List<Run> named = inOrder(baseline, candidates);
        // Runs are indexed independently of each other, so on as many cores as there are.
        List<RunIndex> indexes = named.stream()
                .parallel()
                .map(run -> RunIndex.of(run, options.aliases()))
                .toList();
        RunIndex baseIndex = indexes.getFirst();
        List<Warning> warnings = new ArrayList<>(runWarnings(baseIndex, "baseline"));
        List<ComparisonRow> rows = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<GeomeanSummary> geomeans = new ArrayList<>();
        List<ModeGain> gains = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            RunIndex candidateIndex = indexes.get(i + 1);
            warnings.addAll(runWarnings(candidateIndex, "candidate " + (i + 1)));
            Matching matching = Matcher.match(baseIndex, candidateIndex);
            int index = i;
            RunPair runs = RunPair.of(named.getFirst(), named.get(i + 1), options.bands());
            // Rows are independent; on large comparisons the second core halves the time.
            List<ComparisonRow> candidateRows = matching.pairs().parallelStream()
                    .map(pair -> row(pair, index, runs, options))
                    .toList();
            rows.addAll(candidateRows);
            unmatched.add(new Unmatched(i, matching.onlyInBaseline(), matching.onlyInCandidate()));
            geomeans.addAll(Geomeans.of(i, candidateRows));
            gains.addAll(ModeGains.of(
                    i,
                    candidateRows,
                    runs.bandsApply() ? options.bands() : ExpectedBands.none(),
                    runs.dockerAndNative()));
        }
        return new Comparison(
                named.getFirst().identity(),
                named.stream().skip(1).map(Run::identity).toList(),
                rows,
                unmatched,
                geomeans,
                gains,
                warnings,
                options.bands(),
                options.alpha(),
                options.assumedSamples(),
                options.maxRegressionPercent());
    }

    /**
     * The rows {@link #compare} puts first, for the first candidate and the baseline's first {@code keys} keys,
     * found at a fraction of its cost: for showing something while the whole comparison runs.
     */
    public static FirstRows firstRows(Run baseline, List<Run> candidates, CompareOptions options, int keys) {
        return firstRows(baseline, candidates, options, keys, false).orElseThrow();
    }

    /**
     * The rows {@link #firstRows} gives for the whole runs, found from their starts ({@code RunStarts}): empty unless
     * every one of the baseline's first keys in its start finds its partner in the candidate's start, since a
     * partner not found there may lie further on, and the whole comparison would then have a row these lack.
     */
    public static Optional<FirstRows> firstRowsOfStarts(
            Run baselineStart, List<Run> candidateStarts, CompareOptions options, int keys) {
        return firstRows(baselineStart, candidateStarts, options, keys, true);
    }

    private static Optional<FirstRows> firstRows(
            Run baseline, List<Run> candidates, CompareOptions options, int keys, boolean everyPartner) {
        List<Run> named = inOrder(baseline, candidates);
        RunIndex baseIndex = RunIndex.firstKeys(named.getFirst(), options.aliases(), keys);
        RunIndex candidateIndex = RunIndex.restrictedTo(
                named.get(1), options.aliases(), baseIndex.entries().keySet());
        if (everyPartner
                && candidateIndex.entries().size() < baseIndex.entries().size()) {
            return Optional.empty();
        }
        RunPair runs = RunPair.of(named.getFirst(), named.get(1), options.bands());
        List<ComparisonRow> rows = Matcher.match(baseIndex, candidateIndex).pairs().stream()
                .map(pair -> row(pair, 0, runs, options))
                .toList();
        return Optional.of(new FirstRows(named.stream().skip(1).map(Run::name).toList(), rows));
    }

    /** The baseline, then the candidates, under the names they were opened with ({@code RunOpener} names them). */
    private static List<Run> inOrder(Run baseline, List<Run> candidates) {
        return Stream.concat(Stream.of(baseline), candidates.stream()).toList();
    }

    /** The first rows of a comparison, and the names of its candidate runs, in order. */
    public record FirstRows(List<String> candidates, List<ComparisonRow> rows) {
        public FirstRows {
            candidates = List.copyOf(candidates);
            rows = List.copyOf(rows);
        }
    }

    /**
     * The SIMD modes of the two runs a row comes from, and whether expected bands apply to them.
     */
    record RunPair(
            SimdMode baselineMode,
            SimdMode candidateMode,
            boolean bandsApply,
            boolean dockerAndNative,
            Run baseline,
            Run candidate) {
        static RunPair of(Run baseline, Run candidate, ExpectedBands bands) {
            return new RunPair(
                    baseline.simdMode(),
                    candidate.simdMode(),
                    RunComparator.bandsApply(bands, baseline, candidate),
                    RunComparator.dockerAndNative(baseline, candidate),
                    baseline,
                    candidate);
        }

        /** Each side's bandwidth share for this row's times, and the runs' recorded differences for its kernel. */
        MachineLimits limits(CaseKey key, double baselineSeconds, double candidateSeconds) {
            if (baseline == null || candidate == null) {
                return null;
            }
            return MachineLimits.of(
                    BandwidthShare.of(baseline.metadata(), key.shape(), key.dtype(), key.operation(), baselineSeconds),
                    BandwidthShare.of(
                            candidate.metadata(), key.shape(), key.dtype(), key.operation(), candidateSeconds),
                    RecordedDifferences.of(baseline, candidate, key.implementation()));
        }
    }

    /**
     * The seed's bands ({@link ExpectedBands#SEED}, the explorer's default) are what native runs gain over Docker:
     * they apply only where the baseline is known to be Docker and the candidate known to be native, never to runs
     * of unknown origin. Other bands the user gives apply unless the runs are known to be something else than
     * Docker against native: a baseline known not to be Docker, or a candidate that is.
     */
    static boolean bandsApply(ExpectedBands bands, Run baseline, Run candidate) {
        if (bands.sameAsSeed()) {
            return dockerAndNative(baseline, candidate);
        }
        Environment base = baseline.identity().environment();
        Environment other = candidate.identity().environment();
        boolean baselineNotDocker = base == Environment.LOCAL || base == Environment.GITHUB_ACTIONS;
        return !baselineNotDocker && other != Environment.DOCKER;
    }

    /**
     * The seed's bands (25-80x, 15-60x), given when the user gives none, are what native runs should gain over
     * Docker: they apply only where the baseline is known to be Docker and the candidate known to be native.
     */
    static boolean dockerAndNative(Run baseline, Run candidate) {
        Environment other = candidate.identity().environment();
        return baseline.identity().environment() == Environment.DOCKER
                && (other == Environment.GITHUB_ACTIONS || other == Environment.LOCAL);
    }

    static List<Warning> runWarnings(RunIndex index, String role) {
        List<Warning> warnings = new ArrayList<>();
        String name = index.run().name();
        for (RunWarning w : index.run().warnings()) {
            Warning.Kind kind = w.kind() == RunWarning.Kind.DROPPED_MEASUREMENT
                    ? Warning.Kind.DROPPED_MEASUREMENT
                    : Warning.Kind.RUN;
            warnings.add(new Warning(kind, role + " " + name + ": " + w.message()));
        }
        if (!index.duplicates().isEmpty()) {
            warnings.add(new Warning(
                    Warning.Kind.DUPLICATE_KEY,
                    role + " " + name + ": "
                            + index.duplicates().size() + " key(s) measured more than once, the first kept (e.g. "
                            + index.duplicates().getFirst() + ")"));
        }
        return warnings;
    }

    static ComparisonRow row(MatchedPair pair, int candidateIndex, RunPair runs, CompareOptions options) {
        List<Warning> warnings = new ArrayList<>();
        KeyedMeasurement b = pair.baseline();
        KeyedMeasurement c = pair.candidate();
        double[] bRaw = b.measurement().rawSeconds();
        double[] cRaw = c.measurement().rawSeconds();
        SampleStats bStats = SampleStats.of(b.measurement(), bRaw, options.assumedSamples());
        SampleStats cStats = SampleStats.of(c.measurement(), cRaw, options.assumedSamples());
        sampleWarnings(bStats, "baseline", warnings);
        sampleWarnings(cStats, "candidate", warnings);

        RunSpeedup bSpeedup = RunSpeedup.of(b);
        RunSpeedup cSpeedup = RunSpeedup.of(c);
        speedupWarnings(bSpeedup, "baseline", warnings);
        speedupWarnings(cSpeedup, "candidate", warnings);
        SimdMode bMode = kernelMode(b, runs.baselineMode());
        SimdMode cMode = kernelMode(c, runs.candidateMode());
        if (bMode != null && cMode != null && !bMode.equals(cMode)) {
            warnings.add(new Warning(
                    Warning.Kind.MODE_DIFFERS,
                    "SIMD modes differ: " + bMode + " in the baseline, " + cMode + " in the candidate"));
        }
        Ratio ratio = ratio(bStats, cStats, bSpeedup, cSpeedup, warnings);
        double change = (cStats.meanSeconds() / bStats.meanSeconds() - 1) * 100;
        Significance significance = Verdicts.of(
                ratio.basis(),
                bRaw,
                cRaw,
                ratioTerms(bStats, cStats, bSpeedup, cSpeedup, ratio.basis()),
                ratio.value(),
                options.alpha());
        BandVerdict band = runs.bandsApply()
                ? options.bands().verdict(pair.key().implementation(), cMode, ratio.value())
                : BandVerdict.NO_BAND;
        boolean reference =
                b.speedup() != null && b.speedup().reference().equals(pair.key().implementation());
        return new ComparisonRow(
                pair.key(),
                candidateIndex,
                values(bStats, bSpeedup, bMode),
                values(cStats, cSpeedup, cMode),
                ratio,
                change,
                significance,
                band,
                reference,
                warnings,
                runs.limits(pair.key(), bStats.meanSeconds(), cStats.meanSeconds()));
    }

    /** The run's SIMD mode for the kernel its speedups are stated for (e.g. raptors); {@code null} for the rest. */
    static SimdMode kernelMode(KeyedMeasurement km, SimdMode runMode) {
        return km.speedup() != null && km.speedup().candidate().equals(km.key().implementation()) ? runMode : null;
    }

    static RunValues values(SampleStats stats, RunSpeedup speedup, SimdMode simdMode) {
        return new RunValues(
                stats.meanSeconds(),
                stats.n(),
                stats.cv(),
                speedup == null ? null : speedup.value(),
                speedup == null ? null : speedup.reference(),
                stats.nAssumed(),
                simdMode);
    }

    static void sampleWarnings(SampleStats stats, String side, List<Warning> warnings) {
        if (stats.n() == null) {
            warnings.add(new Warning(
                    Warning.Kind.UNKNOWN_SAMPLE_COUNT,
                    side + ": sample count unknown (the file does not record it); see --assume-samples"));
        } else if (stats.nAssumed()) {
            warnings.add(new Warning(
                    Warning.Kind.ASSUMED_SAMPLE_COUNT,
                    side + ": sample count not recorded, " + stats.n() + " assumed"));
        } else if (stats.n() < Thresholds.MIN_SAMPLES) {
            warnings.add(new Warning(
                    Warning.Kind.FEW_SAMPLES,
                    side + ": only " + stats.n() + " sample(s), fewer than " + Thresholds.MIN_SAMPLES));
        }
        if (stats.cv() > Thresholds.MAX_CV) {
            warnings.add(new Warning(
                    Warning.Kind.NOISY,
                    String.format(
                            Locale.ROOT,
                            "%s: noisy, coefficient of variation %.1f%% above %.0f%%",
                            side,
                            stats.cv() * 100,
                            Thresholds.MAX_CV * 100)));
        }
    }

    static void speedupWarnings(RunSpeedup speedup, String side, List<Warning> warnings) {
        if (speedup != null && speedup.disagreeingStatement() != null) {
            warnings.add(new Warning(
                    Warning.Kind.SPEEDUP_MISMATCH,
                    String.format(
                            Locale.ROOT,
                            "%s: the stated speedup %.4gx is not the ratio of its times (%.4gx); the times are used",
                            side,
                            speedup.disagreeingStatement(),
                            speedup.value())));
        }
    }

    private static Ratio ratio(
            SampleStats bStats, SampleStats cStats, RunSpeedup bSpeedup, RunSpeedup cSpeedup, List<Warning> warnings) {
        if (bSpeedup != null && cSpeedup != null && bSpeedup.reference().equals(cSpeedup.reference())) {
            double value = cSpeedup.value() / bSpeedup.value();
            LogSpread spread = LogSpread.of(ratioTerms(bStats, cStats, bSpeedup, cSpeedup, RatioBasis.SPEEDUP));
            return new Ratio(value, RatioBasis.SPEEDUP, spread == null ? null : spread.interval95(value));
        }
        if (bSpeedup != null && cSpeedup != null) {
            warnings.add(new Warning(
                    Warning.Kind.REFERENCE_MISMATCH,
                    "speedups use different references (" + bSpeedup.reference() + " vs " + cSpeedup.reference()
                            + "), so the ratio compares times"));
        }
        double value = bStats.meanSeconds() / cStats.meanSeconds();
        LogSpread spread = LogSpread.of(List.of(bStats, cStats));
        return new Ratio(value, RatioBasis.TIME, spread == null ? null : spread.interval95(value));
    }

    /** The means a ratio of this basis is made of: two times, or the two times and the two reference times. */
    private static List<SampleStats> ratioTerms(
            SampleStats bStats, SampleStats cStats, RunSpeedup bSpeedup, RunSpeedup cSpeedup, RatioBasis basis) {
        if (basis == RatioBasis.TIME) {
            return List.of(bStats, cStats);
        }
        return Arrays.asList(bStats, referenceStats(bSpeedup, bStats), cStats, referenceStats(cSpeedup, cStats));
    }

    private static SampleStats referenceStats(RunSpeedup speedup, SampleStats side) {
        if (speedup.referenceMeasurement() == null) {
            return null;
        }
        SampleStats stats = SampleStats.of(speedup.referenceMeasurement());
        // The reference was timed by the same harness as its side, so it shares that side's assumed count.
        return stats.n() == null && side.nAssumed()
                ? new SampleStats(stats.meanSeconds(), stats.stddevSeconds(), side.n(), true)
                : stats;
    }
}
