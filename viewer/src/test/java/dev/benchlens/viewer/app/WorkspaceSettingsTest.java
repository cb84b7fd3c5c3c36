package dev.benchlens.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.viewer.background.SameThreadExecutor;
import dev.benchlens.viewer.compare.CompareModel;
import dev.benchlens.viewer.prefs.SettingsStore;
import dev.benchlens.viewer.prefs.ViewerSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void bandsSetInOneSessionAreInForceInTheNext() {
        SettingsStore store = new SettingsStore(dir.resolve("viewer.json"));
        Workspace first = new Workspace(new SameThreadExecutor(), store, store.load());
        first.compare().setBands("simd=2..3, auto=1.5..4");

        Workspace next = new Workspace(new SameThreadExecutor(), store, store.load());

        assertThat(next.compare().bandsProperty().get().toString()).isEqualTo("simd=2..3,auto=1.5..4");
    }

    @Test
    void rememberedBandsThatNoLongerParseLeaveTheDefaults() {
        SettingsStore store = new SettingsStore(dir.resolve("viewer.json"));
        ViewerSettings broken = ViewerSettings.defaults().withExpectedBands("simd=80..25");

        Workspace workspace = new Workspace(new SameThreadExecutor(), store, broken);

        assertThat(workspace.compare().bandsProperty().get().toString()).isEqualTo(CompareModel.DEFAULT_BANDS);
    }
}
