package dev.benchlens.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.benchlens.check.CheckOutcome;
import dev.benchlens.check.Failure;
import dev.benchlens.check.GateVerdict;
import dev.benchlens.check.GatedRow;
import dev.benchlens.check.Regression;
import dev.benchlens.compare.Comparison;
import dev.benchlens.compare.ComparisonRow;
import dev.benchlens.compare.RunSummary;
import dev.benchlens.format.RunIdentity;
import java.util.Locale;

/**
 * The comparison or summary records as JSON, field for field, for scripts. Non-finite numbers are written as the
 * strings {@code "NaN"} and {@code "Infinity"}, and unknown values are left out.
 */
public final class JsonFormat implements ResultFormat {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /**
     * The comparison's records, with each row carrying the names and environments of both its runs
     * ({@code baseline_run}, {@code baseline_env}, {@code candidate_run}, {@code candidate_env}) as the CSV does,
     * and its gate verdict at the comparison's threshold with the change's interval and what it could detect.
     */
    @Override
    public String comparison(Comparison comparison) {
        ObjectNode root = MAPPER.valueToTree(comparison);
        RunIdentity base = comparison.baselineRun();
        JsonNode rows = root.path("rows");
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = (ObjectNode) rows.get(i);
            RunIdentity candidate =
                    comparison.candidateRuns().get(row.path("candidateIndex").asInt());
            row.put("baseline_run", base.name())
                    .put("baseline_env", base.environment().id())
                    .put("candidate_run", candidate.name())
                    .put("candidate_env", candidate.environment().id());
            ComparisonRow compared = comparison.rows().get(i);
            row.put(
                            "gate_verdict",
                            GateVerdict.of(compared, comparison.maxRegressionPercent())
                                    .word())
                    .put("detectable_pct", compared.detectablePercent())
                    .set("change_ci", MAPPER.valueToTree(compared.changeInterval()));
        }
        return write(root);
    }

    @Override
    public String runSummary(RunSummary summary) {
        return write(summary);
    }

    /**
     * The verdict, the summary line and every finding: each failure's record with its {@code kind} and
     * {@code message} (a regression's row unwrapped into it), the problems and notes as sentences, and every gated
     * row with its verdict word ({@code regression}, {@code within}, {@code inconclusive}) and label.
     */
    @Override
    public String check(CheckOutcome outcome) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("verdict", outcome.verdict().name().toLowerCase(Locale.ROOT)).put("summary", outcome.summary());
        ArrayNode failures = root.putArray("failures");
        for (Failure f : outcome.result().failures()) {
            ObjectNode node = failures.addObject().put("kind", FailureCells.kind(f));
            ObjectNode fields = MAPPER.valueToTree(f);
            if (f instanceof Regression r) {
                fields.remove("row");
                fields.setAll(gatedRow(r.row()));
                fields.put("allowedPercent", r.allowedPercent());
            }
            node.setAll(fields);
            node.put("message", f.message());
        }
        ArrayNode rows = root.putArray("rows");
        for (GatedRow row : outcome.result().gated()) {
            rows.add(gatedRow(row));
        }
        root.set("problems", MAPPER.valueToTree(outcome.result().problems()));
        root.set("notes", MAPPER.valueToTree(outcome.result().notes()));
        root.put("unreadableFiles", outcome.unreadableFiles());
        return write(root);
    }

    private static ObjectNode gatedRow(GatedRow row) {
        ObjectNode node = MAPPER.valueToTree(row);
        node.put("verdict", row.verdict().word()).put("label", row.label());
        return node;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
