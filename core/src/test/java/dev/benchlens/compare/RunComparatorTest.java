package dev.benchlens.compare;

import static dev.benchlens.testing.Fixtures.ms;
import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.raw;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.Shape;
import dev.benchlens.format.Speedup;
import dev.benchlens.match.Aliases;
import dev.benchlens.match.CaseKey;
import dev.benchlens.stats.MannWhitneyU;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparatorTest {

    /** The upstream's kernel mapped to ours per SIMD mode, as docs/examples/cross-project-aliases.properties does. */
    private static final Aliases CROSS_PROJECT = aliases("""
            implementation.raptors@force = simd
            implementation.raptors@auto = auto
            implementation.raptors@disable = scalar
            dtype.f32 = float32""");

    private static final CompareOptions OPTIONS = CompareOptions.defaults()
            .withAliases(CROSS_PROJECT)
            .withBands(ExpectedBands.parse("simd=25..80,auto=15..60"));

    private static Aliases aliases(String table) {
        try {
            return Aliases.parse(table, "test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An upstream-style run: numpy against raptors, means and stddevs only, speedup = numpy / raptors. */
    private static Run upstream(String origin, String simdMode, double numpyMs, double raptorsMs) {
        return run(
                origin,
                simdMode,
                square(
                        512,
                        "float32",
                        op(
                                "mean_axis0",
                                new Speedup("numpy", "raptors", numpyMs / raptorsMs),
                                ms("numpy", numpyMs, numpyMs * 0.01, null),
                                ms("raptors", raptorsMs, raptorsMs * 0.01, null))));
    }

    @Test
    void ratioOfStatedSpeedupsAfterAliasingRaptorsBySimdMode() {
        // Docker: numpy 1 ms, raptors (forced SIMD -> simd) 5 ms: speedup 0.2.
        // Native: numpy 1 ms, raptors 0.1 ms: speedup 10. Ratio 10 / 0.2 = 50, inside 25..80.
        // Time change of simd: 0.1 / 5 - 1 = -98%.
        Comparison c = RunComparator.compare(
                withSource(upstream("docker", "force", 1, 5), "docker"),
                List.of(withSource(upstream("native", "force", 1, 0.1), "github-actions")),
                OPTIONS);

        ComparisonRow simd = row(c, "simd");
        assertThat(simd.ratio().basis()).isEqualTo(RatioBasis.SPEEDUP);
        assertThat(simd.ratio().value()).isCloseTo(50, within(1e-9));
        assertThat(simd.baseline().speedup()).isCloseTo(0.2, within(1e-12));
        assertThat(simd.timeChangePercent()).isCloseTo(-98, within(1e-9));
        assertThat(simd.band()).isEqualTo(BandVerdict.INSIDE);
        // The upstream format stores no repeat count: no interval, no test, and a warning saying why.
        assertThat(simd.ratio().ci95()).isNull();
        assertThat(simd.significance().verdict()).isEqualTo(Significance.Verdict.UNTESTED);
        assertThat(simd.warnings()).extracting(Warning::kind).contains(Warning.Kind.UNKNOWN_SAMPLE_COUNT);

        // numpy is the reference itself: it has no speedup, so its ratio is baseline time / candidate time = 1.
        ComparisonRow numpy = row(c, "numpy");
        assertThat(numpy.ratio().basis()).isEqualTo(RatioBasis.TIME);
        assertThat(numpy.ratio().value()).isCloseTo(1, within(1e-12));
        assertThat(numpy.band()).isEqualTo(BandVerdict.NO_BAND);
    }

    @Test
    void speedupComputedFromTheReferenceWhenTheRunStatesItForAnotherImplementation() {
        // Each operation names scalar as reference and simd as candidate; auto's speedup is computed:
        // baseline scalar 8 / auto 4 = 2; candidate scalar 8 / auto 1 = 8; ratio 8 / 2 = 4, below 15..60.
        Run base = run(
                "b",
                null,
                square(
                        64,
                        "float64",
                        op(
                                "sum",
                                new Speedup("scalar", "simd", 2),
                                ms("scalar", 8, 0.8, 5),
                                ms("simd", 4, 0.4, 5),
                                ms("auto", 4, 0.4, 5))));
        Run cand = run(
                "c",
                null,
                square(
                        64,
                        "float64",
                        op(
                                "sum",
                                new Speedup("scalar", "simd", 8),
                                ms("scalar", 8, 0.8, 5),
                                ms("simd", 1, 0.1, 5),
                                ms("auto", 1, 0.1, 5))));
        Comparison c = RunComparator.compare(withSource(base, "docker"), List.of(withSource(cand, "local")), OPTIONS);

        ComparisonRow auto = row(c, "auto");
        assertThat(auto.baseline().speedup()).isCloseTo(2, within(1e-12));
        assertThat(auto.candidate().speedup()).isCloseTo(8, within(1e-12));
        assertThat(auto.ratio().value()).isCloseTo(4, within(1e-12));
        assertThat(auto.band()).isEqualTo(BandVerdict.BELOW);
        // Four means (auto and scalar on both sides), each cv 0.1 and n 5: se = sqrt(4 * 0.01/5) = 0.0894427,
        // df = 16, t = 2.119905: 4 * exp(-+0.189610) = 3.30913, 4.83511.
        assertThat(auto.ratio().ci95().low()).isCloseTo(3.30913, within(1e-4));
        assertThat(auto.ratio().ci95().high()).isCloseTo(4.83510, within(1e-4));
    }

    @Test
    void timeBasisWhenOneSideHasNoSpeedup() {
        Run base = run("b", null, square(8, "float32", op("sum", null, ms("simd", 2, 0.2, 10))));
        Run cand = run(
                "c",
                null,
                square(
                        8,
                        "float32",
                        op("sum", new Speedup("scalar", "simd", 3), ms("scalar", 3, 0.3, 10), ms("simd", 1, 0.1, 10))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(row.ratio().basis()).isEqualTo(RatioBasis.TIME);
        assertThat(row.ratio().value()).isCloseTo(2, within(1e-12));
        assertThat(row.timeChangePercent()).isCloseTo(-50, within(1e-9));
        assertThat(row.significance().test()).isEqualTo(Significance.Test.WELCH_LOG_T);
        assertThat(row.significance().significant()).isTrue();
    }

    @Test
    void mannWhitneyOnRawSamplesWhenBothSidesHaveThem() {
        // Means 12 ms and 7 ms: change 7/12 - 1 = -41.67%; fully separated samples of 5: p = 2/252.
        Run base = run("b", null, square(8, "float32", op("sum", null, raw("simd", 10, 11, 12, 13, 14))));
        Run cand = run("c", null, square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(row.significance().test()).isEqualTo(Significance.Test.MANN_WHITNEY_U);
        assertThat(row.significance().pValue()).isCloseTo(2.0 / 252, within(1e-12));
        assertThat(row.timeChangePercent()).isCloseTo(-41.6667, within(1e-3));
        assertThat(row.baseline().n()).isEqualTo(5);
    }

    @Test
    void aRawSampleThatIsNotANumberFallsBackToWelch() {
        Run base = run(
                "b",
                null,
                square(
                        8,
                        "float32",
                        op(
                                "sum",
                                null,
                                new Measurement(
                                        "simd",
                                        "ms",
                                        5,
                                        12,
                                        null,
                                        null,
                                        1.0,
                                        List.of(10.0, 11.0, Double.NaN, 13.0, 14.0)))));
        Run cand = run("c", null, square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(row.significance().test()).isEqualTo(Significance.Test.WELCH_LOG_T);
    }

    @Test
    void insignificantChangeIsMarkedLikeBenchstat() {
        Run base = run("b", null, square(8, "float32", op("sum", null, raw("simd", 1, 3, 5))));
        Run cand = run("c", null, square(8, "float32", op("sum", null, raw("simd", 2, 4, 6))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(row.significance().verdict()).isEqualTo(Significance.Verdict.UNCHANGED);
        assertThat(row.significance().verdict().symbol()).isEqualTo("~");
        assertThat(row.warnings()).extracting(Warning::kind).contains(Warning.Kind.FEW_SAMPLES);
    }

    @Test
    void threeSamplesASideAreTestedByWelchBecauseMannWhitneyCouldNeverReachAlpha() {
        // 3 vs 3 raw samples that do not overlap: Mann-Whitney's smallest p is 0.1, so it could never say changed.
        Run base = run("b", null, square(8, "float32", op("sum", null, raw("simd", 10, 10.2, 10.1))));
        Run cand = run("c", null, square(8, "float32", op("sum", null, raw("simd", 13, 13.1, 13.2))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(MannWhitneyU.smallestPValue(3, 3)).isGreaterThan(0.05);
        assertThat(row.significance().test()).isEqualTo(Significance.Test.WELCH_LOG_T);
        assertThat(row.significance().verdict()).isEqualTo(Significance.Verdict.CHANGED);
    }

    @Test
    void oneSampleASideIsUntestedAndSaysWhy() {
        Run base = run("b", null, square(8, "float32", op("sum", null, raw("simd", 10))));
        Run cand = run("c", null, square(8, "float32", op("sum", null, raw("simd", 20))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(row.significance().verdict()).isEqualTo(Significance.Verdict.UNTESTED);
        assertThat(row.significance().reason()).contains("only 1 sample");
        assertThat(row.changePercent()).isCloseTo(100, within(1e-9));
    }

    @Test
    void noisyMeasurementsAreFlagged() {
        // cv = 0.3 / 2 = 15% > 10% on the baseline only.
        Run base = run("b", null, square(8, "float32", op("sum", null, ms("simd", 2, 0.3, 10))));
        Run cand = run("c", null, square(8, "float32", op("sum", null, ms("simd", 2, 0.1, 10))));
        ComparisonRow row = row(RunComparator.compare(base, List.of(cand), OPTIONS), "simd");
        assertThat(row.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.NOISY);
        assertThat(row.warnings().getFirst().message()).startsWith("baseline").contains("15.0%");
    }

    @Test
    void listsWhatOnlyOneSideMeasuredForEachCandidate() {
        Run base = run("b", null, square(8, "float32", op("sum", null, ms("simd", 1, 0.1, 5), ms("blas", 1, 0.1, 5))));
        Run cand1 = run("c1", null, square(8, "f32", op("sum", null, ms("simd", 1, 0.1, 5), ms("ejml", 1, 0.1, 5))));
        Run cand2 = run("c2", null, square(16, "float32", op("sum", null, ms("simd", 1, 0.1, 5))));
        Comparison c = RunComparator.compare(base, List.of(cand1, cand2), OPTIONS);

        Shape s8 = Shape.of(8, 8);
        // f32 is aliased to float32, so simd matches in the first candidate.
        assertThat(c.rowsOf(0))
                .extracting(ComparisonRow::key)
                .containsExactly(new CaseKey(s8, "float32", Layout.CONTIGUOUS, "sum", "simd"));
        assertThat(c.unmatched().get(0).onlyInBaseline())
                .containsExactly(new CaseKey(s8, "float32", Layout.CONTIGUOUS, "sum", "blas"));
        assertThat(c.unmatched().get(0).onlyInCandidate())
                .containsExactly(new CaseKey(s8, "float32", Layout.CONTIGUOUS, "sum", "ejml"));
        assertThat(c.rowsOf(1)).isEmpty();
        assertThat(c.unmatched().get(1).onlyInBaseline()).hasSize(2);
        assertThat(c.unmatched().get(1).onlyInCandidate()).hasSize(1);
    }

    @Test
    void expectedBandsAreForDockerAgainstNativeAndNotForRunsKnownToBeSomethingElse() {
        Run docker = withSource(upstream("d", "force", 1, 5), "docker");
        Run native1 = withSource(upstream("n", "force", 1, 0.1), "github-actions");
        Run local = withSource(upstream("l", "force", 1, 0.1), "local");
        assertThat(row(RunComparator.compare(docker, List.of(native1), OPTIONS), "simd")
                        .band())
                .isEqualTo(BandVerdict.INSIDE);
        Comparison betweenNatives = RunComparator.compare(local, List.of(native1), OPTIONS);
        assertThat(row(betweenNatives, "simd").band()).isEqualTo(BandVerdict.NO_BAND);
        assertThat(betweenNatives.modeGains()).allMatch(g -> g.band() == null);
    }

    @Test
    void theSeedsDockerToNativeBandsLeaveRunsOfUnknownOriginAloneWhileOtherBandsApplyToThem() {
        Run unknownBase = upstream("u1", "force", 1, 5);
        Run unknownCandidate = upstream("u2", "force", 1, 0.1);
        Comparison seed = RunComparator.compare(unknownBase, List.of(unknownCandidate), OPTIONS);
        assertThat(row(seed, "simd").band()).isEqualTo(BandVerdict.NO_BAND);
        assertThat(seed.modeGains()).allMatch(g -> g.band() == null);

        Comparison own = RunComparator.compare(
                unknownBase, List.of(unknownCandidate), OPTIONS.withBands(ExpectedBands.parse("simd=40..60")));
        assertThat(row(own, "simd").band()).isEqualTo(BandVerdict.INSIDE);
    }

    private static Run withSource(Run run, String source) {
        return run.withMetadata(run.metadata().withSource(RunSource.of(source)));
    }

    @Test
    void withoutAliasesUpstreamNamesDoNotMatchOurs() {
        Run ours = run("ours", "force", square(512, "float32", op("mean_axis0", null, ms("simd", 1, 0.1, 5))));
        Comparison aliased = RunComparator.compare(ours, List.of(upstream("up", "force", 1, 0.5)), OPTIONS);
        Comparison plain = RunComparator.compare(
                ours, List.of(upstream("up", "force", 1, 0.5)), OPTIONS.withAliases(Aliases.none()));
        assertThat(aliased.rows()).hasSize(1);
        assertThat(plain.rows()).isEmpty();
    }

    @Test
    void geometricMeanOfRatiosWithItsInterval() {
        // Time ratios 2, 4, 8 for simd: logs ln2, 2ln2, 3ln2; mean 2ln2 -> geomean 4.
        // sd of logs = ln2 = 0.693147, se = 0.693147 / sqrt(3) = 0.400189, t(0.975, 2) = 4.302653,
        // 4 * exp(-+1.721873) = 0.714924, 22.37999.
        Run base = run(
                "b",
                null,
                square(8, "float32", op("sum", null, ms("simd", 2, 0.02, 5))),
                square(16, "float32", op("sum", null, ms("simd", 4, 0.04, 5))),
                square(32, "float32", op("sum", null, ms("simd", 8, 0.08, 5), ms("blas", 3, 0.03, 5))));
        Run cand = run(
                "c",
                null,
                square(8, "float32", op("sum", null, ms("simd", 1, 0.01, 5))),
                square(16, "float32", op("sum", null, ms("simd", 1, 0.01, 5))),
                square(32, "float32", op("sum", null, ms("simd", 1, 0.01, 5), ms("blas", 3, 0.03, 5))));
        Comparison c = RunComparator.compare(base, List.of(cand), OPTIONS);

        GeomeanSummary simd = c.geomeansOf(0).stream()
                .filter(g -> "simd".equals(g.implementation()))
                .findFirst()
                .orElseThrow();
        assertThat(simd.count()).isEqualTo(3);
        assertThat(simd.geomean()).isCloseTo(4, within(1e-9));
        assertThat(simd.ci95().low()).isCloseTo(0.714924, within(1e-5));
        assertThat(simd.ci95().high()).isCloseTo(22.37999, within(1e-3));
        // Overall: ratios 2, 4, 8, 1 -> (64)^(1/4) = 2.828427.
        GeomeanSummary all = c.geomeansOf(0).getFirst();
        assertThat(all.implementation()).isNull();
        assertThat(all.geomean()).isCloseTo(2.828427, within(1e-6));
        // One row of blas: a geomean, but no interval.
        GeomeanSummary blas = c.geomeansOf(0).stream()
                .filter(g -> "blas".equals(g.implementation()))
                .findFirst()
                .orElseThrow();
        assertThat(blas.ci95()).isNull();
    }

    @Test
    void duplicateKeysWarnOnTheComparison() {
        Run base = run(
                "b",
                null,
                square(8, "float32", op("sum", null, ms("simd", 1, 0.1, 5))),
                square(8, "float32", op("sum", null, ms("simd", 9, 0.1, 5))));
        Comparison c = RunComparator.compare(base, List.of(base), OPTIONS);
        // The same run is baseline and candidate, so both report it.
        assertThat(c.warnings())
                .extracting(Warning::kind)
                .containsExactly(Warning.Kind.DUPLICATE_KEY, Warning.Kind.DUPLICATE_KEY);
        assertThat(c.warnings().getFirst().message()).startsWith("baseline b: 1 key(s) measured more than once");
        assertThat(c.rows().getFirst().baseline().seconds()).isCloseTo(0.001, within(1e-15));
    }

    private static ComparisonRow row(Comparison c, String implementation) {
        return c.rows().stream()
                .filter(r -> r.key().implementation().equals(implementation))
                .findFirst()
                .orElseThrow();
    }
}
