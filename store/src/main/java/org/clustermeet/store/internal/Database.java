package org.clustermeet.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The store's one connection to its database, opened when first needed and opened again after a
 * failure: each piece of work runs in its own transaction (read committed), committed when it
 * succeeds and rolled back when it fails. Not thread-safe: the store calls it under its lock.
 */
public final class Database implements AutoCloseable {

    /** Opens connections: a {@code DataSource}, or the driver manager for the embedded database. */
    @FunctionalInterface
    public interface Source {
        /** Opens a connection. */
        Connection open() throws SQLException;
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work on a connection whose transaction the caller ends. */
        T run(Connection connection) throws SQLException;
    }

    private static final Pattern OPTIONS = Pattern.compile("[?;]");
    private static final Pattern USER_INFORMATION = Pattern.compile("^(.*?//)[^/]*@");

    private final Source source;
    private final String compaction;
    private final String worthCompacting;
    private String where;
    private String product;
    private Connection connection;

    /**
     * Creates the holder; nothing is opened yet.
     *
     * @param source opens connections, not null
     * @param where  names the database in messages until a connection tells its URL, not null
     */
    public Database(Source source, String where) {
        this(source, where, null, null);
    }

    /**
     * Creates the holder of a database that can rewrite its file without the free space that
     * may hold erased data; nothing is opened yet.
     *
     * @param source          opens connections, not null
     * @param where           names the database in messages until a connection tells its URL, not null
     * @param compaction      the statement that compacts the file and closes the database (H2's
     *                        {@code SHUTDOWN COMPACT}), or null when the database has no such file
     * @param worthCompacting a query whose one row tells whether the file is worth compacting on
     *                        closing (mostly free space, and no other session open), or null
     */
    public Database(Source source, String where, String compaction, String worthCompacting) {
        this.source = Objects.requireNonNull(source, "source");
        this.where = Objects.requireNonNull(where, "where");
        this.compaction = compaction;
        this.worthCompacting = worthCompacting;
    }

    /**
     * Returns another holder on the same database, with a connection of its own: for work that
     * need not wait for the store's changes, such as reading invitations.
     *
     * @return the new holder; nothing is opened yet
     */
    public Database sibling() {
        return new Database(source, where);
    }

    /** {@return the database's name for messages: its JDBC URL without options once connected} */
    public String where() {
        return where;
    }

    /** Runs work in a transaction and commits it; on failure rolls back and rethrows. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        Connection c = connection();
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            failed(c, e);
            throw e;
        }
    }

    /**
     * Runs reading work in a transaction that sees one state of the database throughout
     * (repeatable read), as reading a value in two passes needs, and commits it; the connection
     * then reads committed changes again.
     */
    public <T> T readingOneState(Work<T> work) throws SQLException {
        Connection c = connection();
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return inTransaction(work);
        } finally {
            if (connection == c) {
                try {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                } catch (SQLException | RuntimeException unusable) {
                    drop(); // the next work opens a connection that reads committed changes
                }
            }
        }
    }

    /** Runs work in a transaction; commits it when the work answers true, else rolls it back. */
    public boolean commitIf(Work<Boolean> work) throws SQLException {
        Connection c = connection();
        try {
            if (work.run(c)) {
                c.commit();
                return true;
            }
            c.rollback();
            return false;
        } catch (SQLException | RuntimeException e) {
            failed(c, e);
            throw e;
        }
    }

    /**
     * Runs work that sends one statement, atomic by itself, in auto-commit mode: the statement
     * commits as it completes, which spares a COMMIT's round trip to a server. Whatever the work
     * answers is committed, so its statement must change nothing when it answers that it did
     * nothing. When the connection fails while the statement runs, it may have committed: the
     * caller learns from the database whether it did.
     */
    public <T> T committingItself(Work<T> work) throws SQLException {
        Connection c = connection();
        try {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            if (!(e instanceof SQLException s && Journal.isUniqueViolation(s))) {
                drop();
            }
            throw e;
        } finally {
            if (connection == c) {
                try {
                    c.setAutoCommit(false);
                } catch (SQLException | RuntimeException unusable) {
                    drop(); // the next work opens a connection with transactions of its own
                }
            }
        }
    }

    /** {@return the database's product name, as its driver told it on connecting} */
    public String product() throws SQLException {
        connection();
        return product;
    }

    @Override
    public void close() {
        drop();
    }

    /**
     * Compacts the database's file, where it has one of its own, and closes the connection: run
     * last, when every other connection of the process to the database is closed.
     *
     * @throws SQLException if the compaction fails; the connection is closed all the same
     */
    public void compactAndClose() throws SQLException {
        if (compaction == null) {
            drop();
            return;
        }
        try (Statement s = connection().createStatement()) {
            s.execute(compaction);
        } finally {
            drop();
        }
    }

    /**
     * Closes the connection, compacting the database's file first when the database says it is
     * worth it; run last, as {@link #compactAndClose}. The compaction writes a new file and then
     * replaces the old one, so one that fails leaves the file as it was: closing goes on.
     */
    public void closeCompactingIfWorthIt() {
        if (compaction == null || worthCompacting == null || connection == null) {
            drop();
            return;
        }
        try (Statement s = connection.createStatement()) {
            boolean worth;
            try (ResultSet r = s.executeQuery(worthCompacting)) {
                worth = r.next() && r.getBoolean(1);
            }
            if (worth) {
                s.execute(compaction);
            }
        } catch (SQLException | RuntimeException leftAsItWas) {
            // the file keeps its free space, which the database reuses; nothing it holds is lost
        } finally {
            drop();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = source.open();
            try {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                String url = c.getMetaData().getURL();
                if (url != null) {
                    where = withoutOptions(url);
                }
                product = c.getMetaData().getDatabaseProductName();
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    /** Rolls back; a connection that failed for another reason than a unique key is not used again. */
    private void failed(Connection c, Exception e) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException ignored) {
            drop();
            return;
        }
        if (!(e instanceof SQLException s && Journal.isUniqueViolation(s))) {
            drop();
        }
    }

    private void drop() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // the connection is being given up; there is nothing left to do with it
        }
    }

    /**
     * Cuts from a JDBC URL what may hold a password: its options (after {@code ?} or {@code ;})
     * and the user information of its authority ({@code user:secret@}).
     *
     * @param url the URL, not null
     * @return the URL as messages may show it
     */
    public static String withoutOptions(String url) {
        String shown = OPTIONS.split(url, 2)[0];
        // the user information of an authority: everything up to the last @ before the path
        return USER_INFORMATION.matcher(shown).replaceFirst("$1");
    }
}
