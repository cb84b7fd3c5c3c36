package dev.benchlens.viewer.perf;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.viewer.testdata.SyntheticRuns;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the two large artifacts {@link OpenLargeRuns} opens: {@code OPERATIONS SAMPLES DOCKER_FILE OTHER_FILE}. */
public final class WriteLargeRuns {

    private WriteLargeRuns() {}

    public static void main(String[] args) throws IOException {
        int operations = Integer.parseInt(args[0]);
        int samples = Integer.parseInt(args[1]);
        ArtifactJson.write(
                SyntheticRuns.asOurSuiteWrites(SyntheticRuns.large("docker", operations, samples, 1)),
                Path.of(args[2]));
        ArtifactJson.write(
                SyntheticRuns.asOurSuiteWrites(SyntheticRuns.large("github-actions", operations, samples, 2)),
                Path.of(args[3]));
    }
}
