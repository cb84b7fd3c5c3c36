package dev.benchlens.read.limits;

/**
 * How much a load may read before it refuses, so that a hostile or mistaken input cannot exhaust memory or time.
 *
 * @param maxFileBytes         the largest single JSON file or zip entry parsed
 * @param maxArchiveBytes      the most bytes one top-level zip (with every zip inside it) may inflate to
 * @param ratioCheckAfterBytes an entry is only held to {@code maxCompressionRatio} once it has inflated this far,
 *                             so that small, highly compressible JSON files are not rejected
 * @param maxCompressionRatio  the most an entry may inflate relative to its compressed size
 * @param maxNestingDepth      how many zips deep a zip may sit (1 = a zip on disk, 2 = a zip inside it, ...)
 * @param maxFiles             the most files (on disk and in zips) one load reads
 * @param document             what one JSON document may hold once it is read
 */
public record LoadLimits(
        long maxFileBytes,
        long maxArchiveBytes,
        long ratioCheckAfterBytes,
        int maxCompressionRatio,
        int maxNestingDepth,
        int maxFiles,
        DocumentLimits document) {

    private static final long MIB = 1024L * 1024L;
    private static final long MAX_FILE_BYTES = 256 * MIB;

    /** The limits for the heap this JVM has; see {@link #forHeap(long)}. */
    public static final LoadLimits DEFAULTS = forHeap(Runtime.getRuntime().maxMemory());

    public LoadLimits {
        if (maxFileBytes < 1
                || maxArchiveBytes < 1
                || ratioCheckAfterBytes < 0
                || maxCompressionRatio < 1
                || maxNestingDepth < 1
                || maxFiles < 1
                || document == null) {
            throw new IllegalArgumentException("load limits must be positive");
        }
    }

    /** These zip and file limits, with the document limits of this JVM's heap. */
    public LoadLimits(
            long maxFileBytes,
            long maxArchiveBytes,
            long ratioCheckAfterBytes,
            int maxCompressionRatio,
            int maxNestingDepth,
            int maxFiles) {
        this(
                maxFileBytes,
                maxArchiveBytes,
                ratioCheckAfterBytes,
                maxCompressionRatio,
                maxNestingDepth,
                maxFiles,
                DocumentLimits.forHeap(Runtime.getRuntime().maxMemory()));
    }

    /**
     * A quarter of the heap per file, at most 256 MiB (a file's bytes are held while it is parsed, and two paths
     * load side by side; what is built from them is held to {@link DocumentLimits}); 1 GiB per zip, 100:1 past 1 MiB, zips four deep, 100,000 files, which bound time rather
     * than memory since a zip is read one entry at a time.
     */
    public static LoadLimits forHeap(long heapBytes) {
        long perFile = Math.max(MIB, Math.min(MAX_FILE_BYTES, heapBytes / 4));
        return new LoadLimits(perFile, 1024 * MIB, MIB, 100, 4, 100_000, DocumentLimits.forHeap(heapBytes));
    }

    public LoadLimits withDocument(DocumentLimits limits) {
        return new LoadLimits(
                maxFileBytes,
                maxArchiveBytes,
                ratioCheckAfterBytes,
                maxCompressionRatio,
                maxNestingDepth,
                maxFiles,
                limits);
    }
}
