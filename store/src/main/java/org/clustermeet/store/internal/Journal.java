package org.clustermeet.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The store's SQL, the same on H2 and PostgreSQL: three tables, {@code clustermeet_schema} (the
 * schema version row), {@code clustermeet_snapshot} (canonical documents by the sequence number
 * they cover) and {@code clustermeet_journal} (one row per change; its primary key on the
 * sequence number is what refuses a change decided on a stale state). Each method runs inside the
 * caller's transaction and neither commits nor rolls back.
 */
public final class Journal {

    /** The version of the tables this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final String COMPONENT = "clustermeet-store";

    private static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS clustermeet_schema (component VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "version INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS clustermeet_snapshot (seq BIGINT NOT NULL PRIMARY KEY, "
                    + "taken_at TIMESTAMP WITH TIME ZONE NOT NULL, document TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS clustermeet_journal (seq BIGINT NOT NULL PRIMARY KEY, "
                    + "recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, kind VARCHAR(32) NOT NULL, "
                    + "change_json TEXT NOT NULL)");

    /**
     * A journal row.
     *
     * @param sequence   its sequence number
     * @param recordedAt when it was recorded
     * @param kind       what kind of change it is (register, cancel, ...)
     * @param change     the change as JSON ({@link ChangeCodec})
     */
    public record Row(long sequence, Instant recordedAt, String kind, String change) {
    }

    /**
     * A snapshot.
     *
     * @param sequence the last journal sequence number it covers (0: the store's first document)
     * @param document the canonical JSON document
     */
    public record Snapshot(long sequence, String document) {
    }

    private Journal() {
    }

    /** Creates the tables if they are missing (DDL; some databases commit it at once). */
    public static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : CREATE) {
                s.execute(sql);
            }
        }
    }

    /**
     * Returns the schema version recorded in the database.
     *
     * @return the version, or empty when the tables exist but hold no version row
     * @throws SQLException when the table is missing, among other failures
     */
    public static OptionalInt schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT version FROM clustermeet_schema WHERE component = ?")) {
            p.setString(1, COMPONENT);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? OptionalInt.of(r.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /** Records this code's schema version. */
    public static void recordSchemaVersion(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO clustermeet_schema (component, version) VALUES (?, ?)")) {
            p.setString(1, COMPONENT);
            p.setInt(2, SCHEMA_VERSION);
            p.executeUpdate();
        }
    }

    /** {@return the sequence number of the newest snapshot, if there is one} */
    public static OptionalLong snapshotSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(seq) FROM clustermeet_snapshot")) {
            r.next();
            long seq = r.getLong(1);
            return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
        }
    }

    /** {@return the newest snapshot, if there is one} */
    public static Optional<Snapshot> latestSnapshot(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, document FROM clustermeet_snapshot "
                     + "WHERE seq = (SELECT MAX(seq) FROM clustermeet_snapshot)")) {
            return r.next() ? Optional.of(new Snapshot(r.getLong(1), r.getString(2))) : Optional.empty();
        }
    }

    /** Writes a snapshot; fails with a unique-key violation if one with that sequence number exists. */
    public static void writeSnapshot(Connection c, long sequence, String document, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO clustermeet_snapshot (seq, taken_at, document) VALUES (?, ?, ?)")) {
            p.setLong(1, sequence);
            p.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setString(3, document);
            p.executeUpdate();
        }
    }

    /**
     * Drops what a snapshot covers: older snapshots and the journal rows up to its sequence number.
     *
     * @return the number of journal rows dropped
     */
    public static int dropCoveredBy(Connection c, long sequence) throws SQLException {
        try (PreparedStatement snapshots = c.prepareStatement("DELETE FROM clustermeet_snapshot WHERE seq < ?");
             PreparedStatement rows = c.prepareStatement("DELETE FROM clustermeet_journal WHERE seq <= ?")) {
            snapshots.setLong(1, sequence);
            snapshots.executeUpdate();
            rows.setLong(1, sequence);
            return rows.executeUpdate();
        }
    }

    /** {@return the journal rows after a sequence number, in order} */
    public static List<Row> rowsAfter(Connection c, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, recorded_at, kind, change_json FROM clustermeet_journal WHERE seq > ? ORDER BY seq")) {
            p.setLong(1, sequence);
            try (ResultSet r = p.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                            r.getString(4)));
                }
                return rows;
            }
        }
    }

    /** {@return the change recorded under a sequence number, if there is one} */
    public static Optional<String> changeAt(Connection c, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT change_json FROM clustermeet_journal WHERE seq = ?")) {
            p.setLong(1, sequence);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Appends a change decided on the state at {@code sequence - 1}.
     *
     * @return false when that state is stale: a snapshot already covers the sequence number (the
     *         caller rolls back and catches up); a row with that number already there fails with a
     *         unique-key violation ({@link #isUniqueViolation})
     */
    public static boolean append(Connection c, long sequence, Instant at, String kind, String change)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO clustermeet_journal (seq, recorded_at, kind, change_json) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, sequence);
            p.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setString(3, kind);
            p.setString(4, change);
            p.executeUpdate();
        }
        // A separate statement sees a compaction committed while the insert waited for it.
        return snapshotSequence(c).orElse(-1) < sequence;
    }

    /** Whether a failure is a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure says a table is missing (SQLSTATE 42P01 on PostgreSQL, 42S02 or 42S04 on H2). */
    public static boolean isMissingTable(SQLException e) {
        String state = e.getSQLState();
        return "42P01".equals(state) || "42S02".equals(state) || "42S04".equals(state);
    }

    /**
     * Describes a database failure in one short line: its SQLSTATE and the first line of its
     * message, cut at 200 characters (some drivers quote whole rows, personal data included).
     */
    public static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return message + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")");
    }
}
