package dev.benchlens.cli;

import dev.benchlens.format.Run;
import dev.benchlens.store.RunFilter;
import dev.benchlens.store.RunStore;
import dev.benchlens.store.StoreException;
import dev.benchlens.store.StoredHistory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The runs {@code history} reads: the files given and the stored runs of the same repositories that they no longer
 * hold ({@link StoredHistory}); with no files, every stored run. {@code --repo} and {@code --environment} narrow
 * both.
 */
final class HistoryRuns {

    private HistoryRuns() {}

    static List<Run> gather(
            List<String> arguments, RunInputs inputs, Optional<RunStore> store, RunFilter filter, PrintWriter err) {
        List<Run> given = arguments.isEmpty()
                ? List.of()
                : inputs.loadAll(arguments).stream().flatMap(List::stream).toList();
        if (store.isEmpty()) {
            if (arguments.isEmpty()) {
                throw new UserError("no runs given and no store to read them from: give files, folders or zips, or"
                        + " turn the store on (--store)");
            }
            return given.stream().filter(filter::test).toList();
        }
        try {
            if (arguments.isEmpty()) {
                try {
                    return StoredHistory.stored(store.get(), filter);
                } catch (StoreException e) {
                    throw new UserError(e.getMessage());
                }
            }
            StoredHistory.Completed completed = StoredHistory.complete(given, store.get(), filter);
            if (completed.fromStore() > 0) {
                StoreOption.note(
                        err,
                        completed.fromStore() + " run(s) of the same repository from the store "
                                + store.get().address() + " that the files given no longer hold");
            }
            return completed.runs();
        } catch (StoreException e) {
            StoreOption.note(err, e.getMessage() + "; only the files given are read");
            return given.stream().filter(filter::test).toList();
        }
    }
}
