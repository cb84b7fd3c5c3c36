package dev.benchlens.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's JSON answers read strictly: a field of the wrong type or a date that is no date is one line naming the
 * field, never a default that hides it nor an exception that escapes as a fault of ours.
 */
final class ApiJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTED_CHARS = 40;

    private ApiJson() {}

    /** The runs of a page of {@code GET .../runs}. */
    static List<WorkflowRun> runs(byte[] body, String what) throws GitHubException {
        List<WorkflowRun> runs = new ArrayList<>();
        for (JsonNode run : array(parse(body, what), "workflow_runs", what)) {
            runs.add(run(run, what));
        }
        return runs;
    }

    /** The answer of {@code GET .../runs/ID}. */
    static WorkflowRun run(byte[] body, String what) throws GitHubException {
        return run(parse(body, what), what);
    }

    /** The artifacts of a page of {@code GET .../artifacts}. */
    static List<Artifact> artifacts(byte[] body, String what) throws GitHubException {
        List<Artifact> artifacts = new ArrayList<>();
        for (JsonNode a : array(parse(body, what), "artifacts", what)) {
            String name = text(a, "name", what);
            if (name == null) {
                throw malformed("name", a.path("name"), what);
            }
            JsonNode size = a.path("size_in_bytes");
            JsonNode expired = a.path("expired");
            if (!expired.isMissingNode() && !expired.isNull() && !expired.isBoolean()) {
                throw malformed("expired", expired, what);
            }
            artifacts.add(new Artifact(
                    id(a, what),
                    name,
                    size.isMissingNode() || size.isNull() ? -1 : count(size, "size_in_bytes", what),
                    expired.asBoolean(false)));
        }
        return artifacts;
    }

    private static JsonNode parse(byte[] body, String what) throws GitHubException {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new GitHubException("GitHub's answer was not a JSON object while " + what);
            }
            return root;
        } catch (IOException e) {
            throw new GitHubException("GitHub's answer was not JSON while " + what);
        }
    }

    private static JsonNode array(JsonNode root, String field, String what) throws GitHubException {
        JsonNode items = root.path(field);
        if (items.isMissingNode() || items.isNull()) {
            return JSON.createArrayNode();
        }
        if (!items.isArray()) {
            throw malformed(field, items, what);
        }
        return items;
    }

    private static WorkflowRun run(JsonNode run, String what) throws GitHubException {
        if (!run.isObject()) {
            throw malformed("run", run, what);
        }
        String created = text(run, "created_at", what);
        return new WorkflowRun(
                id(run, what),
                text(run, "html_url", what),
                text(run, "head_branch", what),
                text(run, "event", what),
                text(run, "head_sha", what),
                created == null ? null : instant(created, what),
                text(run, "conclusion", what),
                text(run, "name", what));
    }

    private static long id(JsonNode node, String what) throws GitHubException {
        JsonNode id = node.path("id");
        long value = count(id, "id", what);
        if (value < 1) {
            throw malformed("id", id, what);
        }
        return value;
    }

    /** A whole number from 0 up, as ids and sizes are. */
    private static long count(JsonNode node, String field, String what) throws GitHubException {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw malformed(field, node, what);
        }
        return node.asLong();
    }

    /** The field's text, {@code null} when absent or null; anything but text is malformed. */
    private static String text(JsonNode node, String field, String what) throws GitHubException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed(field, value, what);
        }
        return value.asText();
    }

    private static Instant instant(String text, String what) throws GitHubException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new GitHubException(
                    "GitHub's answer has a created_at that is not a time (" + quoted(text) + ") while " + what);
        }
    }

    private static GitHubException malformed(String field, JsonNode value, String what) {
        return new GitHubException("GitHub's answer has a malformed " + field + " ("
                + (value.isMissingNode() ? "missing" : quoted(value.toString())) + ") while " + what);
    }

    /** A bounded quote of what the server sent; the line it goes into is escaped where it is printed. */
    static String quoted(String text) {
        return text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "…";
    }
}
