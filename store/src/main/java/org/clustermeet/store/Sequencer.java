package org.clustermeet.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.core.workflow.StepResult;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;

/**
 * How a store records changes: one at a time within the process, each decided on the latest
 * known state and appended under the next sequence number; when another process appended first,
 * the journal's key refuses the row, and the change is decided again after catching up.
 */
final class Sequencer {

    /**
     * Decides a step on a state, as the workflow does: the step's change set is what is recorded
     * (none for a refusal). Throws IllegalArgumentException for a bad request.
     */
    @FunctionalInterface
    interface Decider<R extends StepResult> {
        R decide(StoreState state);
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }

    private final Object lock = new Object();
    private final Database database;
    private final Clock clock;
    private final Replay replay = new Replay();
    private volatile StoreState state;
    private boolean closed;

    Sequencer(Database database, Clock clock, StoreState state) {
        this.database = database;
        this.clock = clock;
        this.state = state;
    }

    StoreState state() {
        return state;
    }

    String where() {
        return database.where();
    }

    /** The history of whatever passes the filter, from every journal row. */
    List<HistoryEntry> history(Predicate<Happening> filter) {
        synchronized (lock) {
            ensureOpen();
            List<Journal.Row> rows;
            try {
                rows = database.inTransaction(c -> Journal.rowsAfter(c, 0));
            } catch (SQLException e) {
                throw new RegistryStoreException("cannot read the history in " + database.where() + ": "
                        + Journal.describe(e), e);
            }
            return new History().of(rows, filter, database.where());
        }
    }

    /** Reads what others appended. */
    StoreState refresh() {
        synchronized (lock) {
            ensureOpen();
            sql(this::catchUp, "read the journal");
            return state;
        }
    }

    /**
     * Decides a step on the latest known state and appends its change set under the next sequence
     * number; when another process was first, catches up and decides again. A refusal or an error
     * is confirmed on the database's latest state before it is given.
     */
    <R extends StepResult> R change(String kind, Actor actor, Decider<R> decider) {
        synchronized (lock) {
            ensureOpen();
            boolean confirmed = false;
            while (true) {
                StoreState s = state;
                R decision;
                try {
                    decision = decider.decide(s);
                } catch (IllegalArgumentException e) {
                    if (!confirmed && caughtUpWithNews()) {
                        confirmed = true;
                        continue;
                    }
                    throw e;
                }
                if (decision.changes().isEmpty()) {
                    if (!confirmed && caughtUpWithNews()) {
                        confirmed = true;
                        continue;
                    }
                    return decision;
                }
                Journal.Row row = replay.row(s, kind, actor, clock.instant(), decision.changes(),
                        Happening.of(decision));
                if (append(row)) {
                    state = s.next(decision.registry(), decision.changes(), row.checksum());
                    return decision;
                }
                sql(this::catchUp, "read the journal");
                confirmed = true;
            }
        }
    }

    /** Catches up; true when others had appended (catching up keeps the state object when nothing is new). */
    private boolean caughtUpWithNews() {
        StoreState old = state;
        sql(this::catchUp, "read the journal");
        return state != old;
    }

    /** Appends a row; false when the state it was decided on is stale. */
    private boolean append(Journal.Row row) {
        try {
            return database.commitIf(c -> Journal.append(c, row));
        } catch (SQLException e) {
            if (Journal.isUniqueViolation(e)) {
                return false;
            }
            Optional<String> recorded;
            try {
                recorded = database.inTransaction(c -> Journal.checksumAt(c, row.sequence()));
            } catch (SQLException again) {
                throw new RegistryStoreException("lost the database " + database.where() + " while recording change "
                        + row.sequence() + " (" + row.kind() + "): " + Journal.describe(e) + "; it cannot be reached "
                        + "to learn whether the change was recorded: open the store again to see", row.sequence(), e);
            }
            if (recorded.isPresent()) {
                return recorded.get().equals(row.checksum());
            }
            throw new RegistryStoreException("could not record change " + row.sequence() + " (" + row.kind()
                    + ") in " + database.where() + ": " + Journal.describe(e) + "; the change was not made",
                    row.sequence(), e);
        }
    }

    /** Brings the state up to the database's latest change, checking each row against the chain. */
    private void catchUp() throws SQLException {
        StoreState s = state;
        List<Journal.Row> rows = database.inTransaction(c -> Journal.rowsAfter(c, s.sequence()));
        state = replay.rows(s, rows, database.where());
    }

    private void sql(SqlStep step, String what) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot " + what + " in " + database.where() + ": "
                    + Journal.describe(e), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + database.where() + " is closed");
        }
    }

    /**
     * Writes the latest state as a snapshot, so that opening replays only the rows after it, and
     * drops older snapshots; the rows stay as the history. Returns how many rows the new snapshot
     * spares opening (0 when a snapshot already covers the latest change).
     */
    int compact() {
        synchronized (lock) {
            ensureOpen();
            sql(this::catchUp, "read the journal");
            StoreState s = state;
            String document = Replay.document(s.registry());
            Instant at = clock.instant();
            try {
                return database.inTransaction(c -> {
                    long covered = Journal.snapshotSequence(c).orElse(-1);
                    if (covered >= s.sequence()) {
                        return 0;
                    }
                    Journal.writeSnapshot(c, s.sequence(), document, at, s.chain());
                    Journal.dropSnapshotsBefore(c, s.sequence());
                    return (int) (s.sequence() - covered);
                });
            } catch (SQLException e) {
                if (Journal.isUniqueViolation(e)) {
                    return 0;
                }
                throw new RegistryStoreException("cannot compact the store in " + database.where() + ": "
                        + Journal.describe(e) + "; nothing was changed", e);
            }
        }
    }

    void close() {
        synchronized (lock) {
            closed = true;
            database.close();
        }
    }
}
