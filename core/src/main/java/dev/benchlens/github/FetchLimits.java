package dev.benchlens.github;

import java.time.Duration;

/**
 * How much a GitHub server may make {@code fetch} wait, read and follow before it gives up with one line, so that
 * a server that misbehaves (by mistake or on purpose) costs bounded time, memory and disk.
 *
 * @param idle             how long an answer may stall: no connection, no headers, or less than
 *                         {@link #MIN_PROGRESS_BYTES} bytes of body within this time ends the request
 * @param maxPageBytes     the largest API answer read (a page of 100 runs is well under a megabyte)
 * @param maxPages         the most pages one listing follows
 * @param maxArtifactBytes the largest artifact downloaded, whatever size it declares
 */
public record FetchLimits(Duration idle, long maxPageBytes, int maxPages, long maxArtifactBytes) {

    /** A body that brings fewer bytes than this per {@link #idle} period is stalled (a one-byte drip). */
    public static final int MIN_PROGRESS_BYTES = 1024;

    private static final long MIB = 1024L * 1024L;

    /**
     * Thirty seconds idle; 32 MiB per page; 100 pages; 1 GiB per artifact, the most a load reads from one zip
     * ({@code read.limits.LoadLimits}), so a larger download could never be opened anyway.
     */
    public static final FetchLimits DEFAULTS = new FetchLimits(Duration.ofSeconds(30), 32 * MIB, 100, 1024 * MIB);

    public FetchLimits {
        if (idle.isNegative() || idle.isZero() || maxPageBytes < 1 || maxPages < 1 || maxArtifactBytes < 1) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    public FetchLimits withIdle(Duration newIdle) {
        return new FetchLimits(newIdle, maxPageBytes, maxPages, maxArtifactBytes);
    }

    /**
     * The most bytes an artifact that declares {@code declared} bytes may bring: the declared size plus a tenth and
     * a mebibyte (GitHub's older artifacts declare the files' size, not the zip's), never above the absolute cap.
     */
    public long artifactCap(long declared) {
        if (declared < 0) {
            return maxArtifactBytes;
        }
        return Math.min(maxArtifactBytes, declared + declared / 10 + MIB);
    }
}
