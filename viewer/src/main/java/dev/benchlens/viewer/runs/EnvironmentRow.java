package dev.benchlens.viewer.runs;

import java.util.List;

/**
 * One metadata field across the runs shown side by side.
 *
 * @param values one per run, in run-list order; empty text where a run did not record the field
 * @param differs whether the runs disagree on it
 */
public record EnvironmentRow(String field, List<String> values, boolean differs) {

    public EnvironmentRow {
        values = List.copyOf(values);
    }
}
