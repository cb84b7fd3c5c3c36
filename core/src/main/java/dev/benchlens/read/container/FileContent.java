package dev.benchlens.read.container;

import dev.benchlens.io.BoundedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a found JSON file holds: bytes already in memory (a zip entry's) or a regular file still on disk. A file
 * on disk can be parsed as it streams in, so a large artifact never needs a second copy of itself in memory:
 * allocating and filling that copy was a third of the time a 100 MB file took to read.
 */
public sealed interface FileContent {

    /** The whole content as a stream, for the caller to close. */
    InputStream open() throws IOException;

    /** The whole content in memory. */
    byte[] bytes() throws IOException;

    /** At most the first {@code count} bytes. */
    byte[] head(int count) throws IOException;

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
}
