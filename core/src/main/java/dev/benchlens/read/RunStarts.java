package dev.benchlens.read;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.ArtifactStart;
import dev.benchlens.format.Run;
import dev.benchlens.identity.IdentityResolver;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The start of a large artifact, read in a moment while the whole of it takes seconds: enough for a comparison's
 * first rows. A start is given only where it is the run {@link RunLoader} will read, as far as it goes: a file of our
 * format, opened on its own, with no metadata file beside it to change it, and a name that owes nothing to the cases
 * not yet read. Anything else, and anything malformed, gives no start: the whole read says what is wrong.
 */
public final class RunStarts {

    /** However few measurements fill it, a start is never read past this; an operation this large is not a start. */
    private static final long MAX_START_BYTES = 16L << 20;

    private static final int FORMAT_SNIFF_BYTES = 4096;

    private final LoadLimits limits;
    private final long maxStartBytes;

    RunStarts(LoadLimits limits, long maxStartBytes) {
        this.limits = limits;
        this.maxStartBytes = maxStartBytes;
    }

    public RunStarts(LoadLimits limits) {
        this(limits, MAX_START_BYTES);
    }

    public RunStarts() {
        this(LoadLimits.DEFAULTS);
    }

    /**
     * The run in {@code file} up to the operation that holds its {@code measurements}th measurement, identified as
     * {@link RunLoader} identifies the whole of it; or all of it, when it holds fewer.
     */
    public Optional<Run> read(Path file, int measurements) {
        try {
            if (!standsAlone(file)
                    || Files.size(file) > limits.maxFileBytes()
                    || !JsonDocuments.startsWithField(
                            BoundedFiles.head(file, FORMAT_SNIFF_BYTES), "format", ArtifactJson.FORMAT_NAME)) {
                return Optional.empty();
            }
            String origin = file.toString();
            Optional<ArtifactStart.Start> start = JsonDocuments.bind(
                    BoundedFiles.open(file, maxStartBytes),
                    limits.document().boundIntoRecords(),
                    parser -> ArtifactStart.read(parser, origin, measurements));
            return start.filter(s -> s.whole()
                            || IdentityResolver.namedWithoutCases(s.run().metadata()))
                    .map(s -> RunLoader.identified(TimeChecks.dropImpossibleTimes(s.run()), List.of(file)));
        } catch (BadInputException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A regular file whose run nothing beside it changes: no metadata file, and not JMH's raw companion output. */
    private static boolean standsAlone(Path file) {
        Path name = file.getFileName();
        if (name == null || !Files.isRegularFile(file)) {
            return false;
        }
        String fileName = name.toString();
        if (fileName.endsWith(ArtifactNames.SIDECAR_SUFFIX) || fileName.endsWith(ArtifactNames.RAW_JMH_SUFFIX)) {
            return false;
        }
        return !fileName.endsWith(ArtifactNames.RUN_SUFFIX)
                || !Files.exists(file.resolveSibling(
                        ArtifactNames.sidecar(ArtifactNames.stem(fileName, ArtifactNames.RUN_SUFFIX))));
    }
}
