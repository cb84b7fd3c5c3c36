package dev.benchlens.viewer.app;

import dev.benchlens.testing.UpstreamLayout;
import java.io.IOException;
import java.nio.file.Path;

/** The upstream layout's Docker run, zipped as a user sends it: the baseline of the UI tests on upstream files. */
final class UpstreamFiles {

    private UpstreamFiles() {}

    /** {@code docker-results.zip} in {@code dir}: the auto kernel at 0.15x of NumPy, 2025-11-14 15:27 UTC. */
    static Path dockerZip(Path dir) throws IOException {
        return UpstreamLayout.dockerZip(
                dir.resolve("docker-results.zip"),
                "20251114-152700",
                "auto",
                1_763_134_020L,
                UpstreamLayout.speedup(0.15));
    }
}
