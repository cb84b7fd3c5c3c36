package dev.benchlens.read.container;

import dev.benchlens.io.BoundedFiles;
import dev.benchlens.io.IoMessages;
import dev.benchlens.read.limits.LoadLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip as a stream, entry by entry, in memory: nothing is extracted to disk. Used for zips inside zips, and
 * for a zip on disk that is too damaged for {@link ZipFileWalk}. Zips inside it are opened in turn, up to
 * {@link LoadLimits#maxNestingDepth()}. An entry whose name climbs out of the archive is skipped; the entries read
 * before a cut or a refused entry are kept (a stream cannot skip an entry without inflating it, so reading stops
 * at a refused one).
 */
final class ZipWalk {

    private final LoadLimits limits;
    private final WalkListener listener;
    private final FileGate gate;

    ZipWalk(LoadLimits limits, WalkListener listener, FileGate gate) {
        this.limits = limits;
        this.listener = listener;
        this.gate = gate;
    }

    /** Reads the zip at the start of {@code in}; {@code depth} is 1 for a zip on disk. */
    void read(InputStream in, String zipOrigin, int depth, InflateBudget budget) throws InflateLimitException {
        CountingInput compressed = new CountingInput(in);
        ZipInputStream zip = new ZipInputStream(compressed);
        int files = 0;
        int completed = 0;
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                files++;
                String origin = zipOrigin + "!/" + entry.getName();
                listener.found(1);
                if (!gate.admit(origin)) {
                    return;
                }
                long compressedAtStart = compressed.count();
                EntryInput body =
                        new EntryInput(zip, () -> compressed.count() - compressedAtStart, budget, limits, origin);
                readEntry(entry.getName(), origin, zipOrigin, body, depth, budget);
                body.drain();
                listener.done(origin);
                completed++;
            }
            if (files == 0) {
                listener.problem(zipOrigin, "empty zip: it holds no files");
            } else if (!compressed.endsWithEndRecord()) {
                listener.problem(
                        zipOrigin,
                        "truncated zip: it ends before its list of entries; the " + completed
                                + " file(s) before the cut were read");
            }
        } catch (InflateLimitException e) {
            if (e.wholeArchive() && depth > 1) {
                throw e;
            }
            listener.problem(e.location(), e.getMessage() + "; the rest of " + zipOrigin + " was not read");
        } catch (IOException e) {
            listener.problem(
                    zipOrigin,
                    "truncated or corrupt zip (" + IoMessages.reason(e) + "); the " + completed
                            + " file(s) before it were read");
        }
    }

    /** Reads one entry's content, whichever kind of zip it came from; {@code depth} is its zip's depth. */
    void readEntry(String name, String origin, String zipOrigin, EntryInput body, int depth, InflateBudget budget)
            throws IOException {
        if (climbsOut(name)) {
            listener.problem(origin, "entry name climbs out of the archive ('..' or an absolute path); skipped");
            return;
        }
        BufferedInputStream in = new BufferedInputStream(body);
        switch (ContentKind.sniff(in)) {
            case ZIP, EMPTY_ZIP -> {
                if (depth >= limits.maxNestingDepth()) {
                    listener.problem(origin, "zip nested more than " + limits.maxNestingDepth() + " deep; not opened");
                } else {
                    read(in, origin, depth + 1, budget);
                }
            }
            case JSON -> {
                int slash = name.lastIndexOf('/');
                String folder = zipOrigin + "!/" + (slash < 0 ? "" : name.substring(0, slash));
                FileContent.Streamed content = new FileContent.Streamed(in, limits.maxFileBytes());
                listener.json(new FoundFile(origin, folder, name.substring(slash + 1), content));
                Optional<IOException> failure = content.failure();
                if (failure.isPresent() && failure.get() instanceof BoundedFiles.RefusedFileException tooLarge) {
                    listener.problem(origin, tooLarge.getMessage());
                } else if (failure.isPresent()) {
                    throw failure.get();
                }
            }
            case EMPTY -> listener.problem(origin, "empty file");
            case OTHER -> listener.note(origin, "skipped: neither JSON nor a zip");
        }
    }

    /** True for {@code ../x}, {@code a/../../x}, {@code /etc/x}, {@code C:\x}: names that would leave the folder. */
    static boolean climbsOut(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("[/\\\\]", -1)) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
