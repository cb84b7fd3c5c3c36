package dev.benchlens.read.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchlens.format.RunMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The run metadata one JMH record states: its JVM and its harness settings. Nothing else is guessed. */
final class JmhMetadata {

    private JmhMetadata() {}

    static RunMetadata of(JsonNode record) {
        List<String> flags = new ArrayList<>();
        record.path("jvmArgs").forEach(arg -> flags.add(arg.asText()));
        RunMetadata.Jvm jvm = new RunMetadata.Jvm(null, text(record, "jdkVersion"), flags);
        String jmhVersion = text(record, "jmhVersion");
        RunMetadata.Harness harness = new RunMetadata.Harness(
                jmhVersion == null ? "JMH" : "JMH " + jmhVersion,
                text(record, "mode"),
                integer(record, "warmupIterations"),
                text(record, "warmupTime"),
                integer(record, "measurementIterations"),
                text(record, "measurementTime"),
                integer(record, "forks"));
        Map<String, String> extra = new TreeMap<>();
        putIfPresent(extra, "jmh.vmName", text(record, "vmName"));
        putIfPresent(extra, "jmh.vmVersion", text(record, "vmVersion"));
        putIfPresent(extra, "jmh.jvm", text(record, "jvm"));
        putIfPresent(extra, "jmh.threads", text(record, "threads"));
        return new RunMetadata(null, null, null, null, jvm, null, null, null, null, null, null, null, harness, extra);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static Integer integer(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value != null && value.canConvertToInt() ? value.asInt() : null;
    }
}
