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
 * The store's SQL, the same on H2 and PostgreSQL but for the type of a snapshot's document (a
 * {@code CLOB} on H2, which keeps a long {@code VARCHAR} inside the table's pages and reads it whole
 * when the table is opened; {@code TEXT} on PostgreSQL) and for how a group of changes is appended
 * ({@link GroupAppend}): four tables, {@code clustermeet_schema} (the
 * schema version row), {@code clustermeet_snapshot} (canonical documents by the sequence number
 * they cover, each with the checksum chain's value there), {@code clustermeet_journal} (one row
 * per change, kept after compactions as the store's history; its primary key on the sequence
 * number is what refuses a change decided on a stale state) and {@code clustermeet_head} (the
 * latest row's sequence number and checksum, so that a row removed from the end is noticed). Each
 * method runs inside the caller's transaction and neither commits nor rolls back.
 */
public final class Journal {

    /** The version of the tables this code writes and reads. */
    public static final int SCHEMA_VERSION = 2;
    /** The version of the tables before rows carried formats and checksums; opening upgrades it. */
    public static final int FIRST_SCHEMA_VERSION = 1;
    /** The format of the rows and snapshots this code writes. */
    public static final int FORMAT = 2;
    /** The format of rows and snapshots written before formats were recorded. */
    public static final int FIRST_FORMAT = 1;

    static final String COMPONENT = "clustermeet-store";

    /** Replaced by the database's type for a snapshot's document. */
    private static final String DOCUMENT_TYPE = "${document}";
    private static final String H2 = "H2";
    private static final String H2_DOCUMENT_TYPE = "CLOB";

    private static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS clustermeet_schema (component VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "version INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS clustermeet_snapshot (seq BIGINT NOT NULL PRIMARY KEY, "
                    + "taken_at TIMESTAMP WITH TIME ZONE NOT NULL, document " + DOCUMENT_TYPE + " NOT NULL, "
                    + "format INTEGER DEFAULT 1 NOT NULL, chain VARCHAR(64), checksum VARCHAR(64))",
            "CREATE TABLE IF NOT EXISTS clustermeet_journal (seq BIGINT NOT NULL PRIMARY KEY, "
                    + "recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, kind VARCHAR(32) NOT NULL, "
                    + "change_json TEXT NOT NULL, format INTEGER DEFAULT 1 NOT NULL, actor VARCHAR(64), "
                    + "checksum VARCHAR(64))",
            "CREATE TABLE IF NOT EXISTS clustermeet_head (component VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "seq BIGINT NOT NULL, checksum VARCHAR(64) NOT NULL)");

    /** What a store of the first schema version lacks; each statement may run again. */
    private static final List<String> UPGRADE = List.of(
            "ALTER TABLE clustermeet_snapshot ADD COLUMN IF NOT EXISTS format INTEGER DEFAULT 1 NOT NULL",
            "ALTER TABLE clustermeet_snapshot ADD COLUMN IF NOT EXISTS chain VARCHAR(64)",
            "ALTER TABLE clustermeet_snapshot ADD COLUMN IF NOT EXISTS checksum VARCHAR(64)",
            "ALTER TABLE clustermeet_journal ADD COLUMN IF NOT EXISTS format INTEGER DEFAULT 1 NOT NULL",
            "ALTER TABLE clustermeet_journal ADD COLUMN IF NOT EXISTS actor VARCHAR(64)",
            "ALTER TABLE clustermeet_journal ADD COLUMN IF NOT EXISTS checksum VARCHAR(64)",
            CREATE.get(3));

    static final String ROW_COLUMNS = "seq, recorded_at, kind, change_json, format, actor, checksum";

    /**
     * A journal row.
     *
     * @param sequence   its sequence number
     * @param recordedAt when it was recorded, to the microsecond (what both databases keep)
     * @param kind       what kind of step it records (register, cancel, ...)
     * @param change     the change set as JSON ({@link ChangeCodec})
     * @param format     the format it was written in
     * @param actor      who asked for the step; null in rows written before actors were recorded
     * @param checksum   its place in the {@link Chain}; null only in a store being upgraded
     */
    public record Row(long sequence, Instant recordedAt, String kind, String change, int format, String actor,
                      String checksum) {

        /** {@return the checksum this row should have after a row (or snapshot) with checksum {@code previous}} */
        public String expectedChecksum(String previous) {
            return Chain.row(previous, sequence, recordedAt, kind, actor, format, change);
        }
    }

    /**
     * A snapshot.
     *
     * @param sequence the last journal sequence number it covers (0: the store's first document)
     * @param document the canonical JSON document
     * @param format   the format it was written in
     * @param chain    the checksum chain's value at its sequence number; null only while upgrading
     * @param checksum the checksum of its document under that value; null only while upgrading
     */
    public record Snapshot(long sequence, String document, int format, String chain, String checksum) {
    }

    /**
     * What a snapshot says of itself: everything but its document, which is read as it streams.
     *
     * @param sequence the last journal sequence number it covers (0: the store's first document)
     * @param format   the format it was written in
     * @param chain    the checksum chain's value at its sequence number; null only while upgrading
     * @param checksum the checksum of its document under that value; null only while upgrading
     */
    public record SnapshotHeader(long sequence, int format, String chain, String checksum) {
    }

    /**
     * The latest row the journal has taken.
     *
     * @param sequence its sequence number (the snapshot's, before any row)
     * @param checksum its checksum (the snapshot's chain value, before any row)
     */
    public record Head(long sequence, String checksum) {
    }

    private Journal() {
    }

    /** Creates the tables if they are missing (DDL; some databases commit it at once). */
    public static void createTables(Connection c) throws SQLException {
        execute(c, CREATE);
    }

    /** Adds what the first schema version lacks (DDL that may run again; some databases commit it at once). */
    public static void upgradeTables(Connection c) throws SQLException {
        execute(c, UPGRADE);
    }

    /**
     * Gives an H2 store created with its snapshots' documents in {@code VARCHAR} columns a
     * {@code CLOB} column, which opening the database no longer reads whole (DDL that may run
     * again; H2 commits it at once). Nothing on other databases.
     *
     * @return whether the column was changed
     */
    public static boolean moveDocumentsOutOfPages(Connection c) throws SQLException {
        if (!H2.equals(c.getMetaData().getDatabaseProductName())) {
            return false;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'CLUSTERMEET_SNAPSHOT' AND COLUMN_NAME = 'DOCUMENT'");
             ResultSet r = p.executeQuery()) {
            if (!r.next() || "CHARACTER LARGE OBJECT".equals(r.getString(1))) {
                return false;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE clustermeet_snapshot ALTER COLUMN document SET DATA TYPE " + H2_DOCUMENT_TYPE);
        }
        return true;
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        String documentType = H2.equals(c.getMetaData().getDatabaseProductName()) ? H2_DOCUMENT_TYPE : "TEXT";
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql.replace(DOCUMENT_TYPE, documentType));
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

    /**
     * Moves the recorded schema version from one value to the next; the row lock makes one
     * process of several do an upgrade.
     *
     * @return false when the version was no longer {@code from}
     */
    public static boolean moveSchemaVersion(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE clustermeet_schema SET version = ? WHERE component = ? AND version = ?")) {
            p.setInt(1, to);
            p.setString(2, COMPONENT);
            p.setInt(3, from);
            return p.executeUpdate() == 1;
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
             ResultSet r = s.executeQuery("SELECT seq, document, format, chain, checksum FROM clustermeet_snapshot "
                     + "WHERE seq = (SELECT MAX(seq) FROM clustermeet_snapshot)")) {
            return r.next() ? Optional.of(new Snapshot(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4),
                    r.getString(5))) : Optional.empty();
        }
    }

    /** {@return what the newest snapshot says of itself, without its document, if there is one} */
    public static Optional<SnapshotHeader> latestSnapshotHeader(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, format, chain, checksum FROM clustermeet_snapshot "
                     + "WHERE seq = (SELECT MAX(seq) FROM clustermeet_snapshot)")) {
            return r.next() ? Optional.of(new SnapshotHeader(r.getLong(1), r.getInt(2), r.getString(3),
                    r.getString(4))) : Optional.empty();
        }
    }

    /** {@return every snapshot, oldest first (a compaction leaves one)} */
    public static List<Snapshot> snapshots(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, document, format, chain, checksum FROM clustermeet_snapshot "
                     + "ORDER BY seq")) {
            List<Snapshot> snapshots = new ArrayList<>();
            while (r.next()) {
                snapshots.add(new Snapshot(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5)));
            }
            return snapshots;
        }
    }

    /**
     * Replaces a snapshot's document and chain value, and seals it under them: for an erasure,
     * which rewrites what the snapshot holds and the chain it sits in.
     */
    public static void rewriteSnapshot(Connection c, long sequence, String document, String chain)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE clustermeet_snapshot SET document = ?, chain = ?, checksum = ? WHERE seq = ?")) {
            p.setString(1, document);
            p.setString(2, chain);
            p.setString(3, Chain.snapshot(chain, sequence, document));
            p.setLong(4, sequence);
            p.executeUpdate();
        }
    }

    /**
     * Replaces rows' JSON and checksums (their other fields stay): for an erasure, which rewrites
     * the rows that name a person and seals every row after the first of them again.
     */
    public static void rewriteRows(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE clustermeet_journal SET change_json = ?, checksum = ? WHERE seq = ?")) {
            int batched = 0;
            for (Row row : rows) {
                p.setString(1, row.change());
                p.setString(2, row.checksum());
                p.setLong(3, row.sequence());
                p.addBatch();
                if (++batched % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    /**
     * Takes the head's row lock while the head is still at a sequence number, so that no other
     * writer appends until the transaction ends: for work that rewrites the journal.
     *
     * @return false when the head had moved on (the caller catches up and tries again)
     */
    public static boolean lockHead(Connection c, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE clustermeet_head SET seq = seq WHERE component = ? AND seq = ?")) {
            p.setString(1, COMPONENT);
            p.setLong(2, sequence);
            return p.executeUpdate() == 1;
        }
    }

    /** Writes a snapshot; fails with a unique-key violation if one with that sequence number exists. */
    public static void writeSnapshot(Connection c, long sequence, String document, Instant at, String chain)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO clustermeet_snapshot "
                + "(seq, taken_at, document, format, chain, checksum) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, sequence);
            p.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setString(3, document);
            p.setInt(4, FORMAT);
            p.setString(5, chain);
            p.setString(6, Chain.snapshot(chain, sequence, document));
            p.executeUpdate();
        }
    }

    /** Gives a snapshot of a store being upgraded its place in the chain. */
    public static void sealSnapshot(Connection c, Snapshot snapshot, String chain) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE clustermeet_snapshot SET chain = ?, checksum = ? WHERE seq = ?")) {
            p.setString(1, chain);
            p.setString(2, Chain.snapshot(chain, snapshot.sequence(), snapshot.document()));
            p.setLong(3, snapshot.sequence());
            p.executeUpdate();
        }
    }

    /** Gives a row of a store being upgraded its checksum. */
    public static void sealRow(Connection c, long sequence, String checksum) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE clustermeet_journal SET checksum = ? WHERE seq = ?")) {
            p.setString(1, checksum);
            p.setLong(2, sequence);
            p.executeUpdate();
        }
    }

    /**
     * Drops the snapshots older than one; the journal rows stay, as the store's history.
     *
     */
    public static void dropSnapshotsBefore(Connection c, long sequence) throws SQLException {
        try (PreparedStatement snapshots = c.prepareStatement("DELETE FROM clustermeet_snapshot WHERE seq < ?")) {
            snapshots.setLong(1, sequence);
            snapshots.executeUpdate();
        }
    }

    /** {@return the journal rows after a sequence number, in order} */
    public static List<Row> rowsAfter(Connection c, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + ROW_COLUMNS + " FROM clustermeet_journal WHERE seq > ? ORDER BY seq")) {
            p.setLong(1, sequence);
            return JournalRows.read(p);
        }
    }

    /** {@return the checksum of the row under a sequence number, if there is such a row} */
    public static Optional<String> checksumAt(Connection c, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT checksum FROM clustermeet_journal WHERE seq = ?")) {
            p.setLong(1, sequence);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** {@return the latest row the journal took, if the head is recorded} */
    public static Optional<Head> head(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT seq, checksum FROM clustermeet_head WHERE component = ?")) {
            p.setString(1, COMPONENT);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Head(r.getLong(1), r.getString(2))) : Optional.empty();
            }
        }
    }

    /** Records the head of a new or upgraded store. */
    public static void recordHead(Connection c, Head head) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM clustermeet_head WHERE component = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO clustermeet_head (component, seq, checksum) VALUES (?, ?, ?)")) {
            delete.setString(1, COMPONENT);
            delete.executeUpdate();
            insert.setString(1, COMPONENT);
            insert.setLong(2, head.sequence());
            insert.setString(3, head.checksum());
            insert.executeUpdate();
        }
    }

    /**
     * Appends a row decided on the state at {@code row.sequence() - 1} and moves the head to it.
     *
     * @return false when that state is stale; see {@link #appendAll}
     */
    public static boolean append(Connection c, Row row) throws SQLException {
        return appendAll(c, List.of(row));
    }

    /**
     * Appends rows with consecutive sequence numbers, the first decided on the state at its
     * {@code sequence() - 1}, and moves the head to the last: one statement for the head and one
     * batch for the rows, whatever their number ({@link GroupAppend} makes them one statement on
     * PostgreSQL, with the rows' notices). The head moves first: its row lock keeps another
     * writer out until this transaction ends. Rows are never dropped, so a compaction cannot
     * overtake an append: a snapshot at these sequence numbers means the rows exist already.
     *
     * @param rows at least one row, numbered one after the other
     * @return false when the state they were decided on is stale: the head had moved on (the
     *         caller rolls back and catches up); a row with one of their numbers already there
     *         fails with a unique-key violation ({@link #isUniqueViolation})
     * @throws IllegalArgumentException if there is no row or their numbers are not consecutive
     */
    public static boolean appendAll(Connection c, List<Row> rows) throws SQLException {
        requireConsecutive(rows);
        Row first = rows.get(0);
        Row last = rows.get(rows.size() - 1);
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE clustermeet_head SET seq = ?, checksum = ? WHERE component = ? AND seq = ?")) {
            p.setLong(1, last.sequence());
            p.setString(2, last.checksum());
            p.setString(3, COMPONENT);
            p.setLong(4, first.sequence() - 1);
            if (p.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO clustermeet_journal (" + ROW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                p.setLong(1, row.sequence());
                p.setObject(2, OffsetDateTime.ofInstant(row.recordedAt(), ZoneOffset.UTC));
                p.setString(3, row.kind());
                p.setString(4, row.change());
                p.setInt(5, row.format());
                p.setString(6, row.actor());
                p.setString(7, row.checksum());
                if (rows.size() == 1) {
                    p.executeUpdate();
                } else {
                    p.addBatch();
                }
            }
            if (rows.size() > 1) {
                p.executeBatch();
            }
        }
        return true;
    }

    /** Refuses no rows, or rows whose sequence numbers do not follow one another. */
    static void requireConsecutive(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("rows: none to append");
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).sequence() != rows.get(0).sequence() + i) {
                throw new IllegalArgumentException("rows: sequence number " + rows.get(i).sequence() + " at place " + i
                        + " does not follow " + rows.get(i - 1).sequence());
            }
        }
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
