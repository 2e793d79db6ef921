package org.clustermeet.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.ConsentResult;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.core.workflow.StepResult;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.GroupAppend;
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

    /** The most changes committed in one transaction. */
    private static final int MAX_GROUP = 256;
    private static final Replay REPLAY = new Replay();

    private final Object lock = new Object();
    /** The steps waiting to be committed; its monitor guards them, {@code leading} and each step's {@code done}. */
    private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
    /** Whether a thread is committing groups for the others. */
    private boolean leading;
    private final Database database;
    private final Clock clock;
    private volatile StoreState state;
    private boolean closed;
    /** What is kept from the whole history; guarded by the lock. */
    private final HistoryIndex index = new HistoryIndex();
    /** Whether this process erased someone: closing then compacts an embedded file; guarded by the lock. */
    private boolean erased;

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

    /**
     * The history of one registration, from the journal rows that name it, not from the whole
     * journal; see {@link HistoryIndex#history}.
     */
    List<HistoryEntry> history(RegistrationId registration) {
        synchronized (lock) {
            ensureOpen();
            index.catchUp(database);
            return index.history(registration, database);
        }
    }

    /** Returns how many times an event itself was changed; see {@link HistoryIndex}. */
    int revision(EventId event) {
        return fromHistory(index -> index.revision(event));
    }

    /** Returns whom a person was merged into, if they were; see {@link HistoryIndex}. */
    Optional<PersonId> mergedInto(PersonId person) {
        return fromHistory(index -> index.mergedInto(person));
    }

    /** Tells whether the person's latest consent to be contacted, if any, was not withdrawn. */
    boolean mayContact(PersonId person) {
        return fromHistory(index -> index.mayContact(person));
    }

    /** Asks what is kept from the whole history, after reading the rows appended since last asked. */
    private <T> T fromHistory(Function<HistoryIndex, T> question) {
        synchronized (lock) {
            ensureOpen();
            index.catchUp(database);
            return question.apply(index);
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
     *
     * <p>Steps that arrive while a transaction is being committed wait together and are then
     * committed as one group, in the order they arrived: each is decided on the state that
     * includes the ones before it, and each caller returns only after the transaction holding its
     * change has committed. A transaction that fails fails every change in it, and none of them
     * is visible.
     */
    <R extends StepResult> R change(String kind, Actor actor, Decider<R> decider) {
        Pending<R> mine = new Pending<>(kind, actor, decider);
        synchronized (queue) {
            queue.add(mine);
            while (!mine.done && leading) {
                waitForLeader();
            }
            if (mine.done) {
                return mine.outcome();
            }
            leading = true;
        }
        try {
            while (true) {
                List<Pending<?>> group = new ArrayList<>();
                synchronized (queue) {
                    while (!queue.isEmpty() && group.size() < MAX_GROUP) {
                        group.add(queue.poll());
                    }
                }
                synchronized (lock) {
                    commitGroup(group);
                }
                synchronized (queue) {
                    group.forEach(p -> p.done = true);
                    queue.notifyAll();
                    if (mine.done) {
                        break;
                    }
                }
            }
        } finally {
            synchronized (queue) {
                leading = false;
                queue.notifyAll();
            }
        }
        return mine.outcome();
    }

    /** Waits, holding the queue's monitor, until the leader has committed a group or stepped down. */
    private void waitForLeader() {
        try {
            queue.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryStoreException("interrupted while waiting for a change to be committed in "
                    + database.where() + "; it may still be recorded", e);
        }
    }

    /**
     * Decides every step of a group in order, then appends their rows in one transaction; sets
     * each step's outcome. Runs under the lock, on the leading thread.
     */
    private void commitGroup(List<Pending<?>> group) {
        try {
            ensureOpen();
            boolean confirmed = false;
            while (true) {
                StoreState s = state;
                List<Journal.Row> rows = new ArrayList<>();
                List<Notice> notices = new ArrayList<>();
                boolean refusal = false;
                for (Pending<?> p : group) {
                    StoreState before = s;
                    s = p.decide(s, clock.instant(), rows, notices);
                    refusal |= s == before;
                }
                if (refusal && !confirmed && caughtUpWithNews()) {
                    confirmed = true;
                    continue;
                }
                if (rows.isEmpty() ? tell(notices) : append(rows, notices)) {
                    state = s;
                    return;
                }
                sql(this::catchUp, "read the journal");
                confirmed = true;
            }
        } catch (RuntimeException | Error e) {
            group.forEach(p -> p.fail(e));
        }
    }

    /** A step waiting to be decided and committed, and then its outcome. */
    private static final class Pending<R extends StepResult> {
        private final String kind;
        private final Actor actor;
        private final Decider<R> decider;
        private R decision;
        private RuntimeException refused;
        private Throwable failure;
        /** Written and read under the queue's monitor. */
        private boolean done;

        Pending(String kind, Actor actor, Decider<R> decider) {
            this.kind = kind;
            this.actor = actor;
            this.decider = decider;
        }

        /** Decides on a state, adds the row of a change and its notices, and answers the state after it. */
        StoreState decide(StoreState s, Instant at, List<Journal.Row> rows, List<Notice> notices) {
            decision = null;
            refused = null;
            try {
                decision = decider.decide(s);
            } catch (RuntimeException e) {
                // a refused request, or a caller's edit that failed: that caller's alone, never its group's
                refused = e;
                return s;
            }
            notices.addAll(Notices.of(s.registry(), decision, actor, at));
            // a consent is recorded even when it changes nothing in the registry: the history is its record
            if (decision.changes().isEmpty() && !(decision instanceof ConsentResult)) {
                return s;
            }
            Journal.Row row = REPLAY.row(s, kind, actor, at, decision.changes(), Happening.of(decision));
            rows.add(row);
            return s.next(decision.registry(), decision.changes(), row.checksum());
        }

        void fail(Throwable e) {
            failure = e;
        }

        R outcome() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (refused != null) {
                throw refused;
            }
            return decision;
        }
    }

    /** Catches up; true when others had appended (catching up keeps the state object when nothing is new). */
    private boolean caughtUpWithNews() {
        StoreState old = state;
        sql(this::catchUp, "read the journal");
        return state != old;
    }

    /** Writes the notices of refusals, which change nothing; always true. */
    private boolean tell(List<Notice> notices) {
        if (!notices.isEmpty()) {
            sql(() -> database.inTransaction(c -> {
                Outbox.insert(c, notices);
                return null;
            }), "record a refusal's notice");
        }
        return true;
    }

    /**
     * Appends rows and their notices in one transaction; false when the state they were decided
     * on is stale.
     */
    private boolean append(List<Journal.Row> rows, List<Notice> notices) {
        Journal.Row last = rows.get(rows.size() - 1);
        try {
            return GroupAppend.appendAndCommit(database, rows, new NoticeRows(notices));
        } catch (SQLException e) {
            if (Journal.isUniqueViolation(e)) {
                return false;
            }
            String what = rows.size() == 1 ? "change " + last.sequence() + " (" + last.kind() + ")"
                    : "changes " + rows.get(0).sequence() + " to " + last.sequence();
            Optional<String> recorded;
            try {
                recorded = database.inTransaction(c -> Journal.checksumAt(c, last.sequence()));
            } catch (SQLException again) {
                throw new RegistryStoreException("lost the database " + database.where() + " while recording " + what
                        + ": " + Journal.describe(e) + "; it cannot be reached to learn whether "
                        + (rows.size() == 1 ? "the change was" : "they were") + " recorded: open the store again "
                        + "to see", last.sequence(), e);
            }
            if (recorded.isPresent()) {
                return recorded.get().equals(last.checksum());
            }
            throw new RegistryStoreException("could not record " + what + " in " + database.where() + ": "
                    + Journal.describe(e) + "; " + (rows.size() == 1 ? "the change was not made"
                    : "none of them was made"), last.sequence(), e);
        }
    }

    /**
     * Brings the state up to the database's latest change, checking each row against the chain.
     * After another process's erasure the rows before it were sealed again, so the state is read
     * again from the snapshot, as opening does.
     */
    private void catchUp() throws SQLException {
        StoreState s = state;
        List<Journal.Row> rows = database.inTransaction(c -> Journal.rowsAfter(c, s.sequence()));
        if (rows.stream().anyMatch(r -> ErasureStep.KIND.equals(r.kind()))) {
            state = Opening.load(database);
            return;
        }
        state = REPLAY.rows(s, rows, database.where());
    }

    /**
     * Erases people's personal data from the registry and from every earlier row and snapshot,
     * in one transaction; see {@link ErasureStep}. Whom to erase is chosen on the latest state,
     * and chosen again if another process changed it first.
     */
    ErasureReport erase(Function<Registry, List<PersonId>> whom, Actor actor) {
        synchronized (lock) {
            ensureOpen();
            while (true) {
                sql(this::catchUp, "read the journal");
                StoreState s = state;
                List<PersonId> people = whom.apply(s.registry());
                if (people.isEmpty()) {
                    return new ErasureReport(List.of(), List.of(), 0, 0, 0, 0);
                }
                Instant at = clock.instant();
                List<ErasureStep.Done> done = new ArrayList<>(1);
                try {
                    if (!database.commitIf(c -> {
                        Optional<ErasureStep.Done> d = ErasureStep.run(c, s, people, actor, at, database.where());
                        d.ifPresent(done::add);
                        return d.isPresent();
                    })) {
                        continue;
                    }
                } catch (SQLException e) {
                    if (Journal.isUniqueViolation(e)) {
                        continue;
                    }
                    throw new RegistryStoreException("cannot erase " + people + " in " + database.where() + ": "
                            + Journal.describe(e) + "; nothing was erased", e);
                }
                ErasureReport report = done.get(0).report();
                state = done.get(0).state();
                erased |= !report.nothingErased();
                return report;
            }
        }
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

    /**
     * Closes the connection; after an erasure by this process, an embedded database is compacted
     * first, so that no page of its file still holds what was erased, and otherwise when most of
     * its file is free space.
     */
    void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (erased) {
                try {
                    database.compactAndClose();
                } catch (SQLException e) {
                    throw new RegistryStoreException("closed the store in " + database.where() + ", but could not "
                            + "compact it after an erasure: " + Journal.describe(e) + "; what was erased may remain "
                            + "in the file's free space until the store is compacted (open and close it again)", e);
                }
                return;
            }
            database.closeCompactingIfWorthIt();
        }
    }
}
