package dev.benchlens.cli;

import dev.benchlens.format.Run;
import dev.benchlens.store.IndexedRun;
import dev.benchlens.store.RunFilter;
import dev.benchlens.store.RunStore;
import dev.benchlens.store.StoreException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The runs {@code history} reads: the files given, and from the store the runs of the same repositories that the
 * files no longer hold (artifacts GitHub deleted, zips removed from the cache); with no files, every stored run.
 * {@code --repo} and {@code --environment} narrow both.
 */
final class HistoryRuns {

    private HistoryRuns() {}

    static List<Run> gather(
            List<String> arguments, RunInputs inputs, Optional<RunStore> store, RunFilter filter, PrintWriter err) {
        List<IndexedRun> given = arguments.isEmpty()
                ? List.of()
                : inputs.loadAllIndexed(arguments).stream()
                        .flatMap(List::stream)
                        .filter(i -> filter.test(i.run()))
                        .toList();
        if (store.isEmpty()) {
            if (arguments.isEmpty()) {
                throw new UserError("no runs given and no store to read them from: give files, folders or zips, or"
                        + " turn the store on (--store)");
            }
            return given.stream().map(IndexedRun::run).toList();
        }
        List<IndexedRun> stored = new ArrayList<>();
        try {
            if (arguments.isEmpty()) {
                stored.addAll(store.get().runs(filter));
            } else {
                Set<String> repositories = new LinkedHashSet<>();
                given.stream()
                        .map(i -> RunFilter.repositoryOf(i.run()))
                        .filter(r -> !r.isEmpty())
                        .forEach(repositories::add);
                for (String repository : repositories) {
                    stored.addAll(store.get().runs(new RunFilter(repository, filter.environment())));
                }
            }
        } catch (StoreException e) {
            StoreOption.note(err, e.getMessage() + "; only the files given are read");
        }
        Set<String> seen = new HashSet<>();
        List<Run> runs = new ArrayList<>();
        given.stream().filter(i -> seen.add(i.hash())).forEach(i -> runs.add(i.run()));
        int fromStore = 0;
        for (IndexedRun i : stored) {
            if (seen.add(i.hash())) {
                runs.add(i.run());
                fromStore++;
            }
        }
        if (runs.isEmpty()) {
            throw new UserError("the store " + store.get().address() + " holds no runs"
                    + (filter.repository() == null ? "" : " of " + filter.repository())
                    + (filter.environment() == null ? "" : " in " + filter.environment())
                    + "; fetch some with: benchlens fetch OWNER/REPO");
        }
        if (!arguments.isEmpty() && fromStore > 0) {
            StoreOption.note(
                    err,
                    fromStore + " run(s) of the same repository from the store "
                            + store.get().address() + " that the files given no longer hold");
        }
        return runs;
    }
}
