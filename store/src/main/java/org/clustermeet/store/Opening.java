package org.clustermeet.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.clustermeet.core.registry.Registry;
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
        Path base = embeddedBase(file);
        if (Files.exists(dataFile(base))) {
            throw new RegistryStoreException("cannot create a store at " + dataFile(base)
                    + ": the file exists (open it, or choose another name)", null);
        }
        return embedded(base, false);
    }

    /** An existing embedded database file; fails if there is none. */
    static Database existingEmbedded(Path file) {
        Path base = embeddedBase(file);
        if (!Files.isRegularFile(dataFile(base))) {
            throw new RegistryStoreException("no store at " + dataFile(base) + ": the file does not exist "
                    + "(create the store first)", null);
        }
        return embedded(base, true);
    }

    /** Creates the tables, the schema version row and the first snapshot. */
    static StoreState create(Database database, Registry initial, Instant at) {
        String document = Replay.document(initial);
        try {
            database.inTransaction(c -> {
                Journal.createTables(c);
                OptionalInt version = Journal.schemaVersion(c);
                if (version.isPresent() || Journal.snapshotSequence(c).isPresent()) {
                    throw new RegistryStoreException("cannot create a store in " + database.where()
                            + ": it already holds one" + (version.isPresent() ? " (schema version "
                            + version.getAsInt() + ")" : ""), null);
                }
                Journal.recordSchemaVersion(c);
                Journal.writeSnapshot(c, 0, document, at);
                return null;
            });
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot create a store in " + database.where() + ": "
                    + Journal.describe(e), e);
        }
        return StoreState.of(initial, 0);
    }

    /** Reads the newest snapshot and replays the journal after it. */
    static StoreState load(Database database) {
        Replay replay = new Replay();
        for (int attempt = 0; attempt < 5; attempt++) {
            Loaded loaded;
            try {
                loaded = database.inTransaction(c -> {
                    checkSchema(Journal.schemaVersion(c), database.where());
                    Journal.Snapshot snapshot = Journal.latestSnapshot(c).orElseThrow(() -> new RegistryStoreException(
                            "no store in " + database.where() + ": it holds no snapshot", null));
                    return new Loaded(snapshot, Journal.rowsAfter(c, snapshot.sequence()));
                });
            } catch (SQLException e) {
                throw new RegistryStoreException((Journal.isMissingTable(e) ? "no store in " + database.where()
                        + ": it has no clustermeet tables (create the store first)"
                        : "cannot read the store in " + database.where()) + ": " + Journal.describe(e), e);
            }
            if (loaded.rows().isEmpty() || loaded.rows().get(0).sequence() == loaded.snapshot().sequence() + 1) {
                StoreState start = StoreState.of(replay.snapshot(loaded.snapshot(), database.where()),
                        loaded.snapshot().sequence());
                return replay.rows(start, loaded.rows(), database.where());
            }
            // a compaction ran between the two reads: read again
        }
        throw new RegistryStoreException("cannot read the store in " + database.where()
                + ": the journal kept changing under compactions; try again", null);
    }

    private record Loaded(Journal.Snapshot snapshot, List<Journal.Row> rows) {
    }

    private static void checkSchema(OptionalInt version, String where) {
        if (version.isEmpty()) {
            throw new RegistryStoreException("no store in " + where + ": it records no schema version", null);
        }
        if (version.getAsInt() > Journal.SCHEMA_VERSION) {
            throw new RegistryStoreException("the store in " + where + " was written by a newer version of "
                    + "clustermeet-store (schema version " + version.getAsInt() + "; this version reads "
                    + Journal.SCHEMA_VERSION + "): open it with that version or a later one", null);
        }
        if (version.getAsInt() < Journal.SCHEMA_VERSION) {
            throw new RegistryStoreException("the store in " + where + " has schema version " + version.getAsInt()
                    + ", which this version (" + Journal.SCHEMA_VERSION + ") does not read", null);
        }
    }

    private static Path embeddedBase(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return name.endsWith(".mv.db") ? absolute.resolveSibling(name.substring(0, name.length() - 6)) : absolute;
    }

    private static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** H2 in a file; WRITE_DELAY=0 writes each commit to the file before the commit returns. */
    private static Database embedded(Path base, boolean mustExist) {
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        return new Database(() -> DriverManager.getConnection(url), "the embedded database " + dataFile(base));
    }
}
