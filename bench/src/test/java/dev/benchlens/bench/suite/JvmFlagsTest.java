package dev.benchlens.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {

    @Test
    void aRunRecordsTheFlagsEveryForkInheritsFromJavaToolOptions() {
        assertThat(JvmFlags.recorded(Map.of("JAVA_TOOL_OPTIONS", " -XX:UseAVX=0  -XX:-UseSuperWord ")))
                .startsWith(JvmFlags.forks().toArray(String[]::new))
                .endsWith("-XX:UseAVX=0", "-XX:-UseSuperWord");
    }

    @Test
    void withoutJavaToolOptionsOnlyThePinnedFlagsAreRecorded() {
        assertThat(JvmFlags.recorded(Map.of())).isEqualTo(JvmFlags.forks());
        assertThat(JvmFlags.recorded(Map.of("JAVA_TOOL_OPTIONS", "  "))).isEqualTo(JvmFlags.forks());
    }
}
