package dev.benchlens.read.container;

import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the compressed bytes a zip reader takes, and keeps the last ones so that the end of the zip can be checked
 * once its entries are read: a zip cut short lacks the end-of-central-directory record.
 */
final class CountingInput extends BulkInput {

    /** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
    private static final int END_RECORD = 22;

    private static final int TAIL = END_RECORD + 0xFFFF;

    private final InputStream in;
    private final byte[] tail = new byte[TAIL];
    private long count;

    CountingInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            tail[(int) ((count + i) % TAIL)] = buffer[offset + i];
        }
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    long count() {
        return count;
    }

    /** Reads what is left and tells whether the input ended with a zip's end-of-central-directory record. */
    boolean endsWithEndRecord() throws IOException {
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // the end record sits at the very end, after the central directory
        }
        int kept = (int) Math.min(count, TAIL);
        byte[] last = new byte[kept];
        for (int i = 0; i < kept; i++) {
            last[i] = tail[(int) ((count - kept + i) % TAIL)];
        }
        for (int i = kept - END_RECORD; i >= 0; i--) {
            if (last[i] == 'P' && last[i + 1] == 'K' && last[i + 2] == 5 && last[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        // The stream belongs to whoever opened it.
    }
}
