package dev.benchlens.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunSourceTest {

    @Test
    void aLabelIsKeptAsWrittenAndReadAsTheEnvironmentItNames() {
        assertThat(RunSource.of("docker-mac").environment()).contains(Environment.DOCKER);
        assertThat(RunSource.of("gha").environment()).contains(Environment.GITHUB_ACTIONS);
        assertThat(RunSource.of("ci-local").environment()).contains(Environment.LOCAL);
        assertThat(RunSource.of("my-laptop").environment()).isEqualTo(Optional.empty());
        assertThat(RunSource.of("my-laptop").label()).isEqualTo("my-laptop");
    }

    @Test
    void nothingOrABlankLabelIsUnknownAndNamesNoEnvironment() {
        assertThat(RunSource.of(null)).isEqualTo(RunSource.UNKNOWN);
        assertThat(RunSource.of("  ").isUnknown()).isTrue();
        assertThat(RunMetadata.ofSource(null).source()).isEqualTo(RunSource.UNKNOWN);
        assertThat(RunSource.UNKNOWN.environment()).isEmpty();
    }

    @Test
    void theFileHoldsTheLabel() {
        String json = ArtifactJson.toJson(new Run("", RunMetadata.ofSource("my-laptop"), List.of(), List.<String>of()));
        assertThat(json).contains("\"source\" : \"my-laptop\"");
    }
}
