package dev.benchlens.store;

import dev.benchlens.format.Run;
import dev.benchlens.identity.IdentityResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The runs a history is built from: the runs opened, and the stored runs of the same repositories that they no
 * longer hold (artifacts GitHub deleted, zips removed from the cache). The command line's {@code history} and the
 * explorer's History tab both take their runs from here.
 */
public final class StoredHistory {

    private StoredHistory() {}

    /** The opened runs and the stored runs added to them; {@code fromStore} counts the latter. */
    public record Completed(List<Run> runs, int fromStore) {}

    /**
     * The runs {@code filter} selects among {@code opened}, then the stored runs of their repositories in that
     * environment that none of them is: a fetched run is known by its artifact and file, which every copy shares.
     */
    public static Completed complete(List<Run> opened, RunStore store, RunFilter filter) throws StoreException {
        List<Run> runs = new ArrayList<>(opened.stream().filter(filter::test).toList());
        Set<String> repositories = new LinkedHashSet<>();
        Set<String> held = new HashSet<>();
        for (Run run : runs) {
            String repository = RunFilter.repositoryOf(run);
            if (!repository.isEmpty()) {
                repositories.add(repository);
                held.add(key(run));
            }
        }
        int fromStore = 0;
        for (String repository : repositories) {
            for (IndexedRun stored : store.runs(new RunFilter(repository, filter.environment()))) {
                if (held.add(key(stored.run()))) {
                    runs.add(stored.run());
                    fromStore++;
                }
            }
        }
        return new Completed(runs, fromStore);
    }

    /**
     * Every stored run {@code filter} selects, as {@code history} with no path and the explorer opened on a store
     * take them.
     *
     * @throws StoreException when the store cannot be read, or holds no such run (saying how to get some)
     */
    public static List<Run> stored(RunStore store, RunFilter filter) throws StoreException {
        List<Run> stored = store.runs(filter).stream().map(IndexedRun::run).toList();
        if (stored.isEmpty()) {
            throw new StoreException("the store " + store.address() + " holds no runs"
                    + (filter.repository() == null ? "" : " of " + filter.repository())
                    + (filter.environment() == null ? "" : " in " + filter.environment())
                    + "; fetch some with: benchlens fetch OWNER/REPO");
        }
        return stored;
    }

    private static String key(Run run) {
        Long artifact = Origins.artifactId(run.metadata());
        String file = IdentityResolver.fileName(
                run.identity().path().isEmpty() ? run.origin() : run.identity().path());
        return artifact + "/"
                + (run.metadata().ci() == null ? "" : run.metadata().ci().runId()) + "/" + file;
    }
}
