package dev.benchlens.viewer.open;

import dev.benchlens.format.Run;
import dev.benchlens.io.IoMessages;
import dev.benchlens.load.RunOpener;
import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.Reading;
import dev.benchlens.read.RunStarts;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.background.Task;
import dev.benchlens.viewer.runs.RunsModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Opening files, folders and zips: each path is read in the background as a {@link FileLoad} of its own, which
 * the user can cancel; its runs join the run list as soon as it is done, whatever the others are doing.
 */
public final class OpenModel {

    /**
     * How much of each file's start is read: the table's first rows (500) even where the files list their cases
     * a little differently, and still a moment's reading.
     */
    static final int START_MEASUREMENTS = 2_000;

    /** Smaller files are read whole in about the time their starts would take to show: a fifth of a second. */
    private static final long LARGE_FILE_BYTES = 8L << 20;

    private static final RunStarts RUN_STARTS = new RunStarts();

    private final Reading.PathReader loader;
    private final RunOpener.StartReader startReader;
    private final BackgroundExecutor executor;
    private final RunsModel runs;
    private final RecentFiles recent;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open result files, folders or zips.");
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<LoadProblem> notes = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<FileLoad> loads = FXCollections.observableArrayList();
    private final ObservableList<FileLoad> readOnlyLoads = FXCollections.unmodifiableObservableList(loads);
    private final ReadOnlyObjectWrapper<List<Run>> starts = new ReadOnlyObjectWrapper<>(List.of());
    private Batch batch;

    public OpenModel(RunOpener opener, BackgroundExecutor executor, RunsModel runs, RecentFiles recent) {
        this(opener::read, OpenModel::startOfALargeFile, executor, runs, recent);
    }

    /** With a stand-in for core's reading of one path, and no starts: for tests. */
    public OpenModel(Reading.PathReader loader, BackgroundExecutor executor, RunsModel runs, RecentFiles recent) {
        this(loader, (file, measurements) -> Optional.empty(), executor, runs, recent);
    }

    public OpenModel(
            Reading.PathReader loader,
            RunOpener.StartReader starts,
            BackgroundExecutor executor,
            RunsModel runs,
            RecentFiles recent) {
        this.loader = loader;
        this.startReader = starts;
        this.executor = executor;
        this.runs = runs;
        this.recent = recent;
    }

    // Properties

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** From 0 to 1 while loading; -1 while the number of files is not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * The files that could not be read since the last opening started, growing as files finish (a file of an
     * earlier opening that finishes late included).
     */
    public ObservableList<LoadProblem> problems() {
        return readOnlyProblems;
    }

    /** What the last opening skipped on purpose (guard-rail lists, files that are neither JSON nor zip...). */
    public ObservableList<LoadProblem> notes() {
        return readOnlyNotes;
    }

    /**
     * The start of each file an opening is reading, read in a moment where each has one that is the run the whole
     * read will give as far as it goes ({@link RunStarts}), and nothing was open before: enough for the first rows of
     * their comparison. Empty otherwise, and again once any of the files is done without a run or all are done.
     */
    public ReadOnlyObjectProperty<List<Run>> startsProperty() {
        return starts.getReadOnlyProperty();
    }

    /** The files being read now, each with its progress and its own Cancel. */
    public ObservableList<FileLoad> loads() {
        return readOnlyLoads;
    }

    // Commands

    /** Reads each path in the background on its own; the runs found join the run list, the rest become problems. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        boolean nothingElseOpen = runs.runs().isEmpty() && loads.isEmpty();
        Batch current = new Batch(paths);
        batch = current;
        starts.set(List.of());
        problems.clear();
        notes.clear();
        List<Path> existing = paths.stream().filter(Files::exists).toList();
        current.pending = existing.size();
        current.started = existing.size();
        if (nothingElseOpen && existing.size() == paths.size() && existing.size() > 1) {
            readStarts(current, existing);
        }
        for (Path p : paths) {
            if (!existing.contains(p)) {
                current.record(
                        new LoadResult(List.of(), List.of(new LoadProblem(p.toString(), IoMessages.whyMissing(p)))));
            }
        }
        read(current, existing);
        if (existing.isEmpty()) {
            current.finished();
        }
        showProgress();
    }

    /**
     * Reads runs that come from elsewhere than files, such as the run store, in the background as one reading; they
     * join the run list when done, and what went wrong becomes a problem.
     *
     * @param what   what is read, for the status line ("the run store …/runs.db")
     * @param source core's reading of them
     */
    public void openFrom(String what, Callable<LoadResult> source) {
        problems.clear();
        notes.clear();
        loading.set(true);
        progress.set(-1);
        status.set("Reading " + what + "…");
        executor.submit(
                Lane.READING,
                source,
                result -> {
                    runs.add(result.runs());
                    problems.addAll(result.problems());
                    notes.addAll(result.notes());
                    finishedReading(result.runs().size() + (result.runs().size() == 1 ? " run" : " runs")
                            + " read from " + what);
                },
                failure -> {
                    problems.add(new LoadProblem(
                            what, failure.getMessage() == null ? failure.toString() : failure.getMessage()));
                    finishedReading("Nothing read from " + what);
                });
    }

