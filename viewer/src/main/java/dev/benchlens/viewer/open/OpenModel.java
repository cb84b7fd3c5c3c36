package dev.benchlens.viewer.open;

import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.LoadResult;
import dev.benchlens.read.RunLoader;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.runs.RunsModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opening files, folders and zips: reads them in the background and hands the runs to the run list. */
public final class OpenModel {

    private final RunLoader loader;
    private final BackgroundExecutor executor;
    private final RunsModel runs;
    private final RecentFiles recent;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open result files, folders or zips.");
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private int pendingLoads;

    public OpenModel(RunLoader loader, BackgroundExecutor executor, RunsModel runs, RecentFiles recent) {
        this.loader = loader;
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

    /** The files the last load could not read; replaced at each load. */
    public ObservableList<LoadProblem> problems() {
        return readOnlyProblems;
    }

    // Commands

    /** Reads the paths in the background; the runs found join the run list, the rest become problems. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<LoadProblem> missing = new ArrayList<>();
        List<Path> existing = new ArrayList<>();
        for (Path p : paths) {
            if (Files.exists(p)) {
                existing.add(p);
            } else {
                missing.add(new LoadProblem(p.toString(), "no such file or folder"));
            }
        }
        if (existing.isEmpty()) {
            finish(new LoadResult(List.of(), missing), existing);
            return;
        }
        pendingLoads++;
        loading.set(true);
        progress.set(-1);
        status.set("Reading " + describe(existing) + "…");
        ProgressRelay relay = new ProgressRelay(executor, step -> {
            if (loading.get()) {
                progress.set(step.fraction());
                status.set("Read " + step.done() + " of " + step.total() + ": " + step.location());
            }
        });
        executor.submit(() -> loader.load(existing, relay),
                result -> {
                    pendingLoads--;
                    finish(new LoadResult(result.runs(), concat(missing, result.problems())), existing);
                },
                failure -> {
                    pendingLoads--;
                    LoadProblem problem = new LoadProblem(describe(existing), "could not be read: " + failure);
                    finish(new LoadResult(List.of(), concat(missing, List.of(problem))), existing);
                });
    }

    private void finish(LoadResult result, List<Path> opened) {
        if (pendingLoads == 0) {
            loading.set(false);
            progress.set(0);
        }
        recent.remember(opened);
        runs.add(result.runs());
        problems.setAll(result.problems());
        status.set(result.runs().size() + (result.runs().size() == 1 ? " run" : " runs") + " read"
                + (result.problems().isEmpty() ? "" : ", " + result.problems().size() + " could not be read")
                + (opened.isEmpty() ? "" : " from " + describe(opened)));
    }

    private static List<LoadProblem> concat(List<LoadProblem> a, List<LoadProblem> b) {
        List<LoadProblem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String describe(List<Path> paths) {
        String first = String.valueOf(paths.getFirst().getFileName());
        return paths.size() == 1 ? first : first + " and " + (paths.size() - 1) + " more";
    }
}
