package dev.benchlens.read.container;

import dev.benchlens.io.BoundedFiles;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a found JSON file holds: bytes already in memory, a regular file still on disk, or a zip entry as it
 * inflates. A file on disk or in a zip can be parsed as it streams in, so a large artifact never needs a second copy
 * of itself in memory: allocating and filling that copy was a third of the time a 100 MB file took to read.
 */
public sealed interface FileContent {

    /** The whole content as a stream, for the caller to close. */
    InputStream open() throws IOException;

    /** The whole content in memory. */
    byte[] bytes() throws IOException;

    /** At most the first {@code count} bytes. */
    byte[] head(int count) throws IOException;

    /**
     * True once reading the content itself failed (a zip entry past an inflate limit, or corrupt): the walk that
     * found it reports that, since it knows what the failure means for the rest of the zip.
     */
    default boolean failedToRead() {
        return false;
    }

    /** Content that has already been read. */
    @SuppressWarnings("ArrayRecordComponent") // read by a reader; never compared or hashed
    record InMemory(byte[] content) implements FileContent {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public byte[] bytes() {
            return content;
        }

        @Override
        public byte[] head(int count) {
            return Arrays.copyOf(content, Math.min(count, content.length));
        }
    }

    /** A regular file, read when asked and never past {@code maxBytes}, however large it has grown since. */
    record OnDisk(Path file, long maxBytes) implements FileContent {
        @Override
        public InputStream open() throws IOException {
            return BoundedFiles.open(file, maxBytes);
        }

        @Override
        public byte[] bytes() throws IOException {
            return BoundedFiles.read(file, maxBytes);
        }

        @Override
        public byte[] head(int count) throws IOException {
            return BoundedFiles.head(file, count);
        }
    }

    /**
     * A zip entry as it inflates, read once by one reader while its zip waits: its head first, then the whole of it,
     * never past {@code maxBytes}. What reading it threw is kept for the walk to report.
     */
    final class Streamed implements FileContent {

        private final BufferedInputStream entry;
        private final long maxBytes;
        private boolean taken;
        private IOException failure;

        /** @param entry the entry from its start, as read so far only through marks that were reset */
        Streamed(BufferedInputStream entry, long maxBytes) {
            this.entry = entry;
            this.maxBytes = maxBytes;
        }

        @Override
        public InputStream open() {
            take();
            InputStream limited = BoundedFiles.limited(entry, maxBytes);
            return new BulkInput() {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    try {
                        return limited.read(buffer, offset, length);
                    } catch (IOException e) {
                        throw failed(e);
                    }
                }
            };
        }

        @Override
        public byte[] bytes() throws IOException {
            take();
            try {
                return BoundedFiles.readAtMost(entry, maxBytes);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public byte[] head(int count) throws IOException {
            if (taken) {
                throw new IllegalStateException("the head of a zip entry is read before the rest of it");
            }
            entry.mark(count);
            try {
                byte[] head = entry.readNBytes(count);
                entry.reset();
                return head;
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean failedToRead() {
            return failure != null;
        }

        /** What reading the entry threw, when it failed. */
        Optional<IOException> failure() {
            return Optional.ofNullable(failure);
        }

        private void take() {
            if (taken) {
                throw new IllegalStateException("a zip entry is read once");
            }
            taken = true;
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
