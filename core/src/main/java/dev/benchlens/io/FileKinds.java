package dev.benchlens.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names what a path that is neither a file nor a folder is, in the words {@code ls -l} users know. */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {}

    static String describe(Path path) {
        int mode;
        try {
            // The "unix" view exists on Linux and macOS; elsewhere the kind stays unnamed.
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
        return switch (mode & TYPE_MASK) {
            case FIFO -> "a pipe";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "not a regular file";
        };
    }
}
