package dev.benchlens.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NumpyPeerTest {

    @Test
    void aMissingInterpreterIsOneLineNamingIt() {
        assertThat(new NumpyPeer("/nonexistent/python3").unavailableReason())
                .contains("numpy unavailable: no /nonexistent/python3 on PATH (or set BENCHLENS_PYTHON)");
    }

    @Test
    void aPythonWithoutNumpyIsOneLine() {
        // 'false' starts and fails like a Python that cannot import numpy
        assertThat(new NumpyPeer("false").unavailableReason())
                .get()
                .asString()
                .startsWith("numpy unavailable: false cannot import numpy")
                .doesNotContain("\n");
    }

    @Test
    void aPeerThatDiesIsAnErrorNotAHang() {
        // 'true' reads nothing and prints nothing: the run must end with a message, not wait forever
        assertThatThrownBy(() -> new NumpyPeer("true")
                        .run(
                                List.of(new NumpyPeer.Request(1, 1, "float32", "contiguous", List.of("sum"))),
                                0,
                                1,
                                0.001,
                                (r, op, samples) -> {}))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("the NumPy peer");
    }

    @Test
    void thePeerReportsOneSampleListPerOperationAndIteration() throws Exception {
        NumpyPeer peer = new NumpyPeer("python3");
        Assumptions.assumeTrue(
                peer.unavailableReason().isEmpty(),
                () -> "skipped: " + peer.unavailableReason().get());
        List<String> seen = new ArrayList<>();
        NumpyPeer.Request request =
                new NumpyPeer.Request(3, 5, "float32", "transposed", List.of("mean_axis0", "broadcast_add_out"));

        NumpyPeer.Versions versions = peer.run(List.of(request), 0, 3, 0.002, (r, op, samples) -> {
            assertThat(r).isEqualTo(request);
            assertThat(samples).hasSize(3).allSatisfy(s -> assertThat(s).isPositive());
            seen.add(op);
        });

        assertThat(seen).containsExactly("mean_axis0", "broadcast_add_out");
        assertThat(versions.numpy()).matches("\\d+\\.\\d+.*");
    }
}
