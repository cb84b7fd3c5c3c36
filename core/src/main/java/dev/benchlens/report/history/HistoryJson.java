package dev.benchlens.report.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchlens.format.Interval;
import dev.benchlens.history.Change;
import dev.benchlens.history.History;
import dev.benchlens.history.Series;
import dev.benchlens.history.SeriesPoint;
import dev.benchlens.match.CaseKey;

/**
 * The history as JSON for scripts: the options, every series with its points (run, value, interval, seconds) and
 * its change points, and the warnings. Unknown intervals are left out.
 */
final class HistoryJson implements HistoryFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String history(History history) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("runs", history.runs());
        root.putObject("options")
                .put("max_p", history.options().maxPValue())
                .put("min_magnitude", history.options().minMagnitude())
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
            ArrayNode changes = node.putArray("changes");
            for (Change c : s.changes()) {
                ObjectNode change = changes.addObject()
                        .put("index", c.index())
                        .put("run", c.firstRunAfter().name())
                        .put("ratio", c.ratio());
                interval(change, c.interval());
                change.put("p", c.p()).put("runs_before", c.runsBefore()).put("runs_after", c.runsAfter());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        history.warnings().forEach(warnings::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void key(ObjectNode node, CaseKey key) {
        node.put("shape", key.shape().toString())
                .put("dtype", key.dtype())
                .put("layout", key.layout())
                .put("operation", key.operation())
                .put("implementation", key.implementation());
    }

    private static void interval(ObjectNode node, Interval interval) {
        if (interval != null) {
            node.put("ci_low", interval.low()).put("ci_high", interval.high());
        }
    }
}
