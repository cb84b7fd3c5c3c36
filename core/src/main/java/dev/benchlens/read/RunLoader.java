package dev.benchlens.read;

import dev.benchlens.format.Run;
import dev.benchlens.identity.IdentityResolver;
import dev.benchlens.read.container.ContainerWalker;
import dev.benchlens.read.limits.HeapAdvice;
import dev.benchlens.read.limits.LoadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Reads runs from files, folders and zips (GitHub Actions artifacts included), detecting each file's format from
 * its content: Benchlens results, the upstream comparison script's output with its metadata sidecars, and JMH's
 * JSON. One bad file gives one {@link LoadProblem} and never stops the others.
 */
public final class RunLoader {

    private final LoadLimits limits;

    public RunLoader() {
        this(LoadLimits.DEFAULTS);
    }

    public RunLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads every path, telling {@code progress} about each file as it is read; the runs come back in the order of
     * the paths. Several paths are read side by side, each on a thread of its own ({@link Reading}). Interrupting the
     * calling thread stops the load before its next file; what was read by then is returned, with one problem saying
     * so.
     */
    public LoadResult load(List<Path> givenPaths, LoadProgress progress) {
        List<Path> paths = withoutRepeats(givenPaths);
        if (paths.size() <= 1) {
            return loadInOneSession(paths, progress);
        }
        CombinedProgress combined = new CombinedProgress(paths.size(), progress);
        LoadResult all = LoadResult.empty();
        for (LoadResult each : readEach(paths, Reading.OWN_THREADS, new Reading.Listener() {
                    @Override
                    public void fileRead(int path, String location, int done, int total) {
                        combined.part(path).fileRead(location, done, total);
                    }

                    @Override
                    public void finished(int path, LoadResult result) {}
                })
                .await()) {
            all = all.plus(each);
        }
        return all;
    }

    /**
     * Starts reading each path on its own ({@link Reading}), on {@code threads}; every path is read whole, even one
     * that another covers, since each has a caller of its own.
     */
    public Reading readEach(List<Path> paths, Executor threads, Reading.Listener listener) {
        return Reading.start(paths, threads, this::load, listener);
    }

    /** Reads one path, telling {@code progress} about each file in it. */
    public LoadResult load(Path path, LoadProgress progress) {
        return loadInOneSession(List.of(path), progress);
    }

    /** The paths less any that another given path already covers (itself, or a folder it lies in). */
    private static List<Path> withoutRepeats(List<Path> paths) {
        List<Path> absolute =
                paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            boolean covered = false;
            for (int j = 0; j < paths.size() && !covered; j++) {
                boolean sameEarlier = j < i && absolute.get(j).equals(absolute.get(i));
                boolean insideAnother = j != i
                        && !absolute.get(j).equals(absolute.get(i))
                        && absolute.get(i).startsWith(absolute.get(j));
                covered = sameEarlier || insideAnother;
            }
            if (!covered) {
                kept.add(paths.get(i));
            }
        }
        return kept;
    }

    private LoadResult loadInOneSession(List<Path> paths, LoadProgress progress) {
        LoadSession session = new LoadSession(progress, limits.document());
        ContainerWalker walker = new ContainerWalker(limits, session);
        for (Path path : paths) {
            try {
                walker.walk(path);
            } catch (OutOfMemoryError e) {
                session.problem(path.toString(), HeapAdvice.tooLarge());
            } catch (RuntimeException e) {
                session.problem(path.toString(), Faults.describe(e));
            }
        }
        LoadResult result = session.result();
        return new LoadResult(
                result.runs().stream().map(run -> identified(run, paths)).toList(), result.problems(), result.notes());
    }

    /**
     * The run with its identity, resolved from its absolute location (folder names count even above what the user
     * opened) and shown with its path relative to what the user opened.
     */
    static Run identified(Run run, List<Path> given) {
        for (Path path : given) {
            String prefix = path.toString();
            if (run.origin().startsWith(prefix)) {
                String rest = run.origin().substring(prefix.length());
                Path absolute = path.toAbsolutePath().normalize();
                Path shownFrom = absolute.getFileName();
                return run.withIdentity(
                        IdentityResolver.resolve(run, absolute + rest, shownFrom == null ? rest : shownFrom + rest));
            }
        }
        return run.withIdentity(IdentityResolver.resolve(run, run.origin(), run.origin()));
    }

    public LoadResult load(Path path) {
        return load(List.of(path), LoadProgress.NONE);
    }
}
