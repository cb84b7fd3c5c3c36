package dev.benchlens.cli;

import dev.benchlens.escape.UntrustedText;
import dev.benchlens.github.ArtifactCache;
import dev.benchlens.store.Indexer;
import dev.benchlens.store.Rebuild;
import dev.benchlens.store.RunStore;
import dev.benchlens.store.StoreAddress;
import dev.benchlens.store.StoreException;
import dev.benchlens.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option every command that reads runs takes, and the store it opens: at most once per
 * command, closed by {@link BenchlensCli} when the command ends.
 */
final class StoreOption implements AutoCloseable {

    /** The environment the store is chosen from; tests point it at their own data folder or server. */
    static Map<String, String> environment = System.getenv();

    @Option(
            names = "--store",
            paramLabel = "FILE|URL",
            description = "The run store: a SQLite file, postgresql://[USER@]HOST[:PORT]/DATABASE for a team's,"
                    + " or off (default: BENCHLENS_STORE, else runs.db in the user's data folder).")
    String store;

    private RunStore opened;
    private boolean tried;

    /** The store chosen, or none when it is off. */
    Optional<StoreAddress> address() {
        try {
            return StoreAddress.resolve(store, environment, osName(), home());
        } catch (IllegalArgumentException e) {
            throw new UserError("--store: " + e.getMessage());
        }
    }

    /** The fetch cache, which a local store is rebuilt from. */
    static Path cacheRoot() {
        return ArtifactCache.defaultRoot(environment, osName(), home());
    }

    /** The store, opened on first use; fails (exit 2) when it cannot be opened. */
    RunStore required(PrintWriter err) {
        StoreAddress address = address()
                .orElseThrow(() -> new UserError("the store is off (--store or " + StoreAddress.VARIABLE
                        + " is off); name a store file or postgresql:// address"));
        if (opened == null) {
            try {
                opened = Stores.open(address, refill(), note -> note(err, note));
            } catch (StoreException e) {
                throw new UserError(e.getMessage());
            }
        }
        return opened;
    }

    /** The store if it is on and opens; when it does not, one note on stderr and none. */
    synchronized Optional<RunStore> optional(PrintWriter err) {
        if (!tried) {
            tried = true;
            try {
                if (address().isPresent()) {
                    required(err);
                }
            } catch (UserError e) {
                note(err, e.getMessage() + "; going on without it");
            }
        }
        return Optional.ofNullable(opened);
    }

    /** What gives loaded runs their facts and indexes them in the store, when there is one. */
    Indexer indexer(PrintWriter err) {
        return new Indexer(() -> optional(err), note -> note(err, note));
    }

    private static Stores.Refill refill() {
        return store -> Rebuild.fromCache(store, cacheRoot(), line -> {});
    }

    static void note(PrintWriter err, String note) {
        synchronized (err) {
            err.println("note: " + UntrustedText.terminalLine(note));
            err.flush();
        }
    }

    private static String osName() {
        return System.getProperty("os.name", "");
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    @Override
    public void close() {
        if (opened != null) {
            try {
                opened.close();
            } catch (StoreException e) {
                // Closing after the command's output is written; nothing the user could act on.
            } finally {
                opened = null;
            }
        }
    }
}