    private void finishedReading(String message) {
        showProgress();
        if (loads.isEmpty()) {
            status.set(message);
        }
    }

    /** Cancels every file still being read. */
    public void cancelAll() {
        List.copyOf(loads).forEach(FileLoad::cancel);
    }

    private static Optional<Run> startOfALargeFile(Path file, int measurements) {
        try {
            return Files.size(file) < LARGE_FILE_BYTES ? Optional.empty() : RUN_STARTS.read(file, measurements);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the start of every file beside their whole reads, which take a core each; shown only while none of them
     * is done, since a run in the list or a file that failed would make the comparison another one.
     */
    private void readStarts(Batch owner, List<Path> paths) {
        owner.startsRead = executor.submit(
                Lane.READING,
                () -> RunOpener.starts(paths, startReader, START_MEASUREMENTS),
                attached -> {
                    if (!attached.isEmpty() && batch == owner && owner.untouched()) {
                        starts.set(attached);
                    }
                },
                failure -> {});
    }

    /**
     * Reads each path on its own, as core's {@link Reading} spreads them over the reading lane's threads; each
     * path's runs join the list as soon as it is done, and each has its own Cancel.
     */
    private void read(Batch owner, List<Path> paths) {
        List<FileLoad> started = new ArrayList<>();
        List<ProgressRelay> relays = new ArrayList<>();
        for (Path path : paths) {
            FileLoad load = new FileLoad(path);
            loads.add(load);
            started.add(load);
            relays.add(new ProgressRelay(executor, step -> {
                load.progressed(step);
                showProgress();
            }));
        }
        Reading reading = Reading.start(paths, executor.threads(Lane.READING), loader, new Reading.Listener() {
            @Override
            public void fileRead(int path, String location, int done, int total) {
                relays.get(path).fileRead(location, done, total);
            }

            @Override
            public void finished(int path, LoadResult result) {
                executor.onUiThread(() -> {
                    FileLoad load = started.get(path);
                    if (load.finish()) {
                        loads.remove(load);
                        owner.done(result);
                    }
                });
            }
        });
        for (int i = 0; i < paths.size(); i++) {
            int index = i;
            FileLoad load = started.get(i);
            load.started(() -> reading.cancel(index), () -> {
                loads.remove(load);
                owner.done(new LoadResult(
                        List.of(),
                        List.of(new LoadProblem(load.path().toString(), "cancelled; nothing from it was added"))));
            });
        }
    }

    private void showProgress() {
        loading.set(!loads.isEmpty());
        if (loads.isEmpty()) {
            progress.set(0);
            return;
        }
        double sum = 0;
        for (FileLoad load : loads) {
            double fraction = load.progressProperty().get();
            if (fraction < 0) {
                progress.set(-1);
                status.set(loads.getFirst().statusProperty().get() + more());
                return;
            }
            sum += fraction;
        }
        progress.set(sum / loads.size());
        status.set(loads.getFirst().statusProperty().get() + more());
    }

    private String more() {
        return loads.size() == 1 ? "" : " (and " + (loads.size() - 1) + " more)";
    }

    /** One call of {@link #open}: what its files found so far, and how many are still being read. */
    private final class Batch {
        private final List<Path> opened;
        private int started;
        private int pending;
        private Task startsRead;
        private int runsRead;

        Batch(List<Path> opened) {
            this.opened = opened;
        }

        /** True while none of its files is done. */
        boolean untouched() {
            return pending == started;
        }

        /** One of its files is done (or cancelled). */
        void done(LoadResult result) {
            pending--;
            if (batch == this && (result.runs().isEmpty() || !result.problems().isEmpty())) {
                starts.set(List.of());
            }
            record(result);
            showProgress();
            if (pending == 0) {
                finished();
            }
        }

        void record(LoadResult result) {
            runs.add(result.runs());
            runsRead += result.runs().size();
            // A file of an earlier opening that finishes late still shows what went wrong with it.
            problems.addAll(result.problems());
            notes.addAll(result.notes());
        }

        void finished() {
            // Files finish in any order; the run list orders runs and picks the baseline by core's rule itself.
            recent.remember(opened.stream().filter(Files::exists).toList());
            if (startsRead != null) {
                startsRead.cancel();
            }
            if (batch == this) {
                starts.set(List.of());
            }
            if (batch == this && loads.isEmpty()) {
                status.set(runsRead + (runsRead == 1 ? " run" : " runs") + " read"
                        + (problems.isEmpty() ? "" : ", " + problems.size() + " could not be read")
                        + " from " + describe(opened));
            }
        }
    }

    private static String describe(List<Path> paths) {
        String first = String.valueOf(paths.getFirst().getFileName());
        return paths.size() == 1 ? first : first + " and " + (paths.size() - 1) + " more";
    }
}
