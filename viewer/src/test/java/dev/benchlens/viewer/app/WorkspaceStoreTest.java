package dev.benchlens.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.read.LoadProblem;
import dev.benchlens.read.RunLoader;
import dev.benchlens.store.RunFilter;
import dev.benchlens.store.StoreAddress;
import dev.benchlens.store.StoreSession;
import dev.benchlens.testing.WeeklyRuns;
import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.prefs.SettingsStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer opened on the run store ({@code view --store}): the runs and their history with no file opened. */
class WorkspaceStoreTest {

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();
    private StoreSession session;
    private Workspace workspace;

    @BeforeEach
    void indexTheWeeklyRunsThenForgetTheirFiles() throws Exception {
        session = new StoreSession(
                Optional.of(StoreAddress.ofFile(dir.resolve("data/runs.db"))), dir.resolve("cache"), notes::add);
        session.indexer()
                .attach(new RunLoader()
                        .load(WeeklyRuns.folder(dir.resolve("weeks")))
                        .runs());
        SettingsStore settings = new SettingsStore(dir.resolve("viewer.json"));
        workspace = new Workspace(new SameThreadExecutor(), settings, settings.load(), session);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    @Test
    void theStoredRunsOpenWithTheirHistory() {
        workspace.openStored(RunFilter.ALL);

        assertThat(workspace.runs().runs()).hasSize(42);
        assertThat(workspace.open().problems()).isEmpty();
        assertThat(workspace.open().statusProperty().get())
                .isEqualTo("42 runs read from the run store " + dir.resolve("data/runs.db"));
        assertThat(workspace.history().statusProperty().get())
                .startsWith("42 run(s), 216 series, 2 with a change point");
        assertThat(notes).isEmpty();
    }

    @Test
    void aRepositoryTheStoreDoesNotHoldIsAProblemNamingIt() {
        workspace.openStored(RunFilter.of("acme/other", null));

        assertThat(workspace.runs().runs()).isEmpty();
        assertThat(workspace.open().problems())
                .extracting(LoadProblem::message)
                .singleElement()
                .asString()
                .startsWith("the store " + dir.resolve("data/runs.db") + " holds no runs of acme/other");
    }

    @Test
    void withTheStoreOffThereIsNothingToOpen() {
        Workspace off = new Workspace(
                new SameThreadExecutor(),
                new SettingsStore(dir.resolve("other.json")),
                new SettingsStore(dir.resolve("other.json")).load(),
                new StoreSession(Optional.empty(), dir.resolve("cache"), notes::add));
        off.openStored(RunFilter.ALL);
        assertThat(off.open().problems())
                .extracting(LoadProblem::message)
                .containsExactly("the run store is off: no runs to open");
    }
}
