package org.clustermeet.store.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A snapshot's document read as it streams from the database, so that opening a store never holds
 * the document whole: its reader is the result of one query, which closing the reader ends.
 */
public final class SnapshotStream {

    private SnapshotStream() {
    }

    /**
     * Opens a snapshot's document as characters from the database, read as they are consumed;
     * closing the reader ends the query.
     *
     * @param c        the connection, whose transaction stays open while the document is read
     * @param sequence the snapshot's sequence number
     * @return the document
     * @throws IOException if the query fails or the snapshot is gone
     */
    public static Reader open(Connection c, long sequence) throws IOException {
        try {
            PreparedStatement p = c.prepareStatement("SELECT document FROM clustermeet_snapshot WHERE seq = ?");
            try {
                p.setLong(1, sequence);
                ResultSet r = p.executeQuery();
                if (!r.next()) {
                    throw new IOException("the snapshot at change " + sequence + " is gone");
                }
                return new FilterReader(r.getCharacterStream(1)) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            closeQuietly(p);
                        }
                    }
                };
            } catch (SQLException | IOException | RuntimeException e) {
                closeQuietly(p);
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException(Journal.describe(e), e);
        }
    }

    private static void closeQuietly(Statement s) {
        try {
            s.close();
        } catch (SQLException ignored) {
            // the query's result has been read or given up; closing is all that is left
        }
    }
}
