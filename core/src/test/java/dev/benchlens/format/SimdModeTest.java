package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimdModeTest {

    @TempDir
    Path dir;

    @Test
    void aModeNoneOfTheKnownOnesIsKeptAsWrittenThroughOurFormat() throws Exception {
        Run run = Fixtures.run("", "AVX-512 only");

        String json = ArtifactJson.toJson(run);
        Run back = ArtifactJson.fromJson(json.getBytes(StandardCharsets.UTF_8), "r.json");

        assertThat(json).contains("\"simdMode\" : \"AVX-512 only\"");
        assertThat(back.metadata().simdMode()).isEqualTo(SimdMode.of("AVX-512 only"));
        assertThat(back.metadata().simdMode().isKnown()).isFalse();
    }

    @Test
    void theUpstreamFilesModeIsKeptAsWrittenAndNamesTheRun() throws Exception {
        Path file = Files.writeString(dir.resolve("results.json"), """
                {"metadata": {"simd_mode": "Force"},
                 "cases": [{"shape": [2], "dtype": "float32", "operations": [
                   {"name": "sum", "numpy_mean_s": 2e-6, "raptors_mean_s": 1e-6, "speedup": 2.0}]}]}""");

        LoadResult loaded = new RunLoader().load(file);

        Run run = loaded.runs().getFirst();
        assertThat(run.simdMode()).isEqualTo(SimdMode.of("Force")).isNotEqualTo(SimdMode.FORCE);
        assertThat(run.name()).contains("raptors Force");
    }

    @Test
    void eachKnownModeStandsForTheImplementationItMeasuresAndAnUnknownOneForItsOwnName() {
        assertThat(SimdMode.KNOWN).extracting(SimdMode::candidate).containsExactly("auto", "simd", "scalar");
        assertThat(SimdMode.of("force")).isEqualTo(SimdMode.FORCE);
        assertThat(SimdMode.of("sve2").candidate()).isEqualTo("sve2");
        assertThat(SimdMode.of(null)).isNull();
    }
}
