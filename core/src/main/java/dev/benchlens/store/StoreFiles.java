package dev.benchlens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A SQLite store is a file and, while in use, its {@code -wal} and {@code -shm} companions: moved together. */
final class StoreFiles {

    private static final String[] COMPANIONS = {"-wal", "-shm"};
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreFiles() {}

    /** {@code runs.db} gives {@code runs.db.<why>-<UTC time>}: where a store is kept when it is set aside. */
    static Path aside(Path file, String why) {
        return file.resolveSibling(file.getFileName() + "." + why + "-" + STAMP.format(Instant.now()));
    }

    static Path move(Path from, Path to) throws StoreException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            for (String companion : COMPANIONS) {
                Path part = from.resolveSibling(from.getFileName() + companion);
                if (Files.exists(part)) {
                    Files.move(part, to.resolveSibling(to.getFileName() + companion));
                }
            }
            return to;
        } catch (IOException e) {
            throw new StoreException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Removes a file Benchlens made for itself (an unfinished rebuild), with its companions and lock. */
    static void deleteOwn(Path file) throws StoreException {
        try {
            Files.deleteIfExists(file);
            for (String companion : COMPANIONS) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + companion));
            }
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock"));
        } catch (IOException e) {
            throw new StoreException("cannot remove the unfinished " + file + ": " + e.getMessage(), e);
        }
    }
}
