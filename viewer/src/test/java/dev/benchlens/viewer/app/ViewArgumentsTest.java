package dev.benchlens.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.store.RunFilter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewArgumentsTest {

    @Test
    void pathsAloneOpenThePaths() {
        ViewArguments args = ViewArguments.parse(List.of("a.json", "runs/"));
        assertThat(args.paths()).containsExactly(Path.of("a.json"), Path.of("runs/"));
        assertThat(args.stored()).isFalse();
        assertThat(args.store()).isNull();
    }

    @Test
    void aStoreWithNoPathOpensItsRuns() {
        ViewArguments args = ViewArguments.parse(List.of("--store", "postgresql://bench@db/benchlens"));
        assertThat(args.stored()).isTrue();
        assertThat(args.store()).isEqualTo("postgresql://bench@db/benchlens");
        assertThat(args.filter()).isEqualTo(RunFilter.ALL);
    }

    @Test
    void aStoreWithPathsOpensThePathsAndKeepsThemInThatStore() {
        ViewArguments args = ViewArguments.parse(List.of("--store=team.db", "a.json"));
        assertThat(args.stored()).isFalse();
        assertThat(args.store()).isEqualTo("team.db");
        assertThat(args.paths()).containsExactly(Path.of("a.json"));
    }

    @Test
    void repoAndEnvironmentNarrowTheStoredRunsAsHistoryDoes() {
        ViewArguments args = ViewArguments.parse(List.of("--repo", "Acme/Kernels", "--environment", "github"));
        assertThat(args.stored()).isTrue();
        assertThat(args.filter()).isEqualTo(new RunFilter("acme/kernels", "github-actions"));
        assertThat(ViewArguments.parse(List.of("--stored")).stored()).isTrue();
    }

    @Test
    void badArgumentsSayWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> ViewArguments.parse(List.of("--store"))).hasMessage("--store needs a value");
        assertThatThrownBy(() -> ViewArguments.parse(List.of("--environment", "moon")))
                .hasMessageStartingWith("--environment: expected github-actions");
        assertThatThrownBy(() -> ViewArguments.parse(List.of("--store", "mysql://db/x")))
                .hasMessageStartingWith("--store: store address 'mysql://db/x'");
        assertThatThrownBy(() -> ViewArguments.parse(List.of("--sotre", "x")))
                .hasMessage("unknown option '--sotre' (see benchlens view --help)");
    }
}
