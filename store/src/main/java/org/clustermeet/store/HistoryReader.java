package org.clustermeet.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;
import org.clustermeet.store.internal.JournalRows;

/**
 * Reads what the whole journal says of a person, an event or consents: a part of the rows at a
 * time, keeping only the entries asked for, on a connection of its own. Such a read goes through
 * every row, so it neither holds the journal in memory nor keeps the store's changes waiting
 * while it runs. The parts are read in one state of the database, each part's first row checked
 * against the last row of the part before.
 */
final class HistoryReader {

    private final Object lock = new Object();
    private final Database database;
    private boolean closed;

    /**
     * Creates the reader; nothing is opened until the first read.
     *
     * @param database a database of its own, on the store's
     */
    HistoryReader(Database database) {
        this.database = database;
    }

    /**
     * Reads the entries whose happenings pass a filter, from every journal row.
     *
     * @param filter which happenings are wanted
     * @return the entries, oldest first
     * @throws RegistryStoreException if the database fails or the journal was tampered with
     */
    List<HistoryEntry> history(Predicate<Happening> filter) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the store " + database.where() + " is closed");
            }
            try {
                return database.readingOneState(c -> {
                    History history = new History();
                    List<HistoryEntry> entries = new ArrayList<>();
                    JournalRows.inParts(c, 0, HistoryIndex.PART, (rows, before) ->
                            entries.addAll(history.of(rows, before, filter, database.where())));
                    return List.copyOf(entries);
                });
            } catch (SQLException e) {
                throw new RegistryStoreException("cannot read the history in " + database.where() + ": "
                        + Journal.describe(e), e);
            }
        }
    }

    /** Closes the reader's connection; later reads fail. */
    void close() {
        synchronized (lock) {
            closed = true;
            database.close();
        }
    }
}
