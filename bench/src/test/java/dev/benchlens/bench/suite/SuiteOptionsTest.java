package dev.benchlens.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.bench.implementations.Implementation;
import dev.benchlens.bench.kernels.DType;
import dev.benchlens.bench.kernels.KernelOp;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.SimdMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {

    @Test
    void aRunOnGitHubActionsSaysSoUnlessTheUserNamesItsSource() {
        assertThat(SuiteSettings.detectedSource(java.util.Map.of("GITHUB_ACTIONS", "true")))
                .isEqualTo(RunSource.GITHUB_ACTIONS);
        assertThat(SuiteSettings.detectedSource(java.util.Map.of("CI", "true"))).isEqualTo(RunSource.LOCAL);
        assertThat(SuiteSettings.detectedSource(java.util.Map.of())).isEqualTo(RunSource.LOCAL);
    }

    @Test
    void everyRunMeasuresTheBandwidthProbeUnlessToldNotTo() {
        RunCommand byDefault = new RunCommand();
        new picocli.CommandLine(byDefault).parseArgs("--suite", "quick");
        assertThat(byDefault.bandwidth).isTrue();
        RunCommand skipping = new RunCommand();
        new picocli.CommandLine(skipping).parseArgs("--no-bandwidth");
        assertThat(skipping.bandwidth).isFalse();
    }

    @Test
    void theBaselineFitsTwentyMinutesByItsOwnEstimate() {
        SuitePlan baseline = SuitePlan.named("baseline");
        long inJvm = baseline.resolvedImpls(Implementation.SIMD).stream()
                .filter(Implementation::inJvm)
                .count();
        long jmhBenchmarks = (long) baseline.shapes().size()
                * baseline.dtypes().size()
                * baseline.layouts().size()
                * baseline.ops().size()
                * inJvm;
        assertThat(jmhBenchmarks).isEqualTo(3 * 2 * 2 * 8 * 2);
        // three quarters of the budget, leaving the rest for the NumPy peer and a slower runner
        assertThat(jmhBenchmarks * baseline.secondsPerBenchmark()).isLessThan(20 * 60 * 0.75);
        assertThat(baseline.forks()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCandidateStandsForTheModesImplementationOnce() {
        SuitePlan plan = new SuitePlan(
                "custom",
                SuitePlan.named("quick").shapes(),
                SuitePlan.named("quick").dtypes(),
                SuitePlan.named("quick").layouts(),
                List.of(KernelOp.SUM),
                List.of(
                        ImplementationChoice.CANDIDATE,
                        ImplementationChoice.of(Implementation.SIMD),
                        ImplementationChoice.of(Implementation.EJML)),
                0,
                1,
                1,
                10);
        assertThat(plan.resolvedImpls(Implementation.SIMD)).containsExactly(Implementation.SIMD, Implementation.EJML);
        assertThat(Implementation.candidateFor(SimdMode.DISABLE)).isEqualTo(Implementation.SCALAR);
        assertThat(Implementation.candidateFor(SimdMode.AUTO)).isEqualTo(Implementation.AUTO);
    }

    @Test
    void optionsOverrideTheSuite() {
        RunCommand command = new RunCommand();
        new picocli.CommandLine(command)
                .parseArgs("--suite", "axis0", "--shapes", "64x32", "--time", "1.5s", "--forks", "3");
        SuitePlan plan = command.plan();
        assertThat(plan.shapeLabels()).containsExactly("64x32");
        assertThat(plan.iterationMillis()).isEqualTo(1500);
        assertThat(plan.forks()).isEqualTo(3);
        assertThat(plan.ops()).containsExactly(KernelOp.MEAN_AXIS0);
    }

    @Test
    void int32IsChosenWithDtypesAndTheNamedSuitesKeepTheirFloats() {
        assertThat(DType.parse(" INT32 ")).isEqualTo(DType.INT32);
        assertThatThrownBy(() -> DType.parse("int64"))
                .hasMessageContaining("int32")
                .hasMessageContaining("float32")
                .hasMessageContaining("float64");
        for (String suite : List.of("quick", "axis0", "baseline")) {
            assertThat(SuitePlan.named(suite).dtypes()).as(suite).doesNotContain(DType.INT32);
        }
        RunCommand command = new RunCommand();
        new picocli.CommandLine(command).parseArgs("--suite", "axis0", "--dtypes", "float32,int32");
        assertThat(command.plan().dtypes()).containsExactly(DType.FLOAT32, DType.INT32);
    }

    @Test
    void badInputExitsWithTwo() {
        assertThat(RunCommand.execute("--suite", "nightly")).isEqualTo(2);
        assertThat(RunCommand.execute("--impls", "cuda")).isEqualTo(2);
        assertThat(RunCommand.execute("--time", "fast")).isEqualTo(2);
        assertThat(RunCommand.execute("--no-such-option")).isEqualTo(2);
        assertThat(RunCommand.execute("--shapes", "4x4x4")).isEqualTo(2);
        assertThat(RunCommand.execute("--shapes", "0x4")).isEqualTo(2);
        assertThat(RunCommand.execute("--shapes", "9999999999x9999999999")).isEqualTo(2);
        assertThat(RunCommand.execute("--ops", ",")).isEqualTo(2);
        assertThat(RunCommand.execute("--dtypes", "int8")).isEqualTo(2);
    }

    @Test
    void forksMoreThanThreeTimesApartAreFlagged() {
        assertThat(JmhRunResults.forkSpreadWarning("b", List.of(10.0, 31.0), "us/op"))
                .get()
                .asString()
                .startsWith("b: forks differ by 3.1x");
        assertThat(JmhRunResults.forkSpreadWarning("b", List.of(10.0, 29.0, 12.0), "us/op"))
                .isEmpty();
        assertThat(JmhRunResults.forkSpreadWarning("b", List.of(10.0), "us/op")).isEmpty();
    }

    @Test
    void durationsPrintAsMinutesAndSeconds() {
        assertThat(Progress.format(125)).isEqualTo("2m05s");
        assertThat(Progress.format(7.4)).isEqualTo("7s");
    }
}
