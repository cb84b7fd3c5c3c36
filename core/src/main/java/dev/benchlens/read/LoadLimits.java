package dev.benchlens.read;

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
 */
public record LoadLimits(long maxFileBytes, long maxArchiveBytes, long ratioCheckAfterBytes, int maxCompressionRatio,
                         int maxNestingDepth, int maxFiles) {

    private static final long MIB = 1024L * 1024L;

    /** 256 MiB per file, 1 GiB per zip, 100:1 past 1 MiB, zips four deep, 100,000 files. */
    public static final LoadLimits DEFAULTS = new LoadLimits(256 * MIB, 1024 * MIB, MIB, 100, 4, 100_000);

    public LoadLimits {
        if (maxFileBytes < 1 || maxArchiveBytes < 1 || ratioCheckAfterBytes < 0 || maxCompressionRatio < 1
                || maxNestingDepth < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("load limits must be positive");
        }
    }
}
