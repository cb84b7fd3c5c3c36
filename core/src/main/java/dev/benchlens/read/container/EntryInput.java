package dev.benchlens.read.container;

import dev.benchlens.read.LoadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * The inflated bytes of the current zip entry, refused past the limits: the entry's compression ratio once it is
 * past {@link LoadLimits#ratioCheckAfterBytes()}, and the total the top-level archive may inflate to. Every byte
 * of an entry, even one that is skipped, is read through here, so a bomb cannot hide in a skipped entry.
 */
final class EntryInput extends InputStream {

    private final ZipInputStream zip;
    private final CountingInput compressed;
    private final long compressedAtStart;
    private final InflateBudget budget;
    private final LoadLimits limits;
    private final String location;
    private long inflated;

    EntryInput(ZipInputStream zip, CountingInput compressed, InflateBudget budget, LoadLimits limits,
               String location) {
        this.zip = zip;
        this.compressed = compressed;
        this.compressedAtStart = compressed.count();
        this.budget = budget;
        this.limits = limits;
        this.location = location;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = zip.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws InflateLimitException {
        inflated += n;
        budget.take(n, location);
        long compressedBytes = Math.max(1, compressed.count() - compressedAtStart);
        if (inflated > limits.ratioCheckAfterBytes() && inflated > compressedBytes * limits.maxCompressionRatio()) {
            throw new InflateLimitException(location, "inflates more than " + limits.maxCompressionRatio()
                    + " times its compressed size (past " + Sizes.describe(limits.ratioCheckAfterBytes())
                    + "), as a zip bomb does; refused", false);
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
        // The zip stream moves on to the next entry itself; closing it here would end the whole archive.
    }
}
