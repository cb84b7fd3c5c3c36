package dev.benchlens.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.format.Guardrail;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Shape;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardrailReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryLimitOfEveryEntry() throws Exception {
        Path file = TestFiles.write(dir, "limits.json", """
                [
                  {"shape": [512, 512], "dtype": "float32", "operation": "mean_axis0",
                   "max_simd_ms": 0.5, "max_scalar_ms": 2},
                  {"shape": "1024x1024", "dtype": "float64", "operation": "sum", "layout": "strided",
                   "max_blas_ms": 1.25}
                ]""");

        assertThat(GuardrailReader.read(file))
                .containsExactlyInAnyOrder(
                        new Guardrail(Shape.of(512, 512), "float32", null, "mean_axis0", "simd", 0.5),
                        new Guardrail(Shape.of(512, 512), "float32", null, "mean_axis0", "scalar", 2.0),
                        new Guardrail(Shape.of(1024, 1024), "float64", Layout.of("strided"), "sum", "blas", 1.25));
    }

    @Test
    void failsWithOneLineNamingTheFileAndTheEntry() {
        Path file = TestFiles.write(dir, "limits.json", """
                [{"shape": [4], "dtype": "f", "operation": "sum", "max_simd_ms": 1},
                 {"shape": [4], "dtype": "f", "max_simd_ms": 1}]""");

        assertThatThrownBy(() -> GuardrailReader.read(file))
                .isInstanceOf(GuardrailReader.GuardrailFileException.class)
                .hasMessage(file + ": [1]: missing field 'operation'");
    }

    @Test
    void rejectsALimitThatIsNotAPositiveNumber() {
        Path file = TestFiles.write(dir, "limits.json", """
                [{"shape": [4], "dtype": "f", "operation": "sum", "max_simd_ms": -1}]""");

        assertThatThrownBy(() -> GuardrailReader.read(file))
                .hasMessageStartingWith(file + ": [0]: 'max_simd_ms' should be a positive number");
    }

    @Test
    void rejectsMalformedJsonWithItsPosition() {
        Path file = TestFiles.write(dir, "limits.json", "[{\"shape\": [4],\n");

        assertThatThrownBy(() -> GuardrailReader.read(file))
                .hasMessageStartingWith(file + ": malformed JSON at line 2, column 1");
    }

    @Test
    void rejectsAFileThatIsNotAList() {
        Path file = TestFiles.write(dir, "limits.json", "{\"max_simd_ms\": 1}");

        assertThatThrownBy(() -> GuardrailReader.read(file))
                .hasMessage(file + ": a guard-rail file should be a list of limits, found an object");
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve("none.json");

        assertThatThrownBy(() -> GuardrailReader.read(file)).hasMessage(file + ": cannot read: no such file or folder");
    }
}
