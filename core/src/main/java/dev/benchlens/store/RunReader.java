package dev.benchlens.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.benchlens.format.ArtifactJson;
import dev.benchlens.format.Case;
import dev.benchlens.format.Environment;
import dev.benchlens.format.Fact;
import dev.benchlens.format.Layout;
import dev.benchlens.format.Measurement;
import dev.benchlens.format.Operation;
import dev.benchlens.format.Run;
import dev.benchlens.format.RunIdentity;
import dev.benchlens.format.RunMetadata;
import dev.benchlens.format.RunWarning;
import dev.benchlens.format.Shape;
import dev.benchlens.format.Speedup;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads runs back from their rows: one query per table for all the runs a filter selects, put together in Java,
 * so that a thousand runs cost five queries, not five thousand.
 */
final class RunReader {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Connection connection;
    /** A history's runs share a few dozen shapes; each is parsed once. */
    private final Map<String, Shape> shapes = new HashMap<>();

    RunReader(Connection connection) {
        this.connection = connection;
    }

    /** The runs {@code where} selects (a condition on {@code runs r} with {@code ?} for each value), by id. */
    List<IndexedRun> read(String where, List<String> values) throws SQLException {
        Map<Long, Parts> parts = new LinkedHashMap<>();
        query(
                "SELECT r.id, r.content_hash, r.environment, r.environment_reason, r.name, r.path, r.origin,"
                        + " r.metadata_json, r.warnings_json FROM runs r" + where + " ORDER BY r.id",
                values,
                rs -> parts.put(rs.getLong(1), new Parts(rs)));
        if (parts.isEmpty()) {
            return List.of();
        }
        query(
                "SELECT f.run_id, f.label, f.value, f.reason FROM run_facts f JOIN runs r ON r.id = f.run_id" + where
                        + " ORDER BY f.run_id, f.position",
                values,
                rs -> parts.get(rs.getLong(1)).facts.add(new Fact(rs.getString(2), rs.getString(3), rs.getString(4))));
        query(
                "SELECT c.run_id, c.shape, c.dtype, c.layout FROM cases c JOIN runs r ON r.id = c.run_id" + where
                        + " ORDER BY c.run_id, c.case_index",
                values,
                rs -> parts.get(rs.getLong(1)).cases.add(new CaseParts(rs, shape(rs.getString(2)))));
        query(
                "SELECT o.run_id, o.case_index, o.name, o.description, o.speedup_reference, o.speedup_candidate,"
                        + " o.speedup_value FROM operations o JOIN runs r ON r.id = o.run_id" + where
                        + " ORDER BY o.run_id, o.case_index, o.operation_index",
                values,
                rs -> parts.get(rs.getLong(1))
                        .cases
                        .get(rs.getInt(2))
                        .operations
                        .add(new OperationParts(rs)));
        query(
                "SELECT m.run_id, m.case_index, m.operation_index, m.implementation, m.unit, m.samples, m.mean,"
                        + " m.median, m.min, m.stddev, m.raw FROM measurements m JOIN runs r ON r.id = m.run_id"
                        + where + " ORDER BY m.run_id, m.case_index, m.operation_index, m.position",
                values,
                rs -> parts.get(rs.getLong(1))
                        .cases
                        .get(rs.getInt(2))
                        .operations
                        .get(rs.getInt(3))
                        .measurements
                        .add(measurement(rs)));
        List<IndexedRun> runs = new ArrayList<>(parts.size());
        for (Parts p : parts.values()) {
            runs.add(p.build());
        }
        return runs;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<String> values, Row row) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private Shape shape(String json) throws SQLException {
        Shape known = shapes.get(json);
        if (known == null) {
            known = fromJson(json, Shape.class, "shape");
            shapes.put(json, known);
        }
        return known;
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        int samples = rs.getInt(6);
        Integer sampleCount = rs.wasNull() ? null : samples;
        return new Measurement(
                rs.getString(4),
                rs.getString(5),
                sampleCount,
                rs.getDouble(7),
                nullableDouble(rs, 8),
                nullableDouble(rs, 9),
                nullableDouble(rs, 10),
                doubles(rs.getBytes(11)));
    }

    static List<Double> doubles(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes == null ? new byte[0] : bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Double> values = new ArrayList<>(buffer.remaining() / Double.BYTES);
        while (buffer.remaining() >= Double.BYTES) {
            values.add(buffer.getDouble());
        }
        return values;
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static <T> T fromJson(String json, Class<T> type, String what) throws SQLException {
        try {
            return ArtifactJson.lenientReader().readValue(json, type);
        } catch (IOException e) {
            throw new SQLException("a stored run's " + what + " is not readable: " + e.getMessage(), e);
        }
    }

    private static Environment environment(String id) {
        for (Environment e : Environment.values()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return Environment.UNKNOWN;
    }

    /** A run's rows as they arrive, table by table. */
    private static final class Parts {
        final String hash;
        final Environment environment;
        final String environmentReason;
        final String name;
        final String path;
        final String origin;
        final RunMetadata metadata;
        final List<String> warnings;
        final List<Fact> facts = new ArrayList<>();
        final List<CaseParts> cases = new ArrayList<>();

        Parts(ResultSet rs) throws SQLException {
            hash = rs.getString(2);
            environment = environment(rs.getString(3));
            environmentReason = rs.getString(4);
            name = rs.getString(5);
            path = rs.getString(6);
            origin = rs.getString(7);
            metadata = fromJson(rs.getString(8), RunMetadata.class, "metadata");
            try {
                warnings = ArtifactJson.lenientReader().forType(STRINGS).readValue(rs.getString(9));
            } catch (IOException e) {
                throw new SQLException("a stored run's warnings are not readable: " + e.getMessage(), e);
            }
        }

        IndexedRun build() {
            List<Case> built = new ArrayList<>(cases.size());
            for (CaseParts c : cases) {
                built.add(c.build());
            }
            RunIdentity identity = new RunIdentity(environment, environmentReason, name, path, facts);
            return new IndexedRun(hash, new Run(origin, metadata, built, RunWarning.notes(warnings), identity));
        }
    }

    private static final class CaseParts {
        final Shape shape;
        final String dtype;
        final Layout layout;
        final List<OperationParts> operations = new ArrayList<>();

        CaseParts(ResultSet rs, Shape shape) throws SQLException {
            this.shape = shape;
            dtype = rs.getString(3);
            layout = Layout.of(rs.getString(4));
        }

        Case build() {
            List<Operation> built = new ArrayList<>(operations.size());
            for (OperationParts o : operations) {
                built.add(new Operation(o.name, o.description, o.measurements, o.speedup));
            }
            return new Case(shape, dtype, layout, built);
        }
    }

    private static final class OperationParts {
        final String name;
        final String description;
        final Speedup speedup;
        final List<Measurement> measurements = new ArrayList<>();

        OperationParts(ResultSet rs) throws SQLException {
            name = rs.getString(3);
            description = rs.getString(4);
            String reference = rs.getString(5);
            speedup = reference == null ? null : new Speedup(reference, rs.getString(6), rs.getDouble(7));
        }
    }
}
