package org.clustermeet.store;

import java.sql.SQLException;
import java.util.List;

import org.clustermeet.store.internal.Chain;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;

/**
 * Brings a store of the first schema version (rows without format, actor or checksum) to the
 * current one: adds the columns and the head, and seals the snapshot and the rows kept after it
 * into a checksum chain that starts at that snapshot. What the first version held is trusted as
 * it is found; from then on every change is checked. The rows keep format 1, which is read as
 * it was written.
 */
final class Upgrade {

    private Upgrade() {
    }

    static void run(Database database) {
        try {
            // the columns first: some databases commit DDL at once, and each statement may run again
            database.inTransaction(c -> {
                Journal.upgradeTables(c);
                return null;
            });
            database.inTransaction(c -> {
                if (!Journal.moveSchemaVersion(c, Journal.FIRST_SCHEMA_VERSION, Journal.SCHEMA_VERSION)) {
                    return null; // another process upgraded it
                }
                Journal.Snapshot snapshot = Journal.latestSnapshot(c).orElseThrow(() -> new RegistryStoreException(
                        "no store in " + database.where() + ": it holds no snapshot", null));
                String chain = Chain.start(snapshot.sequence(), snapshot.document());
                Journal.sealSnapshot(c, snapshot, chain);
                long sequence = snapshot.sequence();
                List<Journal.Row> rows = Journal.rowsAfter(c, snapshot.sequence());
                for (Journal.Row row : rows) {
                    if (row.sequence() != sequence + 1) {
                        throw new RegistryStoreException("cannot upgrade the store in " + database.where()
                                + ": its journal has a gap (change " + row.sequence() + " follows change "
                                + sequence + "); nothing was changed", row.sequence(), null);
                    }
                    chain = row.expectedChecksum(chain);
                    Journal.sealRow(c, row.sequence(), chain);
                    sequence = row.sequence();
                }
                Journal.recordHead(c, new Journal.Head(sequence, chain));
                return null;
            });
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot upgrade the store in " + database.where() + " to schema version "
                    + Journal.SCHEMA_VERSION + ": " + Journal.describe(e), e);
        }
    }
}
