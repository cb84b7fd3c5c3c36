package dev.benchlens.read.container;

import java.io.IOException;
import java.io.InputStream;

/** An input stream whose byte-at-a-time read goes through its bulk read, so that counting happens in one place. */
abstract class BulkInput extends InputStream {

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] buffer, int offset, int length) throws IOException;
}
