package dev.benchlens.viewer.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private static Path p(String name) {
        return Path.of("/data", name);
    }

    @Test
    void reopeningAFileMovesItToTheTopWithoutDuplicates() {
        RecentFiles recent = new RecentFiles(List.of(p("a.zip"), p("b.zip"), p("c.zip")));

        recent.remember(List.of(p("c.zip")));

        assertThat(recent.paths()).containsExactly(p("c.zip"), p("a.zip"), p("b.zip"));
    }

    @Test
    void keepsOnlyTheTenNewest() {
        RecentFiles recent = new RecentFiles(List.of());
        IntStream.range(0, 12).forEach(i -> recent.remember(List.of(p(i + ".json"))));

        assertThat(recent.paths()).hasSize(10).first().isEqualTo(p("11.json"));
        assertThat(recent.paths()).doesNotContain(p("0.json"), p("1.json"));
    }
}
