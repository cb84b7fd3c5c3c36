package dev.benchlens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("sub/report.md");
        AtomicFiles.writeString(file, "old");
        AtomicFiles.writeString(file, "new");

        assertThat(file).hasContent("new");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("results.json");
        AtomicFiles.writeString(file, "precious");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
                    out.write('x');
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(file).hasContent("precious");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void othersCanReadWhatIsWrittenAsWithAnyFileTheUserSaves() throws IOException {
        Path file = dir.resolve("shared.json");
        AtomicFiles.writeString(file, "{}");

        assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OTHERS_READ);
    }
}
