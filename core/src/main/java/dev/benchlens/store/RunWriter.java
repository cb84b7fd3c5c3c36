package dev.benchlens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Fact;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunMetadata;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Writes one run's rows inside the caller's transaction: the run, its facts, cases, operations and measurements. */
final class RunWriter {

    private static final String INSERT_RUN = "INSERT INTO runs (content_hash, repository, environment,"
            + " environment_reason, name, path, origin, started_at, artifact_id, workflow_run, commit_sha, branch,"
            + " event, metadata_json, warnings_json, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (content_hash) DO NOTHING";

    private final Connection connection;

    RunWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Adds the run unless a run with its hash is there (another process may have added it a moment ago); a stored
     * run that was read from a plain file gets the GitHub origin of the same run fetched later.
     */
    boolean add(IndexedRun indexed) throws SQLException {
        Long id = insertRun(indexed);
        if (id == null) {
            enrich(indexed);
            return false;
        }
        Run run = indexed.run();
        insertFacts(id, run.identity().facts());
        insertCases(id, run.cases());
        return true;
    }

    private void enrich(IndexedRun indexed) throws SQLException {
        Run run = indexed.run();
        RunMetadata m = run.metadata();
        String repository = m.extra().get(Origins.REPOSITORY);
        if (repository == null || repository.isEmpty()) {
            return;
        }
        Long id = null;
        try (PreparedStatement s =
                connection.prepareStatement("SELECT id FROM runs WHERE content_hash = ? AND repository = ''")) {
            s.setString(1, indexed.hash());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        if (id == null) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("UPDATE runs SET repository = ?, environment = ?,"
                + " environment_reason = ?, name = ?, path = ?, origin = ?, started_at = ?, artifact_id = ?,"
                + " workflow_run = ?, commit_sha = ?, branch = ?, event = ?, metadata_json = ? WHERE id = ?")) {
            int i = 0;
            s.setString(++i, repository);
            i = setOrigin(s, i, run);
            s.setString(++i, json(m));
            s.setLong(++i, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM run_facts WHERE run_id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        insertFacts(id, run.identity().facts());
    }

    /** Sets environment, its reason, name, path, origin, start, artifact, workflow run, commit, branch, event. */
    private static int setOrigin(PreparedStatement s, int index, Run run) throws SQLException {
        RunMetadata m = run.metadata();
        int i = index;
        s.setString(++i, run.identity().environment().id());
        s.setString(++i, run.identity().environmentReason());
        s.setString(++i, run.identity().name());
        s.setString(++i, run.identity().path());
        s.setString(++i, run.origin());
        s.setString(++i, m.startedAt() == null ? null : m.startedAt().toString());
        setLong(s, ++i, Origins.artifactId(m));
        s.setString(++i, m.ci() == null ? null : m.ci().runId());
        s.setString(++i, m.git() == null ? null : m.git().commit());
        s.setString(++i, m.git() == null ? null : m.git().ref());
        s.setString(++i, m.extra().get(Origins.EVENT));
        return i;
    }

    private Long insertRun(IndexedRun indexed) throws SQLException {
        Run run = indexed.run();
        RunMetadata m = run.metadata();
        try (PreparedStatement s = connection.prepareStatement(INSERT_RUN)) {
            int i = 0;
            s.setString(++i, indexed.hash());
            s.setString(++i, nonNull(m.extra().get(Origins.REPOSITORY)));
            i = setOrigin(s, i, run);
            s.setString(++i, json(m));
            s.setString(++i, json(run.warnings()));
            s.setString(++i, Instant.now().toString());
            if (s.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM runs WHERE content_hash = ?")) {
            s.setString(1, indexed.hash());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insertFacts(long id, List<Fact> facts) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO run_facts (run_id, position, label, value, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (int position = 0; position < facts.size(); position++) {
                Fact fact = facts.get(position);
                s.setLong(1, id);
                s.setInt(2, position);
                s.setString(3, fact.label());
                s.setString(4, fact.value());
                s.setString(5, fact.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertCases(long id, List<Case> cases) throws SQLException {
        try (PreparedStatement caseRow = connection.prepareStatement(
                        "INSERT INTO cases (run_id, case_index, shape, dtype, layout) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement operationRow = connection.prepareStatement("INSERT INTO operations (run_id,"
                        + " case_index, operation_index, name, description, speedup_reference, speedup_candidate,"
                        + " speedup_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement measurementRow = connection.prepareStatement("INSERT INTO measurements (run_id,"
                        + " case_index, operation_index, position, implementation, unit, samples, mean, median, min,"
                        + " stddev, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int c = 0; c < cases.size(); c++) {
                Case aCase = cases.get(c);
                caseRow.setLong(1, id);
                caseRow.setInt(2, c);
                caseRow.setString(3, json(aCase.shape()));
                caseRow.setString(4, aCase.dtype());
                caseRow.setString(5, aCase.layout().label());
                caseRow.addBatch();
                for (int o = 0; o < aCase.operations().size(); o++) {
                    Operation op = aCase.operations().get(o);
                    operationRow.setLong(1, id);
                    operationRow.setInt(2, c);
                    operationRow.setInt(3, o);
                    operationRow.setString(4, op.name());
                    operationRow.setString(5, op.description());
                    operationRow.setString(
                            6, op.speedup() == null ? null : op.speedup().reference());
                    operationRow.setString(
                            7, op.speedup() == null ? null : op.speedup().candidate());
                    setDouble(
                            operationRow,
                            8,
                            op.speedup() == null ? null : op.speedup().value());
                    operationRow.addBatch();
                    for (int p = 0; p < op.measurements().size(); p++) {
                        Measurement m = op.measurements().get(p);
                        measurementRow.setLong(1, id);
                        measurementRow.setInt(2, c);
                        measurementRow.setInt(3, o);
                        measurementRow.setInt(4, p);
                        measurementRow.setString(5, m.implementation());
                        measurementRow.setString(6, m.unit());
                        if (m.samples() == null) {
                            measurementRow.setNull(7, Types.INTEGER);
                        } else {
                            measurementRow.setInt(7, m.samples());
                        }
                        measurementRow.setDouble(8, m.mean());
                        setDouble(measurementRow, 9, m.median());
                        setDouble(measurementRow, 10, m.min());
                        setDouble(measurementRow, 11, m.stddev());
                        measurementRow.setBytes(12, bytes(m.raw()));
                        measurementRow.addBatch();
                    }
                }
            }
            caseRow.executeBatch();
            operationRow.executeBatch();
            measurementRow.executeBatch();
        }
    }

    /** Samples as little-endian doubles: eight bytes each, NaN and infinities kept as they are. */
    static byte[] bytes(List<Double> values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.size() * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Double value : values) {
            buffer.putDouble(value);
        }
        return buffer.array();
    }

    static String json(Object value) {
        try {
            return ArtifactJson.mapper()
                    .writer()
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}
