package org.clustermeet.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends a group of journal rows and the rows of another table they cause (the notices of the
 * changes). On PostgreSQL one statement moves the head, inserts the journal rows and inserts the
 * other rows, all read from arrays; run in auto-commit mode ({@link #appendAndCommit}) it commits
 * itself, so that a group costs one round trip to the server whatever its size, where a statement
 * for each and a commit cost four. On H2, which runs in the process and has no round trips, each
 * table takes its own statements in a transaction. Either way nothing is inserted when the head
 * had moved on.
 */
public final class GroupAppend {

    /**
     * Rows of another table, written in the transaction of the journal rows that cause them.
     */
    public interface Alongside {

        /** {@return how many rows there are} */
        int size();

        /**
         * The statement that inserts the rows, reading each column from a text array bound as a
         * parameter, and inserting only where {@code condition} holds.
         *
         * @param condition an SQL condition, for the statement's WHERE clause
         * @return an {@code INSERT ... SELECT ... FROM unnest(...) ... WHERE condition}
         */
        String insertFromArrays(String condition);

        /**
         * Binds the arrays of {@link #insertFromArrays} to a statement's parameters.
         *
         * @param c     the connection, which makes the arrays
         * @param s     the statement
         * @param first the index of the first parameter
         * @return the index after the last one bound
         * @throws SQLException if the database fails
         */
        int bindArrays(Connection c, PreparedStatement s, int first) throws SQLException;

        /**
         * Inserts the rows with statements of their own.
         *
         * @param c the connection
         * @throws SQLException if the database fails
         */
        void insert(Connection c) throws SQLException;
    }

    private static final String POSTGRESQL = "PostgreSQL";
    private static final String HEAD_MOVED = "EXISTS (SELECT 1 FROM moved)";
    private static final String MOVE_HEAD = "WITH moved AS (UPDATE clustermeet_head SET seq = ?, checksum = ? "
            + "WHERE component = ? AND seq = ? RETURNING seq), "
            + "journal AS (INSERT INTO clustermeet_journal (" + Journal.ROW_COLUMNS + ") "
            + "SELECT r.seq::bigint, r.recorded_at::timestamptz, r.kind, r.change_json, r.format::integer, r.actor, "
            + "r.checksum FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "AS r(" + Journal.ROW_COLUMNS + ") WHERE " + HEAD_MOVED + ")";

    private GroupAppend() {
    }

    /**
     * Appends rows as {@link #appendAll} does and commits them: on PostgreSQL as one statement in
     * auto-commit mode, elsewhere in a transaction that is rolled back when the head had moved on.
     *
     * @param database  the database
     * @param rows      at least one row, numbered one after the other
     * @param alongside the rows of another table the journal rows cause, maybe none
     * @return false when the state the rows were decided on is stale: nothing was inserted, and
     *         the caller catches up
     * @throws IllegalArgumentException if there is no row or their numbers are not consecutive
     * @throws SQLException             if the database fails; when its connection was lost, the
     *                                  rows may have been committed
     */
    public static boolean appendAndCommit(Database database, List<Journal.Row> rows, Alongside alongside)
            throws SQLException {
        if (POSTGRESQL.equals(database.product())) {
            return database.committingItself(c -> inOneStatement(c, rows, alongside));
        }
        return database.commitIf(c -> appendAll(c, rows, alongside));
    }

    /**
     * Appends rows with consecutive sequence numbers, the first decided on the state at its
     * {@code sequence() - 1}, moves the head to the last, and inserts the rows alongside them; see
     * {@link Journal#appendAll}.
     *
     * @param c         the transaction's connection
     * @param rows      at least one row, numbered one after the other
     * @param alongside the rows of another table the journal rows cause, maybe none
     * @return false when the state the rows were decided on is stale: nothing was inserted, and
     *         the caller rolls back and catches up
     * @throws IllegalArgumentException if there is no row or their numbers are not consecutive
     * @throws SQLException             if the database fails
     */
    public static boolean appendAll(Connection c, List<Journal.Row> rows, Alongside alongside) throws SQLException {
        // Journal.appendAll and inOneStatement each check that the rows are consecutive
        if (!POSTGRESQL.equals(c.getMetaData().getDatabaseProductName())) {
            if (!Journal.appendAll(c, rows)) {
                return false;
            }
            if (alongside.size() > 0) {
                alongside.insert(c);
            }
            return true;
        }
        return inOneStatement(c, rows, alongside);
    }

    /** Moves the head and inserts the rows and those alongside them in one statement, on PostgreSQL. */
    private static boolean inOneStatement(Connection c, List<Journal.Row> rows, Alongside alongside)
            throws SQLException {
        Journal.requireConsecutive(rows);
        String sql = MOVE_HEAD + (alongside.size() > 0 ? ", alongside AS (" + alongside.insertFromArrays(HEAD_MOVED)
                + ")" : "") + " SELECT count(*) FROM moved";
        Journal.Row first = rows.get(0);
        Journal.Row last = rows.get(rows.size() - 1);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, last.sequence());
            s.setString(2, last.checksum());
            s.setString(3, Journal.COMPONENT);
            s.setLong(4, first.sequence() - 1);
            int n = rows.size();
            String[][] columns = new String[7][n];
            for (int i = 0; i < n; i++) {
                Journal.Row row = rows.get(i);
                columns[0][i] = Long.toString(row.sequence());
                columns[1][i] = row.recordedAt().toString();
                columns[2][i] = row.kind();
                columns[3][i] = row.change();
                columns[4][i] = Integer.toString(row.format());
                columns[5][i] = row.actor();
                columns[6][i] = row.checksum();
            }
            int next = 5;
            for (String[] column : columns) {
                s.setArray(next++, c.createArrayOf("text", column));
            }
            if (alongside.size() > 0) {
                alongside.bindArrays(c, s, next);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) == 1;
            }
        }
    }
}
