package org.clustermeet.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.store.internal.Chain;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;

/** Where a store lives and how it is created and read: the databases, the schema check, the first load. */
final class Opening {

    private Opening() {
    }

    /** A database behind a data source. */
    static Database of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Database(dataSource::getConnection, "the database of " + dataSource.getClass().getName());
    }

    /** A new embedded database file; fails if the file exists. */
    static Database newEmbedded(Path file) {
        return EmbeddedFile.of(file, EmbeddedFile.DEFAULT_WAIT).create();
    }

    /** An existing embedded database file; fails if there is none, or it holds no readable store. */
    static Database existingEmbedded(Path file) {
        return EmbeddedFile.of(file, EmbeddedFile.DEFAULT_WAIT).open();
    }

    /** Creates the tables, the schema version row, the first snapshot (which starts the chain) and the head. */
    static StoreState create(Database database, Registry initial, Instant at) {
        String document = Replay.document(initial);
        String chain = Chain.start(0, document);
        try {
            database.inTransaction(c -> {
                Journal.createTables(c);
                Invitations.createTable(c);
                Outbox.createTable(c);
                OptionalInt version = Journal.schemaVersion(c);
                if (version.isPresent() || Journal.snapshotSequence(c).isPresent()) {
                    throw new RegistryStoreException("cannot create a store in " + database.where()
                            + ": it already holds one" + (version.isPresent() ? " (schema version "
                            + version.getAsInt() + ")" : ""), null);
                }
                Journal.recordSchemaVersion(c);
                Journal.writeSnapshot(c, 0, document, at, chain);
                Journal.recordHead(c, new Journal.Head(0, chain));
                return null;
            });
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot create a store in " + database.where() + ": "
                    + Journal.describe(e), e);
        }
        return StoreState.of(initial, 0, chain);
    }

    /**
     * Brings the tables of a store created by an earlier version up to date, once (nothing when
     * they are): adds the outbox's table, and on H2 moves the snapshots' documents into a
     * {@code CLOB} column, which opening the database does not read whole.
     */
    static void completeTables(Database database) {
        try {
            database.inTransaction(c -> {
                Outbox.createTable(c);
                Journal.moveDocumentsOutOfPages(c);
                return null;
            });
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot bring the tables of the store in " + database.where()
                    + " up to date: " + Journal.describe(e), e);
        }
    }

    /**
     * Reads the newest snapshot and replays the journal after it, checking both against the
     * checksum chain and the head; a store of the first schema version is upgraded first.
     */
    static StoreState load(Database database) {
        Replay replay = new Replay();
        Loaded loaded;
        try {
            loaded = database.readingOneState(c -> {
                int version = checkSchema(Journal.schemaVersion(c), database.where());
                if (version == Journal.FIRST_SCHEMA_VERSION) {
                    return null;
                }
                Journal.SnapshotHeader snapshot = Journal.latestSnapshotHeader(c).orElseThrow(() ->
                        new RegistryStoreException("no store in " + database.where() + ": it holds no snapshot", null));
                Journal.Head head = Journal.head(c).orElseThrow(() -> Replay.tampered(database.where(),
                        snapshot.sequence(), "the record of its latest change is gone"));
                List<Journal.Row> rows = Journal.rowsAfter(c, snapshot.sequence());
                // parsed as it streams from the database, in the transaction that read the rest
                return new Loaded(snapshot, replay.snapshot(c, snapshot, database.where()), head, rows);
            });
        } catch (SQLException e) {
            throw new RegistryStoreException((Journal.isMissingTable(e) ? "no store in " + database.where()
                    + ": it has no clustermeet tables (create the store first)"
                    : "cannot read the store in " + database.where()) + ": " + Journal.describe(e), e);
        }
        if (loaded == null) {
            Upgrade.run(database);
            return load(database);
        }
        Journal.SnapshotHeader snapshot = loaded.snapshot();
        StoreState state = replay.rows(StoreState.of(loaded.registry(), snapshot.sequence(), snapshot.chain()),
                loaded.rows(), database.where());
        checkHead(loaded.head(), snapshot.sequence(), snapshot.chain(), loaded.rows(), database.where());
        return state;
    }

    /**
     * Checks that the journal reaches its recorded head: the head was read after the snapshot and
     * before the rows, so the rows reach it at least, unless rows were removed from the end.
     */
    static void checkHead(Journal.Head head, long snapshotSequence, String snapshotChain, List<Journal.Row> rows,
                          String where) {
        long last = rows.isEmpty() ? snapshotSequence : rows.get(rows.size() - 1).sequence();
        if (head.sequence() > last) {
            throw Replay.tampered(where, last + 1, "the journal ends at change " + last + " but recorded change "
                    + head.sequence() + " as its latest (rows were removed from its end)");
        }
        if (head.sequence() < snapshotSequence) {
            throw Replay.tampered(where, head.sequence(), "the latest change recorded, " + head.sequence()
                    + ", is older than the snapshot at change " + snapshotSequence);
        }
        String at = head.sequence() == snapshotSequence ? snapshotChain
                : rows.get((int) (head.sequence() - snapshotSequence - 1)).checksum();
        if (!head.checksum().equals(at)) {
            throw Replay.tampered(where, head.sequence(), "change " + head.sequence()
                    + " does not match the checksum recorded for the latest change");
        }
    }

    private record Loaded(Journal.SnapshotHeader snapshot, Registry registry, Journal.Head head,
                          List<Journal.Row> rows) {
    }

    /** {@return the schema version, which this code reads (the first one is upgraded)} */
    private static int checkSchema(OptionalInt version, String where) {
        if (version.isEmpty()) {
            throw new RegistryStoreException("no store in " + where + ": it records no schema version", null);
        }
        if (version.getAsInt() > Journal.SCHEMA_VERSION) {
            throw new RegistryStoreException("the store in " + where + " was written by a newer version of "
                    + "clustermeet-store (schema version " + version.getAsInt() + "; this version reads "
                    + Journal.SCHEMA_VERSION + "): open it with that version or a later one", null);
        }
        if (version.getAsInt() < Journal.FIRST_SCHEMA_VERSION) {
            throw new RegistryStoreException("the store in " + where + " has schema version " + version.getAsInt()
                    + ", which this version (" + Journal.SCHEMA_VERSION + ") does not read", null);
        }
        return version.getAsInt();
    }
}
