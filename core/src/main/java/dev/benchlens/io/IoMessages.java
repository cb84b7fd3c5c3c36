package dev.benchlens.io;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says why a file could not be read in words, not exception class names. */
public final class IoMessages {

    private static final String NO_SUCH_FILE = "no such file or folder";
    private static final String SYMLINK_LOOP = "a symbolic link loop: the link leads back to itself";

    private IoMessages() {}

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof ClosedByInterruptException) {
            return "load cancelled";
        }
        if (e instanceof NoSuchFileException) {
            return NO_SUCH_FILE;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().contains("symbolic links") ? SYMLINK_LOOP : fs.getReason();
        }
        return e.getMessage() == null ? "an input or output error" : e.getMessage();
    }

    /** Why a path that was named does not exist: missing, a broken link, or a link loop. */
    public static String whyMissing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return NO_SUCH_FILE;
        }
        try {
            Path _ = path.toRealPath(); // only whether it resolves matters
            return NO_SUCH_FILE;
        } catch (NoSuchFileException e) {
            return "a broken symbolic link: what it points to does not exist";
        } catch (IOException e) {
            return reason(e);
        }
    }
}
