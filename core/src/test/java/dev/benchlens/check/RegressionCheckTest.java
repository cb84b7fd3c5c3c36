package dev.benchlens.check;

import static dev.benchlens.testing.Fixtures.ms;
import static dev.benchlens.testing.Fixtures.op;
import static dev.benchlens.testing.Fixtures.raw;
import static dev.benchlens.testing.Fixtures.run;
import static dev.benchlens.testing.Fixtures.square;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.compare.CompareOptions;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.RunComparator;
import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Run;
import dev.benchlens.format.Shape;
import dev.benchlens.match.Aliases;
import dev.benchlens.read.TimeChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionCheckTest {

    @Test
    void eachGatedRowGetsOneOfThreeVerdictsAndAnInconclusiveOneBeyondTheThresholdFails() {
        // simd: 7 -> 12 ms (+71.4%, separated samples, p = 0.0079): a regression.
        // auto: 7 -> 8 ms (+14.3%) but interleaved samples, not significant: inconclusive, beyond 10%, so it fails.
        // blas: 7 -> 9 ms (+28.6%) with unknown sample counts: untested, inconclusive, fails by its magnitude.
        // scalar: 100 -> 100.5 ms with a 0.1% spread: the interval's slow end is within 10%.
        Run base = run(
                "b",
                null,
                square(
                        8,
                        "float32",
                        op(
                                "sum",
                                null,
                                raw("simd", 5, 6, 7, 8, 9),
                                raw("auto", 5, 6, 7, 8, 9),
                                ms("blas", 7, 0.1, null),
                                raw("scalar", 99.9, 100, 100.1, 100, 100))));
        Run cand = run(
                "c",
                null,
                square(
                        8,
                        "float32",
                        op(
                                "sum",
                                null,
                                raw("simd", 10, 11, 12, 13, 14),
                                raw("auto", 6, 7, 8, 9, 10),
                                ms("blas", 9, 0.1, null),
                                raw("scalar", 100.4, 100.5, 100.6, 100.5, 100.5))));
        Comparison c = RunComparator.compare(base, List.of(cand), CompareOptions.defaults());

        CheckResult result = RegressionCheck.regressions(c, GateOptions.strict(10));

        assertThat(result.gated())
                .extracting(r -> r.key().implementation() + " " + r.label())
                .containsExactly(
                        "simd regression",
                        "auto inconclusive, judged by its magnitude",
                        "blas inconclusive, judged by its magnitude",
                        "scalar within");
        assertThat(result.failures())
                .extracting(Failure::message)
                .satisfiesExactly(
                        simd -> assertThat(simd)
                                .startsWith("regression: ")
                                .contains("[simd]")
                                .contains("71.4% slower"),
                        auto -> assertThat(auto)
                                .startsWith("inconclusive, judged by its magnitude: ")
                                .contains("[auto]")
                                .contains("14.3% slower")
                                .contains("could detect ≥ ")
                                .contains(", not significant)"),
                        blas -> assertThat(blas)
                                .startsWith("inconclusive, judged by its magnitude: ")
                                .contains("[blas]")
                                .contains("28.6% slower")
                                .contains("could detect no change")
                                .endsWith("(untested: sample count unknown)"));
        assertThat(RegressionCheck.regressions(c, new GateOptions(10, true, false))
                        .failures())
                .hasSize(2);
        CheckResult loose = RegressionCheck.regressions(c, GateOptions.strict(75));
        assertThat(loose.passed()).isTrue();
        assertThat(loose.notes())
                .anyMatch(n -> n.startsWith("4 gated row(s) at 75.0%: 0 regression, 2 within, 2 inconclusive (2 passed"
                                + " by their estimate, could detect ≥ ")
                        && n.endsWith(" to none)"))
                .anyMatch(n -> n.startsWith("inconclusive, passed by its estimate: 8x8 float32 sum [blas] in c: 28.6%"
                        + " slower, could detect no change"));
    }

    @Test
    void aBaselineRowWithoutACounterpartFailsAsMissingAndADroppedTimeIsAProblem() {
        Run base = run(
                "b",
                null,
                square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9), raw("blas", 5, 6, 7, 8, 9))),
                square(16, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9))));
        Run cand = TimeChecks.dropImpossibleTimes(run(
                "c",
                null,
                square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9), ms("blas", Double.NaN, 0.1, 5)))));
        Comparison c = RunComparator.compare(base, List.of(cand), CompareOptions.defaults());

        CheckResult result = RegressionCheck.regressions(c, GateOptions.strict(10));

        assertThat(result.failures())
                .extracting(Failure::message)
                .containsExactlyInAnyOrder(
                        "missing in candidate: 8x8 float32 sum [blas] has no counterpart in c (missing, dropped when"
                                + " read, or renamed; --allow-missing makes this a note)",
                        "missing in candidate: 16x16 float32 sum [simd] has no counterpart in c (missing, dropped"
                                + " when read, or renamed; --allow-missing makes this a note)");
        assertThat(result.problems())
                .singleElement()
                .asString()
                .contains("8x8 float32 contiguous sum blas: time NaN")
                .contains("measurement dropped");
        CheckResult allowed =
                RegressionCheck.regressions(c, new GateOptions(10, false, false, java.util.Set.of(), true));
        assertThat(allowed.failures()).isEmpty();
        assertThat(allowed.notes())
                .filteredOn(n -> n.startsWith("missing in candidate: "))
                .hasSize(2);
    }

    @Test
    void peersOutsideGateOnlyAreReportedNeverGated() {
        Run base = run(
                "b",
                null,
                square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9), raw("ejml", 5, 6, 7, 8, 9))));
        Run cand = run(
                "c",
                null,
                square(8, "float32", op("sum", null, raw("simd", 5, 6, 7, 8, 9), raw("ejml", 10, 11, 12, 13, 14))));
        Comparison c = RunComparator.compare(base, List.of(cand), CompareOptions.defaults());
        assertThat(RegressionCheck.regressions(c, GateOptions.strict(10)).failures())
                .singleElement()
                .extracting(Failure::message)
                .asString()
                .contains("[ejml]");

        CheckResult onlyOurs =
                RegressionCheck.regressions(c, new GateOptions(10, false, false, java.util.Set.of("simd")));
        assertThat(onlyOurs.passed()).isTrue();
        assertThat(onlyOurs.notes()).anyMatch(n -> n.startsWith("1 row(s) of peers reported, not gated"));
    }

    @Test
    void guardrailsApplyToEveryLayoutWhenNoneIsNamedAndResolveAliasesWithTheRunsMode() throws Exception {
        Run cand = run("c", "force", square(512, "float32", op("mean_axis0", null, ms("raptors", 2.5, 0.1, 5))));
        // With this table raptors in a forced-SIMD run is simd; f32 is float32.
        Aliases aliases = Aliases.parse("implementation.raptors@force = simd\ndtype.f32 = float32", "test");
        Guardrail tight = new Guardrail(Shape.of(512, 512), "f32", null, "mean_axis0", "simd", 2.0);
        Guardrail loose = new Guardrail(Shape.of(512, 512), "float32", null, "mean_axis0", "simd", 3.0);
        Guardrail elsewhere = new Guardrail(Shape.of(64, 64), "float32", null, "mean_axis0", "simd", 3.0);

        CheckResult result =
                RegressionCheck.guardrails(List.of(cand), List.of(tight, loose, elsewhere), aliases, false);
        assertThat(result.failures())
                .singleElement()
                .extracting(Failure::message)
                .asString()
                .contains("took 2.500 ms, limit 2.000 ms");
        assertThat(result.problems())
                .singleElement()
                .asString()
                .contains("64x64")
                .contains("matches no case in any checked run");
        assertThat(RegressionCheck.guardrails(List.of(cand), List.of(elsewhere), aliases, true)
                        .passed())
                .isTrue();
    }
}
