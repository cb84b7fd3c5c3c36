package dev.benchlens.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.benchlens.format.ArtifactJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads runs from files, folders and zips, detecting each file's format from its content. One bad file gives a
 * {@link LoadProblem} and never stops the others.
 */
public final class RunLoader {

    // Most of a large artifact is decimal numbers; Jackson's fast double parser reads them several times faster.
    private static final ObjectReader READER = ArtifactJson.mapper().reader()
            .with(StreamReadFeature.USE_FAST_DOUBLE_PARSER);

    // A first version that reads only Benchlens's own format from .json files and folders; the other readers
    // and zips come with issue 2's readers.
    public LoadResult load(List<Path> paths, LoadProgress progress) {
        List<Path> files = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(new LoadProblem(path.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(path);
            }
        }
        List<dev.benchlens.format.Run> runs = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            try {
                byte[] content = Files.readAllBytes(file);
                if (ArtifactJson.startsAsArtifact(content)) {
                    runs.add(ArtifactJson.read(content, file.toString()));
                    progress.fileRead(file.toString(), ++done, files.size());
                    continue;
                }
                JsonNode root = READER.readTree(content);
                if (ArtifactJson.isArtifact(root)) {
                    runs.add(ArtifactJson.fromTree(root, file.toString()));
                } else {
                    problems.add(new LoadProblem(file.toString(), "not a Benchlens results file"));
                }
            } catch (JsonProcessingException e) {
                problems.add(new LoadProblem(file.toString(), e.getOriginalMessage()));
            } catch (IOException e) {
                problems.add(new LoadProblem(file.toString(), e.getMessage()));
            }
            progress.fileRead(file.toString(), ++done, files.size());
        }
        return new LoadResult(runs, problems);
    }

    public LoadResult load(Path path) {
        return load(List.of(path), LoadProgress.NONE);
    }
}
