package org.clustermeet.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;

/**
 * Reads journal rows a part at a time: after a sequence number at most so many, or by their
 * sequence numbers, so that no reader holds the whole journal in memory at once. Not instantiable.
 */
public final class JournalRows {

    /** The most sequence numbers one statement asks for. */
    private static final int MAX_LISTED = 500;

    private JournalRows() {
    }

    /**
     * Reads the rows after a sequence number, in order, at most {@code limit} of them.
     *
     * @param c        the connection
     * @param sequence the sequence number the rows come after
     * @param limit    the most rows to read, at least 1
     * @return the rows, fewer than {@code limit} only when the journal has no more
     * @throws SQLException if the database fails
     */
    public static List<Journal.Row> after(Connection c, long sequence, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        try (PreparedStatement p = c.prepareStatement("SELECT " + Journal.ROW_COLUMNS
                + " FROM clustermeet_journal WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")) {
            p.setLong(1, sequence);
            return read(p);
        }
    }

    /** What is done with each part of the rows {@link #inParts} reads. */
    @FunctionalInterface
    public interface Part {
        /**
         * Takes one part.
         *
         * @param rows   the part's rows, in order, at least one
         * @param before the last row of the part before, against which the first is checked; null
         *               for the first part
         */
        void read(List<Journal.Row> rows, Journal.Row before);
    }

    /**
     * Reads the rows after a sequence number a part at a time, in order, so that no more than one
     * part is held at once. Call it in a transaction that sees one state of the database, or the
     * parts may not meet.
     *
     * @param c        the connection
     * @param sequence the sequence number the rows come after
     * @param limit    the most rows of a part, at least 1
     * @param part     takes each part
     * @throws SQLException if the database fails
     */
    public static void inParts(Connection c, long sequence, int limit, Part part) throws SQLException {
        Journal.Row last = null;
        long after = sequence;
        List<Journal.Row> rows;
        do {
            rows = after(c, after, limit);
            if (rows.isEmpty()) {
                return;
            }
            part.read(rows, last);
            last = rows.get(rows.size() - 1);
            after = last.sequence();
        } while (rows.size() == limit);
    }

    /**
     * Reads the rows under some sequence numbers, in order; numbers without a row are left out.
     *
     * @param c         the connection
     * @param sequences the sequence numbers
     * @return the rows found
     * @throws SQLException if the database fails
     */
    public static List<Journal.Row> at(Connection c, SortedSet<Long> sequences) throws SQLException {
        List<Long> wanted = new ArrayList<>(sequences);
        List<Journal.Row> rows = new ArrayList<>(wanted.size());
        for (int from = 0; from < wanted.size(); from += MAX_LISTED) {
            List<Long> part = wanted.subList(from, Math.min(wanted.size(), from + MAX_LISTED));
            try (PreparedStatement p = c.prepareStatement("SELECT " + Journal.ROW_COLUMNS
                    + " FROM clustermeet_journal WHERE seq IN (" + String.join(", ", Collections.nCopies(part.size(), "?"))
                    + ") ORDER BY seq")) {
                for (int i = 0; i < part.size(); i++) {
                    p.setLong(i + 1, part.get(i));
                }
                rows.addAll(read(p));
            }
        }
        return rows;
    }

    /**
     * Reads the checksum chain's value that a snapshot records at its sequence number.
     *
     * @param c        the connection
     * @param sequence the snapshot's sequence number
     * @return the chain's value; empty when there is no snapshot at that number, or it records none
     * @throws SQLException if the database fails
     */
    public static Optional<String> snapshotChain(Connection c, long sequence) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT chain FROM clustermeet_snapshot WHERE seq = ?")) {
            p.setLong(1, sequence);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Reads the sequence number of the journal's first row.
     *
     * @param c the connection
     * @return the number; empty when the journal has no row
     * @throws SQLException if the database fails
     */
    public static OptionalLong first(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(seq) FROM clustermeet_journal");
             ResultSet r = p.executeQuery()) {
            if (r.next()) {
                long first = r.getLong(1);
                return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(first);
            }
            return OptionalLong.empty();
        }
    }

    /** Runs a query of {@link Journal#ROW_COLUMNS} and reads its rows. */
    static List<Journal.Row> read(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            List<Journal.Row> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(new Journal.Row(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                        r.getString(4), r.getInt(5), r.getString(6), r.getString(7)));
            }
            return rows;
        }
    }
}
