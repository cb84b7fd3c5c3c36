package dev.benchlens.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchlens.format.ArtifactNames;
import dev.benchlens.format.RunSource;
import dev.benchlens.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The facts of the run an artifact came from, kept beside the fetched zip as {@code <artifact>.metadata.json}: the
 * same sidecar convention as the upstream's, so that a reader who finds it knows what it is (it has
 * {@code source} and {@code timestamp}), with GitHub's own fields under {@code github_run}.
 *
 * @param zipBytes the zip's size as downloaded, which a cached copy must still have; -1 in records written before
 */
public record RunRecord(String repository, WorkflowRun run, long artifactId, String artifactName, long zipBytes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The record's file for the zip {@code zip}: {@code name.zip} has {@code name.metadata.json}. */
    public static Path fileFor(Path zip) {
        String name = zip.getFileName().toString();
        String stem = name.endsWith(".zip") ? name.substring(0, name.length() - ".zip".length()) : name;
        return zip.resolveSibling(ArtifactNames.sidecar(stem));
    }

    void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", RunSource.GITHUB_ACTIONS.label());
        if (run.createdAt() != null) {
            root.put("timestamp", run.createdAt().toString());
        }
        ObjectNode github = root.putObject("github_run");
        github.put("repository", repository)
                .put("id", run.id())
                .put("url", run.url())
                .put("branch", run.branch())
                .put("event", run.event())
                .put("commit", run.commit())
                .put(
                        "created_at",
                        run.createdAt() == null ? null : run.createdAt().toString())
                .put("conclusion", run.conclusion())
                .put("workflow", run.workflow())
                .put("artifact_id", artifactId)
                .put("artifact_name", artifactName)
                .put("zip_bytes", zipBytes);
        byte[] bytes = JSON.writeValueAsBytes(root);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The record in {@code file}, or empty when there is none or it is not one. */
    public static Optional<RunRecord> read(Path file) {
        try {
            JsonNode github = JSON.readTree(file.toFile()).path("github_run");
            if (!github.isObject() || !github.path("id").canConvertToLong()) {
                return Optional.empty();
            }
            String created = text(github, "created_at");
            WorkflowRun run = new WorkflowRun(
                    github.path("id").asLong(),
                    text(github, "url"),
                    text(github, "branch"),
                    text(github, "event"),
                    text(github, "commit"),
                    created == null ? null : Instant.parse(created),
                    text(github, "conclusion"),
                    text(github, "workflow"));
            return Optional.of(new RunRecord(
                    text(github, "repository"),
                    run,
                    github.path("artifact_id").asLong(),
                    text(github, "artifact_name"),
                    github.path("zip_bytes").canConvertToLong()
                            ? github.path("zip_bytes").asLong()
                            : -1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
