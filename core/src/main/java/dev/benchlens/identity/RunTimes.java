package dev.benchlens.identity;

import dev.benchlens.format.Run;
import java.time.Instant;

/** When a run happened, by what it recorded and by the upstream's time-stamped folder and file names. */
public final class RunTimes {

    private RunTimes() {}

    /** The time the run recorded, else the one its folder or file name carries; {@code null} when neither. */
    public static Instant started(Run run) {
        return run.metadata().startedAt() != null ? run.metadata().startedAt() : folderTime(run);
    }

    /** The last {@code YYYYMMDD-HHMMSS} stamp in the run's path, e.g. Docker's {@code docker_results/<ts>/}. */
    public static Instant folderTime(Run run) {
        return Layout.timestamp(
                        run.identity().path().isEmpty()
                                ? run.origin()
                                : run.identity().path())
                .orElse(null);
    }
}
