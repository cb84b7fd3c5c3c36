package dev.benchlens.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.format.Layout;
import dev.benchlens.format.SimdMode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void shippedTableKeepsRaptorsAndTheCrossProjectTableMapsItBySimdMode() throws IOException {
        Aliases aliases = Aliases.defaults();
        assertThat(aliases.implementation("raptors", SimdMode.FORCE)).isEqualTo("raptors");
        assertThat(aliases.implementation("raptors", SimdMode.AUTO)).isEqualTo("raptors");
        Aliases crossProject = Aliases.load(java.nio.file.Path.of("../docs/examples/cross-project-aliases.properties"));
        assertThat(crossProject.implementation("raptors", SimdMode.FORCE)).isEqualTo("simd");
        assertThat(crossProject.implementation("raptors", SimdMode.AUTO)).isEqualTo("auto");
        assertThat(crossProject.implementation("raptors", SimdMode.DISABLE)).isEqualTo("scalar");
        assertThat(crossProject.implementation("raptors", null)).isEqualTo("raptors");
        assertThat(aliases.implementation("numpy", SimdMode.FORCE)).isEqualTo("numpy");
        assertThat(aliases.dtype("f32")).isEqualTo("float32");
    }

    @Test
    void aModeFreeAliasAppliesWhenNoModeSpecificOneDoes() throws IOException {
        Aliases aliases = Aliases.parse("""
                # comment
                implementation.kernel = simd
                implementation.kernel@disable = scalar
                operation.mean0 = mean_axis0
                layout.T = transposed
                """, "test");
        assertThat(aliases.implementation("kernel", SimdMode.AUTO)).isEqualTo("simd");
        assertThat(aliases.implementation("kernel", SimdMode.DISABLE)).isEqualTo("scalar");
        assertThat(aliases.operation("mean0")).isEqualTo("mean_axis0");
        assertThat(aliases.layout(Layout.of("T"))).isEqualTo(Layout.TRANSPOSED);
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        assertThatThrownBy(() -> Aliases.parse("dtype.f32 = float32\nraptors simd\n", "my.properties"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("my.properties:2: expected");
        assertThatThrownBy(() -> Aliases.parse("shape.a = b", "f")).hasMessageContaining("unknown kind 'shape'");
        assertThatThrownBy(() -> Aliases.parse("dtype.f32@force = float32", "f"))
                .hasMessageContaining("simd mode");
        assertThatThrownBy(() -> Aliases.parse("dtype.f32 =", "f")).hasMessageContaining("both names");
    }
}
