package dev.benchlens.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the promises the benchmark workflows make to their users: when they run, where, what they upload and
 * keep, and that the summaries and PR comments come from the project's own commands. GitHub's runners are out of
 * reach from a test, so the workflow files themselves are the thing under test.
 */
class WorkflowContractTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode bench;
    private static JsonNode comment;
    private static JsonNode ci;

    @BeforeAll
    static void readWorkflows() throws IOException {
        bench = workflow("linux-arm64-bench.yml");
        comment = workflow("bench-comment.yml");
        ci = workflow("ci.yml");
    }

    private static JsonNode workflow(String name) throws IOException {
        return YAML.readTree(REPO.resolve(".github/workflows").resolve(name).toFile());
    }

    private static JsonNode triggers(JsonNode workflow) {
        // YAML 1.1 readers may turn the key `on` into `true`.
        return workflow.has("on") ? workflow.get("on") : workflow.get("true");
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.get("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    @Test
    void benchmarkWorkflowRunsByHandWeeklyAndOnRelevantChanges() {
        JsonNode on = triggers(bench);
        assertThat(bench.get("name").asText()).isEqualTo("Linux ARM64 Benchmarks");
        assertThat(on.has("workflow_dispatch")).isTrue();
        assertThat(on.get("schedule").get(0).get("cron").asText()).isEqualTo("0 6 * * 0");
        assertThat(texts(on.get("push").get("branches"))).containsExactly("main");
        List<String> pushPaths = texts(on.get("push").get("paths"));
        assertThat(pushPaths)
                .contains("core/**", "bench/**", "pom.xml", "*/pom.xml", ".github/workflows/linux-arm64-bench.yml");
        assertThat(texts(on.get("pull_request").get("paths"))).isEqualTo(pushPaths);
    }

    @Test
    void benchmarkJobRunsOnNativeArm64WithinAnHour() {
        JsonNode job = bench.get("jobs").get("bench");
        assertThat(job.get("runs-on").asText()).isEqualTo("ubuntu-24.04-arm");
        assertThat(job.get("timeout-minutes").asInt()).isEqualTo(60);
    }

    @Test
    void resultsAreUploadedUnderTheDocumentedNameForThirtyDays() {
        JsonNode upload = steps(bench).stream()
                .filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                .filter(s -> s.path("with").path("name").asText().equals("linux-arm64-benchmark-results"))
                .findFirst()
                .orElseThrow();
        assertThat(upload.get("with").get("retention-days").asInt()).isEqualTo(30);
        assertThat(upload.get("with").get("path").asText())
                .contains("benchmarks/linux_investigation/", "benchmarks/results/");
    }

    @Test
    void stepSummaryAndCommentComeFromTheProjectsOwnCommands() throws IOException {
        List<String> runs =
                steps(bench).stream().map(s -> s.path("run").asText()).toList();
        assertThat(runs)
                .anySatisfy(run -> assertThat(run)
                        .contains(".ci/workflow/summarize.sh")
                        .contains("$GITHUB_STEP_SUMMARY")
                        .contains("summary.md"));
        assertThat(runs)
                .anySatisfy(run ->
                        assertThat(run).contains(".ci/workflow/pr-comment.sh").contains("pr-comment/body.md"));

        String summarize = Files.readString(REPO.resolve(".ci/workflow/summarize.sh"));
        assertThat(summarize)
                .contains("\"$benchlens\" report -q --format markdown")
                .contains("\"$benchlens\" compare -q --format markdown");
        String check = Files.readString(REPO.resolve(".ci/workflow/check-regressions.sh"));
        assertThat(check).contains("benchlens\" check");
    }

    @Test
    void theGateRunsBeforeTheSummaryAndTheCommentAndFailsTheJobLast() {
        List<String> runs =
                steps(bench).stream().map(s -> s.path("run").asText()).toList();
        int check = indexOf(runs, ".ci/workflow/check-regressions.sh");
        assertThat(check)
                .isGreaterThanOrEqualTo(0)
                .isLessThan(indexOf(runs, ".ci/workflow/summarize.sh"))
                .isLessThan(indexOf(runs, ".ci/workflow/pr-comment.sh"));
        assertThat(runs.getLast()).contains("gate/status");
    }

    @Test
    void uploadsOverwriteOnARerunAndCheckoutsKeepNoCredentials() {
        for (JsonNode workflow : List.of(bench, comment, ci)) {
            steps(workflow).stream()
                    .filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                    .forEach(s -> assertThat(s.get("with").get("overwrite").asBoolean())
                            .isTrue());
            steps(workflow).stream()
                    .filter(s -> s.path("uses").asText().startsWith("actions/checkout@"))
                    .forEach(s -> assertThat(
                                    s.get("with").get("persist-credentials").asBoolean())
                            .isFalse());
        }
    }

    @Test
    void theCommentWorkflowSkipsCancelledRunsAndCanReadContents() {
        JsonNode job = comment.get("jobs").get("comment");
        assertThat(job.get("if").asText()).contains("conclusion != 'cancelled'");
        assertThat(job.get("permissions").get("contents").asText()).isEqualTo("read");
    }

    private static int indexOf(List<String> runs, String text) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void onlyTheCommentWorkflowMayWriteAndItNeverRunsPullRequestCode() {
        assertThat(bench.get("permissions").isEmpty())
                .as("workflow-level permissions of the bench")
                .isTrue();
        bench.get("jobs")
                .forEach(job -> job.get("permissions")
                        .properties()
                        .forEach(p -> assertThat(p.getValue().asText()).isEqualTo("read")));

        JsonNode on = triggers(comment);
        assertThat(texts(on.get("workflow_run").get("workflows"))).containsExactly("Linux ARM64 Benchmarks");
        JsonNode job = comment.get("jobs").get("comment");
        assertThat(job.get("permissions").get("pull-requests").asText()).isEqualTo("write");
        JsonNode checkout = steps(comment).stream()
                .filter(s -> s.path("uses").asText().startsWith("actions/checkout@"))
                .findFirst()
                .orElseThrow();
        assertThat(checkout.get("with").get("ref").asText()).contains("default_branch");
    }

    @Test
    void everyWorkflowLimitsItsPermissionsAndConcurrency() {
        for (JsonNode workflow : List.of(bench, comment, ci)) {
            assertThat(workflow.has("permissions"))
                    .as(workflow.get("name").asText())
                    .isTrue();
            assertThat(workflow.has("concurrency"))
                    .as(workflow.get("name").asText())
                    .isTrue();
        }
    }

    @Test
    void testsRunOnBothArchitectures() {
        JsonNode matrix = ci.get("jobs").get("test").get("strategy").get("matrix");
        assertThat(texts(matrix.get("os"))).containsExactlyInAnyOrder("ubuntu-latest", "ubuntu-24.04-arm");
        assertThat(steps(ci)).anySatisfy(s -> assertThat(s.path("run").asText()).isEqualTo("bash .ci/run"));
    }
}
