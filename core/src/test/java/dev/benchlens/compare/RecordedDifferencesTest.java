package dev.benchlens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunSource;
import dev.benchlens.format.SimdMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedDifferencesTest {

    private static Run run(String source, Double quota, int cores, String threads, Integer vectorBits) {
        RunMetadata metadata = new RunMetadata(
                RunSource.of(source),
                SimdMode.AUTO,
                new RunMetadata.Host("Linux", "aarch64", null, cores, null),
                quota == null ? null : new RunMetadata.Container(true, quota, null, List.of()),
                null,
                vectorBits,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                threads == null ? Map.of() : Map.of("threads", threads));
        return new Run(source + ".json", metadata, List.of(), List.of());
    }

    @Test
    void aDockerQuotaAgainstNativeCoresIsSaidInTheirEnvironmentsNames() {
        Run docker = run("docker", 1.5, 64, "2", 128);
        Run github = run("github-actions", null, 4, "4", 128);

        assertThat(RecordedDifferences.of(docker, github, "auto"))
                .containsExactly(
                        "Docker had a CPU quota of 1.5; GitHub 4 cores", "Docker ran 2 threads; GitHub 4 threads");
    }

    @Test
    void onlyWhatBothRunsRecordedAndWhatBearsOnTheKernelIsCompared() {
        Run wide = run("local", null, 2, "2", 512);
        Run narrow = run("local", null, 2, null, 128);

        assertThat(RecordedDifferences.of(wide, narrow, "simd"))
                .as("threads unrecorded on one side; same environment, so named by role")
                .containsExactly("baseline had 512-bit vectors; candidate 128-bit vectors");
        assertThat(RecordedDifferences.of(wide, narrow, "numpy")).isEmpty();
        assertThat(RecordedDifferences.of(wide, wide, "auto")).isEmpty();
    }
}
