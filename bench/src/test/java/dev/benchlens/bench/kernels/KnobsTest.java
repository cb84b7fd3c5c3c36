package dev.benchlens.bench.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.bench.peers.EjmlKernels;
import dev.benchlens.format.SimdMode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnobsTest {

    @Test
    void unsetVariablesMeanAutoWithEveryAllowedCore() {
        assertThat(Knobs.from(Map.of(), 4)).isEqualTo(new Knobs(SimdMode.AUTO, BlasMode.AUTO, 4, null));
        assertThat(Knobs.from(Map.of("BENCHLENS_THREADS", " "), 2).threads()).isEqualTo(2);
        assertThat(Knobs.from(Map.of()).threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void benchlensThreadsOverridesTheCores() {
        assertThat(Knobs.from(Map.of("BENCHLENS_THREADS", "1"), 8).threads()).isEqualTo(1);
    }

    @Test
    void valuesAreReadCaseInsensitively() {
        Knobs knobs = Knobs.from(Map.of(
                "BENCHLENS_SIMD",
                "Force",
                "BENCHLENS_BLAS",
                "OFF",
                "BENCHLENS_THREADS",
                "4",
                "BENCHLENS_BLAS_LIB",
                "/opt/lib.so"));
        assertThat(knobs).isEqualTo(new Knobs(SimdMode.FORCE, BlasMode.OFF, 4, "/opt/lib.so"));
    }

    @Test
    void aBadValueNamesTheVariableAndTheAllowedValues() {
        assertThatThrownBy(() -> Knobs.from(Map.of("BENCHLENS_SIMD", "fast")))
                .hasMessage("BENCHLENS_SIMD must be one of auto|force|disable, got 'fast'");
        assertThatThrownBy(() -> Knobs.from(Map.of("BENCHLENS_THREADS", "two")))
                .hasMessage("BENCHLENS_THREADS must be a whole number, got 'two'");
    }

    @Test
    void onlyBenchlensVariablesAreRecorded() {
        assertThat(Knobs.environmentOf(Map.of("BENCHLENS_SIMD", "auto", "HOME", "/root")))
                .containsExactly(Map.entry("BENCHLENS_SIMD", "auto"));
    }

    @Test
    void autoUsesBlasOnlyWhenSwitchedOnAndLoaded() {
        // any Kernels stands in for the BLAS binding here; only the choice is under test
        Optional<Kernels> blas = Optional.of(new EjmlKernels());
        assertThat(new AutoKernels(new Knobs(SimdMode.AUTO, BlasMode.ON, 1, null), blas).primaryName())
                .isEqualTo("ejml");
        assertThat(new AutoKernels(new Knobs(SimdMode.AUTO, BlasMode.AUTO, 1, null), blas).primaryName())
                .isEqualTo("simd");
        assertThat(new AutoKernels(new Knobs(SimdMode.AUTO, BlasMode.ON, 1, null), Optional.empty()).primaryName())
                .isEqualTo("simd");
    }

    @Test
    void autoFollowsTheSimdMode() {
        assertThat(new AutoKernels(new Knobs(SimdMode.DISABLE, BlasMode.AUTO, 1, null), Optional.empty()).primaryName())
                .isEqualTo("scalar");
        assertThat(new AutoKernels(new Knobs(SimdMode.FORCE, BlasMode.AUTO, 1, null), Optional.empty()).primaryName())
                .isEqualTo("simd");
    }
}
