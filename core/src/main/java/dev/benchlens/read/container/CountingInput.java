package dev.benchlens.read.container;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the compressed bytes a zip reader takes, and notices when it reached the end of its input. */
final class CountingInput extends FilterInputStream {

    private long count;
    private boolean reachedEnd;

    CountingInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            reachedEnd = true;
        } else {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            reachedEnd = true;
        } else {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    /**
     * True once a read found no more bytes. A complete zip is never read that far, because its central directory
     * follows the last entry: reaching the end means the zip was cut short.
     */
    boolean reachedEnd() {
        return reachedEnd;
    }

    @Override
    public void close() {
        // The stream belongs to whoever opened it.
    }
}
