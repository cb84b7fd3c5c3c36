package dev.benchlens.read.container;

import dev.benchlens.io.ByteSizes;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The inflated bytes of the current zip entry, refused past the limits: the entry's compression ratio once it is
 * past {@link LoadLimits#ratioCheckAfterBytes()}, and the total the top-level archive may inflate to. Every byte
 * inflated from an entry is read through here, including the rest of a skipped entry that a stream must inflate
 * to reach the next one, so a bomb cannot hide in a skipped entry.
 */
final class EntryInput extends BulkInput {

    private final InputStream inflating;
    private final LongSupplier compressedBytes;
    private final InflateBudget budget;
    private final LoadLimits limits;
    private final String location;
    private long inflated;

    /**
     * @param inflating       the entry's inflated bytes
     * @param compressedBytes how many compressed bytes the entry has taken so far (or has in all, when known)
     */
    EntryInput(
            InputStream inflating,
            LongSupplier compressedBytes,
            InflateBudget budget,
            LoadLimits limits,
            String location) {
        this.inflating = inflating;
        this.compressedBytes = compressedBytes;
        this.budget = budget;
        this.limits = limits;
        this.location = location;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = inflating.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws InflateLimitException {
        inflated += n;
        budget.take(n, location);
        long compressed = Math.max(1, compressedBytes.getAsLong());
        if (inflated > limits.ratioCheckAfterBytes() && inflated > compressed * limits.maxCompressionRatio()) {
            throw new InflateLimitException(
                    location,
                    "inflates more than " + limits.maxCompressionRatio()
                            + " times its compressed size (past " + ByteSizes.describe(limits.ratioCheckAfterBytes())
                            + "), as a zip bomb does; refused",
                    false);
        }
    }

    /** Reads and discards the rest of the entry, still within the limits. */
    void drain() throws IOException {
        byte[] sink = new byte[16 * 1024];
        while (read(sink, 0, sink.length) >= 0) {
            // keep reading
        }
    }

    @Override
    public void close() {
        // The zip moves on to the next entry itself; closing a stream entry here would end the whole archive.
    }
}
