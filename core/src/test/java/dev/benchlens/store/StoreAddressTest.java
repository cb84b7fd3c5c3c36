package dev.benchlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreAddressTest {

    private static final Path HOME = Path.of("/home/ada");

    private static StoreAddress resolve(String option, Map<String, String> env, String os) {
        return StoreAddress.resolve(option, env, os, HOME).orElseThrow();
    }

    @Test
    void theDefaultIsRunsDbInEachSystemsDataFolder() {
        assertThat(resolve(null, Map.of(), "Linux").file())
                .isEqualTo(Path.of("/home/ada/.local/share/benchlens/runs.db"));
        assertThat(resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux").file())
                .isEqualTo(Path.of("/data/benchlens/runs.db"));
        assertThat(resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux").file())
                .isEqualTo(Path.of("/home/ada/.local/share/benchlens/runs.db"));
        assertThat(resolve(null, Map.of(), "Mac OS X").file())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Benchlens/runs.db"));
        assertThat(resolve(null, Map.of("LOCALAPPDATA", "/appdata"), "Windows 11")
                        .file())
                .isEqualTo(Path.of("/appdata/Benchlens/runs.db"));
    }

    @Test
    void theOptionWinsOverTheVariableAndOffTurnsTheStoreOff() {
        Map<String, String> env = Map.of("BENCHLENS_STORE", "/team/runs.db");
        assertThat(resolve(null, env, "Linux").file()).isEqualTo(Path.of("/team/runs.db"));
        assertThat(resolve("/mine.db", env, "Linux").file()).isEqualTo(Path.of("/mine.db"));
        assertThat(StoreAddress.resolve("OFF", env, "Linux", HOME)).isEmpty();
        assertThat(StoreAddress.resolve(null, Map.of("BENCHLENS_STORE", "off"), "Linux", HOME))
                .isEmpty();
    }

    @Test
    void aServerAddressKeepsItsPasswordForConnectingButNeverShowsIt() {
        StoreAddress address =
                resolve("postgresql://bench:p%40ss@db.example.org:5433/benchlens?sslmode=require", Map.of(), "Linux");
        assertThat(address.isLocal()).isFalse();
        assertThat(address.server().jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.org:5433/benchlens?sslmode=require");
        assertThat(address.server().user()).isEqualTo("bench");
        assertThat(address.server().password()).isEqualTo("p@ss");
        assertThat(address).hasToString("postgresql://bench@db.example.org:5433/benchlens");
        assertThat(address.server().toString()).doesNotContain("p@ss", "p%40ss");
    }

    @Test
    void aServerWithoutALoginTakesItFromTheEnvironment() {
        StoreAddress address =
                resolve("postgres://db/benchlens", Map.of("PGUSER", "ci", "PGPASSWORD", "from-env"), "Linux");
        assertThat(address.server().user()).isEqualTo("ci");
        assertThat(address.server().password()).isEqualTo("from-env");
        assertThat(address).hasToString("postgresql://ci@db/benchlens");
    }

    @Test
    void aBadAddressIsOneLineWithoutItsPassword() {
        assertThatThrownBy(() -> resolve("postgresql://bench:hunter2@/benchlens", Map.of(), "Linux"))
                .hasMessage("store address 'postgresql://bench:***@/benchlens' names no host: expected"
                        + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> resolve("mysql://bench:hunter2@db/x", Map.of(), "Linux"))
                .hasMessageContaining("'mysql://bench:***@db/x'")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> resolve("postgresql://db.example.org", Map.of(), "Linux"))
                .hasMessageContaining("names no database");
    }
}
