package dev.benchlens.viewer.app;

import dev.benchlens.github.ArtifactCache;
import dev.benchlens.load.RunOpener;
import dev.benchlens.store.RunFilter;
import dev.benchlens.store.StoreSession;
import dev.benchlens.viewer.background.BackgroundExecutor;
import dev.benchlens.viewer.background.Lane;
import dev.benchlens.viewer.charts.ChartsModel;
import dev.benchlens.viewer.compare.CompareModel;
import dev.benchlens.viewer.export.ExportModel;
import dev.benchlens.viewer.github.GitHubOpenModel;
import dev.benchlens.viewer.history.HistoryModel;
import dev.benchlens.viewer.open.OpenModel;
import dev.benchlens.viewer.open.RecentFiles;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.Theme;
import dev.benchlens.viewer.prefs.ViewerSettings;
import dev.benchlens.viewer.runs.RunsModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/** Every model of one explorer window, wired together; built without a window so that tests can drive it. */
public final class Workspace {

    private final BackgroundExecutor executor;
    private final SettingsStore store;
    private ViewerSettings settings;
    private final RunsModel runs = new RunsModel();
    /** Every run opened is kept in the run store, and the History tab adds the stored runs the files lack. */
    private final StoreSession runStore;

    private final RecentFiles recent;
    private final OpenModel open;
    private final CompareModel compare;
    private final ExportModel exports;
    private final HistoryModel history;
    private final ChartsModel charts = new ChartsModel();
    private final ObjectProperty<Theme> theme;
    private GitHubOpenModel gitHub;

    /** A workspace whose run store is the one {@code BENCHLENS_STORE} names, else the data folder's. */
    public Workspace(BackgroundExecutor executor, SettingsStore store, ViewerSettings settings) {
        this(executor, store, settings, StoreSession.fromEnvironment(System.getenv(), Workspace::note));
    }

    public Workspace(BackgroundExecutor executor, SettingsStore store, ViewerSettings settings, StoreSession runStore) {
        this.runStore = runStore;
        this.executor = executor;
        this.store = store;
        this.settings = settings;
        this.recent =
                new RecentFiles(settings.recentFiles().stream().map(Path::of).toList());
        this.open = new OpenModel(new RunOpener(runStore.indexer()), executor, runs, recent);
        this.compare = new CompareModel(runs, executor);
        compare.showFirstRowsWhileReading(open.startsProperty());
        this.exports = new ExportModel(executor);
        this.history = new HistoryModel(runs, executor, runStore::withStored);
        recent.paths().addListener((ListChangeListener<Path>)
                c -> updateSettings(settings().withRecentFiles(recent.asStrings())));
        rememberBands(settings.expectedBands());
        runs.rememberRenames(settings.runNames());
        runs.renamesProperty()
                .addListener((obs, old, now) -> updateSettings(settings().withRunNames(now)));
        this.theme = new SimpleObjectProperty<>(settings.theme());
        theme.addListener((obs, old, now) -> updateSettings(settings().withTheme(now)));
        charts.themeProperty().bind(theme);
    }

    /** Applies the bands the user last set, if any still parse, and remembers every later change. */
    private void rememberBands(String remembered) {
        if (remembered != null) {
            try {
                compare.setBands(remembered);
            } catch (IllegalArgumentException e) {
                System.err.println("benchlens: " + store.file() + ": remembered bands '" + remembered + "' ignored: "
                        + e.getMessage());
            }
        }
        compare.bandsProperty()
                .addListener((obs, old, now) -> updateSettings(settings().withExpectedBands(now.toString())));
    }

    /** Opens the stored runs {@code filter} selects, as if their files had been opened. */
    public void openStored(RunFilter filter) {
        open.openFrom("the run store " + runStore.describe(), () -> runStore.stored(filter));
    }

    /** A line for the user about the run store, on the terminal the explorer was started from. */
    static void note(String note) {
        System.err.println("benchlens: " + note);
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public RunsModel runs() {
        return runs;
    }

    public RecentFiles recent() {
        return recent;
    }

    public OpenModel open() {
        return open;
    }

    public CompareModel compare() {
        return compare;
    }

    public ExportModel exports() {
        return exports;
    }

    public HistoryModel history() {
        return history;
    }

    /** Which chart is in front, its options, the rows the charts draw and the look they paint in. */
    public ChartsModel charts() {
        return charts;
    }

    /** The look of the window and its charts, remembered between sessions. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The Open from GitHub dialog's model, made on first use: it looks for a token, which may run gh. */
    public GitHubOpenModel gitHub() {
        if (gitHub == null) {
            gitHub = new GitHubOpenModel(
                    System.getenv(),
                    List.of("gh", "auth", "token"),
                    ArtifactCache.defaultRoot(
                            System.getenv(),
                            System.getProperty("os.name", ""),
                            Path.of(System.getProperty("user.home"))),
                    executor,
                    open::open);
        }
        return gitHub;
    }

    public ViewerSettings settings() {
        return settings;
    }

    /** Remembers new settings and writes them in the background. */
    public void updateSettings(ViewerSettings next) {
        saveSettingsThen(next, () -> {});
    }

    /** Remembers new settings, writes them in the background, then runs {@code then} on the UI thread. */
    public void saveSettingsThen(ViewerSettings next, Runnable then) {
        settings = next;
        executor.submit(
                Lane.EXPORTING,
                () -> {
                    store.save(next);
                    return next;
                },
                saved -> then.run(),
                failure -> {
                    System.err.println(
                            "benchlens: cannot save settings to " + store.file() + ": " + failure.getMessage());
                    then.run();
                });
    }
}
