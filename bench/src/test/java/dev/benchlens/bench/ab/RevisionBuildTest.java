package dev.benchlens.bench.ab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached build is reused only while every file of its classpath is still there (CI restores the cache alone). */
class RevisionBuildTest {

    @TempDir
    Path dir;

    @Test
    void aCachedClasspathCountsOnlyWhileAllItsFilesExist() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path jar = Files.createFile(dir.resolve("core.jar"));
        String classpath = classes + File.pathSeparator + jar;
        assertThat(RevisionBuild.allExist(classpath)).isTrue();
        Files.delete(jar);
        assertThat(RevisionBuild.allExist(classpath)).isFalse();
        assertThat(RevisionBuild.allExist("")).isFalse();
    }
}
