package dev.benchlens.read.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchlens.format.ArtifactJson;
import dev.benchlens.io.BoundedFiles;
import dev.benchlens.perf.ArtifactGenerator;
import dev.benchlens.read.DocumentReader;
import dev.benchlens.read.DocumentReader.RunDocument;
import dev.benchlens.read.json.BadInputException;
import dev.benchlens.read.limits.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentTest {

    @TempDir
    Path dir;

    @Test
    void ourFileParsedAsItStreamsInIsTheRunReadFromMemory() throws IOException, BadInputException {
        Path file = dir.resolve("run.json");
        ArtifactJson.write(ArtifactGenerator.generate("run", 40, 7, i -> 1.0), file);

        RunDocument streamed = (RunDocument)
                DocumentReader.read(new FileContent.OnDisk(file, 1L << 20), "run.json", LoadLimits.DEFAULTS.document());
        RunDocument inMemory = (RunDocument) DocumentReader.read(Files.readAllBytes(file), "run.json");

        assertThat(streamed.run().cases()).isNotEmpty().isEqualTo(inMemory.run().cases());
        assertThat(ArtifactJson.toJson(streamed.run())).isEqualTo(ArtifactJson.toJson(inMemory.run()));
    }

    @Test
    void ourFileLargerThanTheLimitIsRefusedWhileItStreams() throws IOException {
        Path file = dir.resolve("run.json");
        ArtifactJson.write(ArtifactGenerator.generate("run", 40, 7, i -> 1.0), file);
        assertThat(Files.size(file)).isGreaterThan(4096);

        assertThatThrownBy(() -> DocumentReader.read(
                        new FileContent.OnDisk(file, 4096), "run.json", LoadLimits.DEFAULTS.document()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("larger than the 4 KiB limit for one file");
    }

    @Test
    void aBoundedStreamGivesUpToItsLimitAndRefusesTheByteAfter() throws IOException {
        Path file = Files.write(dir.resolve("data"), new byte[1025]);

        try (InputStream in = BoundedFiles.open(file, 1025)) {
            assertThat(in.readAllBytes()).hasSize(1025);
        }
        try (InputStream in = BoundedFiles.open(file, 1024)) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(BoundedFiles.RefusedFileException.class)
                    .hasMessageStartingWith("larger than the 1 KiB limit for one file");
        }
    }
}
