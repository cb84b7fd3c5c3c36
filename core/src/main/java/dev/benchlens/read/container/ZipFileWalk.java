package dev.benchlens.read.container;

import dev.benchlens.io.IoMessages;
import dev.benchlens.read.limits.LoadLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a zip on disk through its central directory, entry by entry, in memory: nothing is extracted. Unlike a
 * stream this reads every entry layout (GitHub's {@code compression-level: 0} artifacts store entries with data
 * descriptors, which {@link java.util.zip.ZipInputStream} refuses) and can step over a refused entry to the next.
 * A zip whose central directory cannot be found (cut short) is handed to {@link ZipWalk} to save what it can.
 */
final class ZipFileWalk {

    private final LoadLimits limits;
    private final WalkListener listener;
    private final FileGate gate;
    private final ZipWalk stream;

    ZipFileWalk(LoadLimits limits, WalkListener listener, FileGate gate, ZipWalk stream) {
        this.limits = limits;
        this.listener = listener;
        this.gate = gate;
        this.stream = stream;
    }

    void read(Path file, String zipOrigin) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                stream.read(in, zipOrigin, 1, new InflateBudget(limits.maxArchiveBytes()));
            }
            return;
        }
        try (zip) {
            List<? extends ZipEntry> entries =
                    zip.stream().filter(entry -> !entry.isDirectory()).toList();
            if (entries.isEmpty()) {
                listener.problem(zipOrigin, "empty zip: it holds no files");
                return;
            }
            listener.found(entries.size());
            InflateBudget budget = new InflateBudget(limits.maxArchiveBytes());
            for (ZipEntry entry : entries) {
                String origin = zipOrigin + "!/" + entry.getName();
                if (!gate.admit(origin)) {
                    return;
                }
                if (!readEntry(zip, entry, origin, zipOrigin, budget)) {
                    return;
                }
                listener.done(origin);
            }
        }
    }

    /** False when the archive's total is spent and nothing more of it may be read. */
    private boolean readEntry(ZipFile zip, ZipEntry entry, String origin, String zipOrigin, InflateBudget budget) {
        // The central directory's compressed size bounds what the inflater may read, so the ratio is trustworthy.
        long compressedSize = entry.getCompressedSize();
        try (InputStream inflating = zip.getInputStream(entry)) {
            EntryInput body = new EntryInput(inflating, () -> compressedSize, budget, limits, origin);
            stream.readEntry(entry.getName(), origin, zipOrigin, body, 1, budget);
            return true;
        } catch (InflateLimitException e) {
            listener.problem(
                    e.location(),
                    e.getMessage() + (e.wholeArchive() ? "; the rest of " + zipOrigin + " was not read" : ""));
            return !e.wholeArchive();
        } catch (IOException e) {
            listener.problem(origin, "corrupt zip entry: " + IoMessages.reason(e) + "; skipped");
            return true;
        }
    }
}
