package dev.benchlens.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens a store, creating it on first use. A local file that is not a database Benchlens can read (corrupt, or
 * written by a newer Benchlens) is moved aside, never deleted, and a new one is rebuilt from the fetch cache; a
 * file the user may not write is opened read-only. Each of these says so in one line.
 */
public final class Stores {

    private Stores() {}

    /** What a new local store is filled from after a broken one was moved aside. */
    public interface Refill {
        Refill NONE = store -> 0;

        /** Fills the new store; returns how many runs it added. */
        int fill(RunStore store) throws StoreException;
    }

    /**
     * Opens the store at {@code address}.
     *
     * @param refill what fills a local store that had to be moved aside (the fetch cache's zips)
     * @param notes  told one line for each thing the user should know (moved aside, read-only)
     */
    public static RunStore open(StoreAddress address, Refill refill, Consumer<String> notes) throws StoreException {
        Schema.quietLogging(); // before the drivers, which log through SLF4J too
        return address.isLocal() ? openLocal(address, refill, notes) : openServer(address);
    }

    private static RunStore openLocal(StoreAddress address, Refill refill, Consumer<String> notes)
            throws StoreException {
        Path file = address.file().toAbsolutePath();
        Path folder = file.getParent();
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException("cannot create the store's folder " + folder + ": " + e.getMessage(), e);
            }
        }
        boolean writable = Files.isWritable(folder) && (!Files.exists(file) || Files.isWritable(file));
        if (!writable) {
            if (!Files.exists(file)) {
                throw new StoreException("cannot create the store " + file + ": its folder is read-only");
            }
            notes.accept("the store " + file + " is read-only for you: runs are read from it but not added");
            return new RunStore(address, sqlite(file, true), () -> {}, true);
        }
        SQLiteDataSource source = sqlite(file, false);
        Unreadable problem;
        try {
            int version = version(source);
            if (version == Schema.VERSION) {
                return new RunStore(address, source, () -> {}, false);
            }
            if (version < Schema.VERSION) {
                migrateLocked(file, source);
                return new RunStore(address, source, () -> {}, false);
            }
            problem = Unreadable.NEWER;
        } catch (SQLException e) {
            if (!isBroken(e)) {
                throw new StoreException("cannot open the store " + file + ": " + Schema.firstLine(e.getMessage()), e);
            }
            problem = Unreadable.CORRUPT;
        }
        Path aside = StoreFiles.move(file, StoreFiles.aside(file, problem.suffix));
        migrateLocked(file, source);
        RunStore store = new RunStore(address, source, () -> {}, false);
        int refilled = refill.fill(store);
        notes.accept("the store " + file + problem.says + "; moved it to " + aside.getFileName()
                + " and rebuilt it from the fetch cache (" + refilled + " run(s))");
        return store;
    }

    /** Why a store file is moved aside and rebuilt: the word its moved name carries, and what the note says. */
    private enum Unreadable {
        NEWER("newer", " was written by a newer Benchlens"),
        CORRUPT("corrupt", " is not a database Benchlens can read");

        final String suffix;
        final String says;

        Unreadable(String suffix, String says) {
            this.suffix = suffix;
            this.says = says;
        }
    }

    private static SQLiteDataSource sqlite(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // WAL lets the explorer read while a fetch writes; IMMEDIATE makes a writer wait its turn (busy
            // timeout) at BEGIN instead of failing when it upgrades a read to a write.
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.setBusyTimeout(60_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static int version(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection()) {
            return Schema.version(connection);
        }
    }

    /** Migrates with a lock file held, so that two processes opening a new store do not both create it. */
    private static void migrateLocked(Path file, DataSource source) throws StoreException {
        Path lock = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.lock(); // released when the channel closes
            if (version(source) < Schema.VERSION) {
                Schema.migrate(source, true);
            }
            held.release();
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot create the store " + file + ": " + Schema.firstLine(e.getMessage()), e);
        }
    }

    private static boolean isBroken(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_NOTADB || code.name().startsWith("SQLITE_CORRUPT");
        }
        return false;
    }

    private static RunStore openServer(StoreAddress address) throws StoreException {
        StoreAddress.Server server = address.server();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        if (server.user() != null) {
            config.setUsername(server.user());
        }
        if (server.password() != null) {
            config.setPassword(server.password());
        }
        config.setPoolName("benchlens-store");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(15_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException(
                    "cannot connect to the store " + address + ": " + Schema.firstLine(cause.getMessage()), e);
        }
        try {
            int version = version(pool);
            if (version > Schema.VERSION) {
                throw new StoreException("the store " + address + " has schema version " + version
                        + ", newer than this Benchlens knows (" + Schema.VERSION + "): update Benchlens");
            }
            if (version < Schema.VERSION) {
                Schema.migrate(pool, false);
            }
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot open the store " + address + ": " + Schema.firstLine(e.getMessage()), e);
        } catch (StoreException e) {
            pool.close();
            throw e;
        }
        return new RunStore(address, pool, pool, false);
    }
}
