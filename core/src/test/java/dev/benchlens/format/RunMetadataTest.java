package dev.benchlens.format;

import static dev.benchlens.format.RunSource.LOCAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunMetadataTest {

    /** The suite's own keys: with sixteen of them, a hash order that happens to be sorted is no real chance. */
    private static final List<String> SORTED = List.of(
            "bandwidth_readWrite_16MiB_GBps",
            "bandwidth_readWrite_4MiB_GBps",
            "bandwidth_readWrite_64MiB_GBps",
            "bandwidth_read_16MiB_GBps",
            "bandwidth_read_4MiB_GBps",
            "bandwidth_read_64MiB_GBps",
            "blas_unavailable",
            "candidate",
            "jmh_version",
            "numpy_version",
            "python_version",
            "reference",
            "suite",
            "threads",
            "threads_from",
            "zz_last");

    @Test
    void keepsEnvAndExtraInNameOrderInTheRecordAndInTheWrittenJson() throws Exception {
        Map<String, String> shuffled = new HashMap<>();
        SORTED.reversed().forEach(k -> shuffled.put(k, "v"));
        RunMetadata metadata = new RunMetadata(
                LOCAL, null, null, null, null, null, null, shuffled, null, null, null, null, null, shuffled);

        assertThat(new ArrayList<>(metadata.env().keySet())).isEqualTo(SORTED);
        assertThat(new ArrayList<>(metadata.extra().keySet())).isEqualTo(SORTED);
        JsonNode written = ArtifactJson.mapper().valueToTree(metadata);
        assertThat(fieldNames(written.get("env"))).isEqualTo(SORTED);
        assertThat(fieldNames(written.get("extra"))).isEqualTo(SORTED);
    }

    @Test
    void staysUnmodifiableAndRefusesNullValues() {
        RunMetadata metadata = new RunMetadata(
                LOCAL, null, null, null, null, null, null, Map.of("a", "1"), null, null, null, null, null, null);
        assertThatThrownBy(() -> metadata.env().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        Map<String, String> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> new RunMetadata(
                        LOCAL, null, null, null, null, null, null, withNull, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
