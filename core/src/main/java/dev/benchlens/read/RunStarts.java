package dev.benchlens.read;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.ArtifactStart;
import dev.benchlens.format.Run;
import dev.benchlens.identity.IdentityResolver;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.read.DocumentReader.SidecarDocument;
import dev.benchlens.read.container.LoneRunZip;
import dev.benchlens.read.container.LoneRunZip.Sidecar;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.json.JsonDocuments;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The start of a large artifact, read in a moment while the whole of it takes seconds: enough for a comparison's
 * first rows. A start is given only where it is the run {@link RunLoader} will read, as far as it goes: a file of our
 * format opened on its own, or the one run of a zip ({@link LoneRunZip}); with the metadata file beside it merged as
 * the whole read merges it, and a name that owes nothing to the cases not yet read. Anything else, and anything
 * malformed, gives no start: the whole read says what is wrong.
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

    /** Opens the run's content from its start, as often as asked. */
    @FunctionalInterface
    private interface Content {
        InputStream open() throws IOException;
    }

    /**
     * The run in {@code file} up to the operation that holds its {@code measurements}th measurement, identified as
     * {@link RunLoader} identifies the whole of it; or all of it, when it holds fewer.
     */
    public Optional<Run> read(Path file, int measurements) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] head = BoundedFiles.head(file, FORMAT_SNIFF_BYTES);
            Optional<Run> start = LoneRunZip.isZip(head)
                    ? LoneRunZip.read(file, maxStartBytes, entries -> {
                        if (entries.runSize() > limits.maxFileBytes()) {
                            return Optional.empty();
                        }
                        byte[] entryHead;
                        try (InputStream in = entries.openRun()) {
                            entryHead = in.readNBytes(FORMAT_SNIFF_BYTES);
                        }
                        return startOf(
                                entries.runOrigin(), entryHead, entries::openRun, entries.sidecar(), measurements);
                    })
                    : startOfFile(file, head, measurements);
            return start.map(run -> RunLoader.identified(run, List.of(file)));
        } catch (BadInputException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Run> startOfFile(Path file, byte[] head, int measurements) throws IOException, BadInputException {
        String name = String.valueOf(file.getFileName());
        if (ArtifactNames.isCompanion(name) || Files.size(file) > limits.maxFileBytes()) {
            return Optional.empty();
        }
        Optional<Sidecar> sidecar = Optional.empty();
        if (name.endsWith(ArtifactNames.RUN_SUFFIX)) {
            Path beside =
                    file.resolveSibling(ArtifactNames.sidecar(ArtifactNames.stem(name, ArtifactNames.RUN_SUFFIX)));
            if (Files.isRegularFile(beside)) {
                sidecar = Optional.of(
                        new Sidecar(String.valueOf(beside.getFileName()), BoundedFiles.read(beside, maxStartBytes)));
            }
        }
        return startOf(file.toString(), head, () -> BoundedFiles.open(file, maxStartBytes), sidecar, measurements);
    }

    /**
     * The start of a run of our format, with its sidecar merged: what the whole read will begin with. {@code head}
     * is the content's first bytes, which say whether it is of our format.
     */
    private Optional<Run> startOf(
            String origin, byte[] head, Content content, Optional<Sidecar> sidecar, int measurements)
            throws IOException, BadInputException {
        if (!JsonDocuments.startsWithField(head, "format", ArtifactJson.FORMAT_NAME)) {
            return Optional.empty();
        }
        Optional<SidecarDocument> metadata = Optional.empty();
        if (sidecar.isPresent()) {
            if (!(DocumentReader.read(sidecar.get().content(), origin, limits.document())
                    instanceof SidecarDocument document)) {
                return Optional.empty();
            }
            metadata = Optional.of(document);
        }
        Optional<ArtifactStart.Start> start = JsonDocuments.bind(
                content.open(),
                limits.document().boundIntoRecords(),
                parser -> ArtifactStart.read(parser, origin, measurements));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Run run = TimeChecks.dropImpossibleTimes(start.get().run());
        if (metadata.isPresent()) {
            run = metadata.get().attachTo(run, sidecar.get().name());
        }
        return start.get().whole() || IdentityResolver.namedWithoutCases(run.metadata())
                ? Optional.of(run)
                : Optional.empty();
    }
}
