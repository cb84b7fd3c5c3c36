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
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionCheckTest {

    @Test
    void significantAndUntestedSlowDownsBeyondTheThresholdFailAndTestedUnchangedOnesPass() {
        // simd: 7 -> 12 ms (+71.4%, separated samples, p = 0.0079): fails at 10%.
        // auto: 7 -> 8 ms (+14.3%) but interleaved samples, not significant: passes.
        // blas: 7 -> 9 ms (+28.6%) with unknown sample counts: untested, so judged by its magnitude: fails.
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
                                ms("blas", 7, 0.1, null))));
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
                                ms("blas", 9, 0.1, null))));
        Comparison c = RunComparator.compare(base, List.of(cand), CompareOptions.defaults());

        CheckResult result = RegressionCheck.regressions(c, GateOptions.strict(10));
        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0).message())
                .startsWith("regression: ")
                .contains("[simd]")
                .contains("71.4% slower");
        assertThat(result.failures().get(1).message())
                .startsWith("untested, judged by its magnitude: ")
                .contains("[blas]")
                .contains("28.6% slower");
        assertThat(RegressionCheck.regressions(c, new GateOptions(10, true, false))
                        .failures())
                .hasSize(1);
        assertThat(RegressionCheck.regressions(c, GateOptions.strict(75)).passed())
                .isTrue();
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
