package dev.benchlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The runs Benchlens has read, kept by content hash so that a history outlives the artifacts: on this machine in
 * SQLite, or for a team in PostgreSQL. Every write is one transaction; every value goes through a prepared
 * statement. Open one with {@link Stores#open}.
 */
public final class RunStore implements AutoCloseable {

    private static final String SUMMARY = "SELECT r.content_hash, r.name, r.repository, r.environment, r.started_at,"
            + " r.origin, r.artifact_id, r.workflow_run, r.commit_sha, r.branch, r.event,"
            + " (SELECT COUNT(*) FROM measurements m WHERE m.run_id = r.id) FROM runs r";

    private final StoreAddress address;
    private final DataSource dataSource;
    private final AutoCloseable resources;
    private final boolean readOnly;

    RunStore(StoreAddress address, DataSource dataSource, AutoCloseable resources, boolean readOnly) {
        this.address = address;
        this.dataSource = dataSource;
        this.resources = resources;
        this.readOnly = readOnly;
    }

    public StoreAddress address() {
        return address;
    }

    /** True when the store can be read but not written (a file the user may not write): nothing is indexed. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Adds the runs not yet stored, all in one transaction; returns how many were added. */
    public int add(Collection<IndexedRun> runs) throws StoreException {
        if (readOnly || runs.isEmpty()) {
            return 0;
        }
        return inTransaction("add runs to", connection -> {
            // Runs stored with their origin are skipped; the others are added, or given the origin they lack.
            Set<String> seen = new HashSet<>(
                    withOrigin(connection, runs.stream().map(IndexedRun::hash).toList()));
            RunWriter writer = new RunWriter(connection);
            int added = 0;
            for (IndexedRun run : runs) {
                if (seen.add(run.hash()) && writer.add(run)) {
                    added++;
                }
            }
            return added;
        });
    }

    /** The runs the filter selects, with their identity and measurements as they were indexed. */
    public List<IndexedRun> runs(RunFilter filter) throws StoreException {
        return read("read runs from", c -> new RunReader(c).read(filter.where(), filter.values()));
    }

    /** The runs whose hashes are given (those the store has). */
    public List<IndexedRun> runs(Collection<String> hashes) throws StoreException {
        List<IndexedRun> found = new ArrayList<>();
        List<String> all = List.copyOf(hashes);
        for (int from = 0; from < all.size(); from += 200) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 200));
            String where = " WHERE r.content_hash IN ("
                    + String.join(", ", batch.stream().map(h -> "?").toList()) + ")";
            found.addAll(read("read runs from", c -> new RunReader(c).read(where, batch)));
        }
        return found;
    }

    /** Every stored run's hash. */
    public Set<String> hashes() throws StoreException {
        return distinct("SELECT content_hash FROM runs");
    }

    /** Where the stored runs were read from: each run's origin (a file, or {@code archive.zip!/entry.json}). */
    public Set<String> origins() throws StoreException {
        return distinct("SELECT DISTINCT origin FROM runs");
    }

    private Set<String> distinct(String query) throws StoreException {
        return read("read", c -> {
            Set<String> values = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement(query);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    /** What the store holds for each run the filter selects, oldest first, without the measurements. */
    public List<StoredRun> list(RunFilter filter) throws StoreException {
        return summaries(filter.where(), filter.values());
    }

    /**
     * The run a hash or a unique prefix of it (at least four characters) names.
     *
     * @throws StoreException when no run or more than one has that prefix
     */
    public StoredRun find(String prefix) throws StoreException {
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (p.length() < 4 || !p.matches("[0-9a-f]+")) {
            throw new StoreException(
                    "'" + prefix + "' is not a run's hash (at least four hex digits, as store list" + " shows them)");
        }
        List<StoredRun> found = summaries(" WHERE r.content_hash LIKE ?", List.of(p + "%"));
        if (found.isEmpty()) {
            throw new StoreException("no stored run has the hash " + p + " in " + address);
        }
        if (found.size() > 1) {
            throw new StoreException(
                    found.size() + " stored runs have hashes starting with " + p + "; give more of it");
        }
        return found.getFirst();
    }

    /** Removes the run with this full hash, in one transaction; its zip, if any, is left alone. */
    public void forget(String hash) throws StoreException {
        if (readOnly) {
            throw new StoreException(address + " is read-only: nothing can be forgotten");
        }
        inTransaction("forget a run in", connection -> {
            Long id = null;
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM runs WHERE content_hash = ?")) {
                s.setString(1, hash);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
            }
            if (id != null) {
                for (String table : List.of("measurements", "operations", "cases", "run_facts")) {
                    try (PreparedStatement s =
                            connection.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = connection.prepareStatement("DELETE FROM runs WHERE id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
            return id != null;
        });
    }

    /**
     * Copies to {@code target} the runs it does not have, {@code batch} at a time; returns how many were added.
     * Copying twice adds nothing the second time: runs are matched by content hash.
     */
    public int copyTo(RunStore target, Progress progress) throws StoreException {
        Set<String> missing = new HashSet<>(hashes());
        missing.removeAll(target.hashes());
        List<String> todo = missing.stream().sorted().toList();
        int added = 0;
        for (int from = 0; from < todo.size(); from += 100) {
            List<String> batch = todo.subList(from, Math.min(todo.size(), from + 100));
            added += target.add(runs(batch));
            progress.copied(Math.min(todo.size(), from + 100), todo.size());
        }
        return added;
    }

    /** Told after each batch of a copy. */
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void copied(int done, int total);
    }

    private List<StoredRun> summaries(String where, List<String> values) throws StoreException {
        return read("list the runs of", c -> {
            List<StoredRun> runs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SUMMARY + where + " ORDER BY r.started_at, r.id")) {
                for (int i = 0; i < values.size(); i++) {
                    s.setString(i + 1, values.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long artifact = rs.getLong(7);
                        Long artifactId = rs.wasNull() ? null : artifact;
                        runs.add(new StoredRun(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                artifactId,
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11),
                                rs.getInt(12)));
                    }
                }
            }
            return runs;
        });
    }

    /** The hashes stored with their repository known: nothing can be added to them. */
    private static Set<String> withOrigin(Connection connection, List<String> hashes) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement s =
                connection.prepareStatement("SELECT 1 FROM runs WHERE content_hash = ? AND repository <> ''")) {
            for (String hash : hashes) {
                s.setString(1, hash);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        known.add(hash);
                    }
                }
            }
        }
        return known;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) throws StoreException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private <T> T inTransaction(String what, Work<T> work) throws StoreException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(
                "cannot " + what + " the store " + address + ": " + Schema.firstLine(e.getMessage()), e);
    }

    @Override
    public void close() throws StoreException {
        try {
            resources.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the store " + address + ": " + e.getMessage(), e);
        }
    }
}
