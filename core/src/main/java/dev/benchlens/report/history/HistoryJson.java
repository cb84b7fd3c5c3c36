package dev.benchlens.report.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchlens.format.Interval;
import dev.benchlens.history.Change;
import dev.benchlens.history.History;
import dev.benchlens.history.SelfTest;
import dev.benchlens.history.Series;
import dev.benchlens.history.SeriesPoint;
import dev.benchlens.match.CaseKey;
import java.util.List;

/**
 * The history as JSON for scripts: the options, every series with its points (run, value, interval, seconds), its
 * change points and its weak ones (each with a {@code cause} when the recorded environment changed there), and the
 * warnings. Unknown intervals and causes are left out.
 */
final class HistoryJson implements HistoryFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String history(History history) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("runs", history.runs());
        root.putObject("options")
                .put("max_p", history.options().maxPValue())
                .put("weak_p", history.options().weakPValue())
                .put("min_magnitude", history.options().minMagnitude())
                .put("min_segment", history.options().minSegment())
                .put("level", history.options().level());
        ArrayNode series = root.putArray("series");
        for (Series s : history.series()) {
            ObjectNode node = series.addObject();
            node.put("group", s.group());
            key(node, s.key());
            node.put("basis", s.basis().label());
            if (s.reference() != null) {
                node.put("reference", s.reference());
            }
            ArrayNode points = node.putArray("points");
            for (SeriesPoint p : s.points()) {
                ObjectNode point = points.addObject().put("run", p.run().name()).put("value", p.value());
                interval(point, p.ci95());
                point.put("seconds", p.seconds());
            }
            changes(node.putArray("changes"), s.changes());
            changes(node.putArray("weak_changes"), s.weak());
        }
        ArrayNode warnings = root.putArray("warnings");
        history.warnings().forEach(warnings::add);
        return write(root);
    }

    @Override
    public String selfTest(List<SelfTest.GroupResult> groups) {
        ArrayNode root = MAPPER.createArrayNode();
        for (SelfTest.GroupResult group : groups) {
            ObjectNode node = root.addObject()
                    .put("group", group.group())
                    .put("runs", group.runs())
                    .put("series", group.series());
            ArrayNode steps = node.putArray("steps");
            for (SelfTest.StepRate rate : group.rates()) {
                steps.addObject()
                        .put("step", rate.step())
                        .put("trials", rate.trials())
                        .put("found", rate.found())
                        .put("found_rate", rate.foundRate())
                        .put("elsewhere", rate.falseChanges());
            }
        }
        return write(root);
    }

    private static String write(com.fasterxml.jackson.databind.JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void changes(ArrayNode array, List<Change> changes) {
        for (Change c : changes) {
            ObjectNode change = array.addObject()
                    .put("index", c.index())
                    .put("run", c.firstRunAfter().name())
                    .put("ratio", c.ratio());
            interval(change, c.interval());
            change.put("p", c.p()).put("runs_before", c.runsBefore()).put("runs_after", c.runsAfter());
            if (c.environmental()) {
                change.put("cause", c.cause());
            }
        }
    }

    private static void key(ObjectNode node, CaseKey key) {
        node.put("shape", key.shape().toString())
                .put("dtype", key.dtype())
                .put("layout", key.layout().label())
                .put("operation", key.operation())
                .put("implementation", key.implementation());
    }

    private static void interval(ObjectNode node, Interval interval) {
        if (interval != null) {
            node.put("ci_low", interval.low()).put("ci_high", interval.high());
        }
    }
}
