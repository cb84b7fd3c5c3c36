package dev.benchlens.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads files whole, but only regular files and never more than a limit. Opening a named pipe waits for a writer
 * and a device never ends, so neither is opened; a file's stated size is not trusted either ({@code /proc} files
 * say 0, a file may grow while it is read): the bytes really read are what count against the limit.
 */
public final class BoundedFiles {

    private static final int CHUNK = 64 * 1024;

    private BoundedFiles() {}

    /** A file that is not read because of what it is or how large it is; the message says which, in words. */
    public static final class RefusedFileException extends IOException {
        public RefusedFileException(String message) {
            super(message);
        }
    }

    /** Fails unless {@code file} (after following links) is a regular file. */
    public static void requireRegular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            throw new RefusedFileException(FileKinds.describe(file) + ", not a regular file; only regular files are"
                    + " read (save its content to a file first)");
        }
        if (attributes.isDirectory()) {
            throw new RefusedFileException("a folder, not a file");
        }
    }

    /** The whole content of a regular file of at most {@code maxBytes} bytes. */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        requireRegular(file);
        // The size the file says it has sizes the buffer (one read, no copies); the bytes really read still count.
        long said = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, maxBytes, said);
        }
    }

    /**
     * A stream of a regular file that fails once more than {@code maxBytes} bytes have come through it, for a
     * reader that does not need the whole file in memory at once.
     */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        requireRegular(file);
        return limited(Files.newInputStream(file), maxBytes);
    }

    /** {@code in}, failing once more than {@code maxBytes} bytes have come through it; closing it closes {@code in}. */
    public static InputStream limited(InputStream in, long maxBytes) {
        return new LimitedInput(in, maxBytes);
    }

    /** Counts what passes and refuses the byte past the limit; reads in large steps, as parsers ask. */
    private static final class LimitedInput extends FilterInputStream {
        private final long maxBytes;
        private long passed;

        LimitedInput(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws RefusedFileException {
            passed += n;
            if (passed > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
    }

    /** At most the first {@code count} bytes of a regular file. */
    public static byte[] head(Path file, int count) throws IOException {
        requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    /** Everything {@code in} holds, refused once more than {@code maxBytes} bytes have been read. */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        return readAtMost(in, maxBytes, 0);
    }

    /** As {@link #readAtMost(InputStream, long)}, first trying for exactly the {@code expected} bytes. */
    private static byte[] readAtMost(InputStream in, long maxBytes, long expected) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
        if (expected > 0 && expected <= cap) {
            byte[] exact = in.readNBytes((int) expected);
            if (exact.length == expected && in.read() >= 0) {
                throw new RefusedFileException("it grew while being read; not read");
            }
            return exact;
        }
        byte[] buffer = new byte[Math.min(cap + 1, CHUNK)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size > cap) {
                    throw tooLarge(maxBytes);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) cap + 1, 2L * size));
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                break;
            }
            size += n;
        }
        if (size > cap) {
            throw tooLarge(maxBytes);
        }
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }

    private static RefusedFileException tooLarge(long maxBytes) {
        return new RefusedFileException(
                "larger than the " + ByteSizes.describe(maxBytes) + " limit for one file; not read");
    }
}
