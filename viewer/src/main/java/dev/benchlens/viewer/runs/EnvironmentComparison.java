package dev.benchlens.viewer.runs;

import dev.benchlens.format.Run;
import dev.benchlens.report.RunFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays the runs' metadata side by side, field by field, marking the fields on which they differ. */
public final class EnvironmentComparison {

    private EnvironmentComparison() {}

    public static List<EnvironmentRow> of(List<Run> runs) {
        List<Map<String, String>> flat = runs.stream().map(RunFields::of).toList();
        Set<String> fields = new LinkedHashSet<>();
        flat.forEach(m -> fields.addAll(m.keySet()));
        List<EnvironmentRow> rows = new ArrayList<>();
        for (String field : fields) {
            List<String> values =
                    flat.stream().map(m -> m.getOrDefault(field, "")).toList();
            rows.add(
                    new EnvironmentRow(field, values, values.stream().distinct().count() > 1));
        }
        return rows;
    }
}
