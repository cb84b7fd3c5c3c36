package dev.benchlens.viewer.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("nested/viewer.json"));
        ViewerSettings saved = new ViewerSettings(
                new ViewerSettings.WindowState(30, 40, 1400, 900, true),
                "/data/results",
                "/data/exports",
                List.of("/data/a.zip", "/data/b"),
                "simd=20..70",
                java.util.Map.of("/data/a.zip!/latest.json", "native, after the fix"),
                Theme.DARK);

        store.save(saved);

        assertThat(new SettingsStore(store.file()).load()).isEqualTo(saved);
    }

    @Test
    void theThemeIsKeptAsAWordAndAnUnknownWordIsTheLightOne() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("viewer.json"));
        store.save(ViewerSettings.defaults().withTheme(Theme.DARK));
        assertThat(Files.readString(store.file())).contains("\"theme\" : \"dark\"");

        Files.writeString(store.file(), "{\"theme\": \"blue\"}");
        assertThat(new SettingsStore(store.file()).load().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(new SettingsStore(dir.resolve("viewer.json")).load()).isEqualTo(ViewerSettings.defaults());
    }

    @Test
    void anUnreadableFileIsKeptAsideNotOverwritten() throws IOException {
        Path file = dir.resolve("viewer.json");
        Files.writeString(file, "{ not json");

        ViewerSettings loaded = new SettingsStore(file).load();

        assertThat(loaded).isEqualTo(ViewerSettings.defaults());
        assertThat(dir.resolve("viewer.json.unreadable")).hasContent("{ not json");
    }

    @Test
    void testsNeverUseTheRealUsersFolder() {
        // surefire sets the override; without it a test run would write into ~/.config.
        assertThat(SettingsStore.forCurrentUser().file().toString())
                .doesNotStartWith(
                        Path.of(System.getProperty("user.home"), ".config").toString());
    }
}
