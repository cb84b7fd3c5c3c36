package dev.benchlens.bench.blas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OpenBlasLoadingTest {

    @Test
    void aLibraryThatIsNotOpenBlasIsReportedInOneLineNamingIt() {
        Path libm = Path.of("/lib/x86_64-linux-gnu/libm.so.6");
        Assumptions.assumeTrue(Files.exists(libm), "skipped: no " + libm + " on this machine");

        OpenBlas.Loaded loaded = OpenBlas.load(libm.toString(), 1);

        assertThat(loaded.binding()).isEmpty();
        assertThat(loaded.unavailableReason())
                .contains(libm.toString())
                .contains("cblas_sgemv")
                .doesNotContain("\n");
    }

    @Test
    void aMissingFileIsReportedWithTheVariableThatNamedIt() {
        OpenBlas.Loaded loaded = OpenBlas.load("/nonexistent/libopenblas.so", 1);

        assertThat(loaded.binding()).isEmpty();
        assertThat(loaded.unavailableReason())
                .isEqualTo("blas unavailable: cannot load BENCHLENS_BLAS_LIB=/nonexistent/libopenblas.so");
    }

    @Test
    void theSystemOpenBlasReportsItsConfigAndTakesTheThreadCountWeSet() {
        OpenBlas.Loaded loaded = OpenBlas.load(null, 1);
        Assumptions.assumeTrue(loaded.binding().isPresent(), () -> "skipped: " + loaded.unavailableReason());

        OpenBlas blas = loaded.blas();
        blas.setThreads(2);
        assertThat(blas.threads()).isEqualTo(2);
        blas.setThreads(1);
        assertThat(blas.threads()).isEqualTo(1);
        assertThat(blas.config()).startsWith("OpenBLAS");
        assertThat(blas.library()).contains("libopenblas");
    }
}
