package dev.benchlens.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.testing.UpstreamLayout;
import org.junit.jupiter.api.Test;

class NumpyConfigTest {

    @Test
    void readsTheYamlFormNumpyPrintsWithPyYaml() {
        NumpyConfig config = NumpyConfig.parse(UpstreamLayout.NUMPY_CONFIG);
        assertThat(config.hostCpu()).isEqualTo("aarch64");
        assertThat(config.hostSystem()).isEqualTo("linux");
        assertThat(config.blas()).contains("scipy-openblas 0.3.28");
        assertThat(config.blasCore()).isEqualTo("neoversen1");
        assertThat(config.simd()).contains("NEON ASIMD ASIMDHP");
        assertThat(config.missingSimd()).contains("SVE");
    }

    @Test
    void readsTheJsonFormNumpyPrintsWithoutPyYamlWhateverTheOrderOfItsBlocks() {
        String json = """
                {"Build Dependencies": {"blas": {"name": "scipy-openblas", "found": true, "version": "0.3.27.dev",
                  "openblas configuration": "OpenBLAS 0.3.27.dev DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64"},
                  "lapack": {"name": "scipy-openblas", "version": "0.3.27.dev"}},
                 "Machine Information": {"host": {"cpu": "x86_64", "family": "x86_64", "system": "linux"},
                  "build": {"cpu": "aarch64", "system": "darwin"}},
                 "SIMD Extensions": {"baseline": ["SSE", "SSE2"], "found": ["SSSE3", "AVX2"],
                  "not found": ["AVX512F"]}}""";
        NumpyConfig config = NumpyConfig.parse(json);
        assertThat(config.hostCpu()).isEqualTo("x86_64");
        assertThat(config.blas()).contains("scipy-openblas 0.3.27.dev");
        assertThat(config.blasCore()).isEqualTo("Haswell");
        assertThat(config.simd()).contains("SSE SSE2 SSSE3 AVX2");
        assertThat(config.missingSimd()).contains("AVX512F");
    }

    @Test
    void textWithoutTheBlocksGivesNothing() {
        NumpyConfig config = NumpyConfig.parse("numpy 2.1.3, built somewhere");
        assertThat(config.hostCpu()).isNull();
        assertThat(config.blas()).isEmpty();
        assertThat(config.simd()).isEmpty();
    }
}
