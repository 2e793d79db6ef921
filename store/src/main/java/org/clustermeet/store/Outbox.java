package org.clustermeet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;

/**
 * The notices a store holds for sending, in its database: each written in the same transaction as
 * the change that causes it, then claimed, sent and recorded by a sender. Several processes on one
 * database may send at once: a notice is claimed by one of them for a lease (a conditional update
 * that only one can win), so that none is sent by two; a sender that dies leaves its claim to
 * expire, and the notice is sent again, with the same id. Obtained from
 * {@link RegistryStore#outbox()}; thread-safe.
 */
public final class Outbox {

    /** Where a notice stands. */
    public enum Status {
        /** Waiting to be sent (again, after {@code nextAttempt} when an attempt failed). */
        PENDING,
        /** Sent. */
        SENT,
        /** Given up after repeated failures; {@code lastError} says why. */
        FAILED,
        /** Not to be sent: the person has no e-mail address, or was erased. */
        SKIPPED
    }

    /**
     * A notice and how its sending stands.
     *
     * @param notice      what to tell, not null
     * @param status      where it stands, not null
     * @param attempts    how many attempts failed or succeeded, at least 0
     * @param nextAttempt when it may be tried (again), not null
     * @param sentAt      when it was sent, if it was; not null
     * @param lastError   why the last attempt failed, or why it was skipped; not null
     */
    public record Entry(Notice notice, Status status, int attempts, Instant nextAttempt, Optional<Instant> sentAt,
                        Optional<String> lastError) {

        /**
         * Validates the entry.
         *
         * @param notice      not null
         * @param status      not null
         * @param attempts    at least 0
         * @param nextAttempt not null
         * @param sentAt      not null
         * @param lastError   not null
         */
        public Entry {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(nextAttempt, "nextAttempt");
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(lastError, "lastError");
            if (attempts < 0) {
                throw new IllegalArgumentException("attempts of notice " + notice.id() + " must be at least 0");
            }
        }
    }

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS clustermeet_outbox ("
            + "id VARCHAR(64) NOT NULL PRIMARY KEY, created_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "kind VARCHAR(32) NOT NULL, event_id VARCHAR(128) NOT NULL, person_id VARCHAR(128) NOT NULL, "
            + "registration_id VARCHAR(128), position INTEGER NOT NULL, reasons_en TEXT NOT NULL, "
            + "reasons_pl TEXT NOT NULL, actor VARCHAR(64) NOT NULL, status VARCHAR(16) NOT NULL, "
            + "attempts INTEGER NOT NULL, next_at TIMESTAMP WITH TIME ZONE NOT NULL, claimed_by VARCHAR(64), "
            + "claimed_until TIMESTAMP WITH TIME ZONE, sent_at TIMESTAMP WITH TIME ZONE, last_error VARCHAR(1000))";
    private static final String INDEX = "CREATE INDEX IF NOT EXISTS clustermeet_outbox_due "
            + "ON clustermeet_outbox (status, next_at)";
    private static final String COLUMNS = "id, created_at, kind, event_id, person_id, registration_id, position, "
            + "reasons_en, reasons_pl, actor, status, attempts, next_at, sent_at, last_error";
    /** The columns a new notice fills, in the order of {@link #insert}'s values. */
    static final String INSERTED = "id, created_at, kind, event_id, person_id, registration_id, position, "
            + "reasons_en, reasons_pl, actor, status, attempts, next_at";
    /** Separates reasons in their column: reasons are sentences, never holding a line break. */
    static final String LINE = "\n";
    private static final int MAX_ERROR = 1000;
    /** The most notices sent to the database at once: an invitation of many people has one each. */
    private static final int BATCH = 1000;

    private final Object lock = new Object();
    private final Database database;
    private final Clock clock;
    private boolean closed;

    Outbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Writes notices in a transaction that is under way: the one of the change that causes them.
     *
     * @param c       the transaction's connection
     * @param notices the notices
     * @throws SQLException if the database fails
     */
    static void insert(Connection c, List<Notice> notices) throws SQLException {
        if (notices.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO clustermeet_outbox (" + INSERTED
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
            int batched = 0;
            for (Notice n : notices) {
                s.setString(1, n.id());
                s.setObject(2, utc(n.createdAt()));
                s.setString(3, n.kind().name());
                s.setString(4, n.event().value());
                s.setString(5, n.person().value());
                s.setString(6, n.registration().map(RegistrationId::value).orElse(null));
                s.setInt(7, n.position());
                s.setString(8, String.join(LINE, n.reasons().english()));
                s.setString(9, String.join(LINE, n.reasons().polish()));
                s.setString(10, n.actor().name());
                s.setObject(11, utc(n.createdAt()));
                s.addBatch();
                if (++batched % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Why a notice to a person whose personal data was erased is not sent. */
    static final String ERASED = "not sent: the person's personal data was erased";

    /**
     * Clears what the notices to some people may quote of them, in an erasure's transaction:
     * reasons and errors lose their personal strings, and notices not yet sent are skipped, their
     * claims taken back (a sender still holding one records nothing more).
     *
     * @param c       the erasure's connection
     * @param people  whose notices, not null
     * @param scrub   removes personal strings from a text
     * @return how many notices were changed
     * @throws SQLException if the database fails
     */
    static int scrub(Connection c, Collection<PersonId> people, UnaryOperator<String> scrub) throws SQLException {
        int changed = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT id, reasons_en, reasons_pl, status, last_error "
                + "FROM clustermeet_outbox WHERE person_id = ?");
             PreparedStatement update = c.prepareStatement("UPDATE clustermeet_outbox SET reasons_en = ?, "
                     + "reasons_pl = ?, status = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL "
                     + "WHERE id = ?")) {
            for (PersonId person : people) {
                select.setString(1, person.value());
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        boolean pending = Status.PENDING.name().equals(r.getString(4));
                        String english = scrub.apply(r.getString(2));
                        String polish = scrub.apply(r.getString(3));
                        String error = pending ? ERASED : scrub.apply(r.getString(5));
                        if (pending || !english.equals(r.getString(2)) || !polish.equals(r.getString(3))
                                || !Objects.equals(error, r.getString(5))) {
                            update.setString(1, english);
                            update.setString(2, polish);
                            update.setString(3, pending ? Status.SKIPPED.name() : r.getString(4));
                            update.setString(4, error);
                            update.setString(5, r.getString(1));
                            update.addBatch();
                            changed++;
                        }
                    }
                }
            }
            update.executeBatch();
        }
        return changed;
    }

    /**
     * Creates the outbox's table and index where missing: when a store is created, and when a
     * store created before the outbox existed is opened.
     *
     * @param c a connection
     * @throws SQLException if the database fails
     */
    static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(CREATE);
            s.execute(INDEX);
        }
    }

    /**
     * Adds a notice that no change causes (a refused request changes nothing, but is told).
     *
     * @param notice the notice, not null
     * @throws RegistryStoreException if the database fails
     */
    public void add(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        work("add a notice", c -> {
            insert(c, List.of(notice));
            return null;
        });
    }

    /**
     * Claims notices due for sending, oldest first: each is this holder's until the lease ends,
     * and no other holder gets it meanwhile.
     *
     * @param holder who claims (a name unique to the sending process), not blank
     * @param max    the most to claim, at least 1
     * @param lease  how long the claim lasts: longer than sending takes; not null
     * @return the claimed notices
     * @throws RegistryStoreException if the database fails
     */
    public List<Entry> claim(String holder, int max, Duration lease) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(lease, "lease");
        if (holder.isBlank() || max < 1) {
            throw new IllegalArgumentException("claim needs a holder and max at least 1, not \"" + holder + "\", "
                    + max);
        }
        Instant now = clock.instant();
        List<Entry> due = work("read the notices due", c -> select(c, "status = 'PENDING' AND next_at <= ? "
                + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id", max, now, now));
        List<Entry> claimed = new ArrayList<>();
        for (Entry e : due) {
            if (claimOne(e.notice().id(), holder, now, lease)) {
                claimed.add(e);
            }
        }
        return claimed;
    }

    /**
     * Records a claimed notice as sent.
     *
     * @param id     the notice's id, not null
     * @param holder who claimed it, not null
     * @return false when the claim had run out and another holder took the notice
     */
    public boolean sent(String id, String holder) {
        Instant now = clock.instant();
        return finish(id, holder, "status = 'SENT', sent_at = ?, attempts = attempts + 1", now);
    }

    /**
     * Records a failed attempt: the notice is tried again at {@code retryAt}.
     *
     * @param id      the notice's id, not null
     * @param holder  who claimed it, not null
     * @param error   what went wrong, not null
     * @param retryAt when to try again, not null
     * @return false when the claim had run out
     */
    public boolean retry(String id, String holder, String error, Instant retryAt) {
        return finish(id, holder, "attempts = attempts + 1, next_at = ?, last_error = ?", Objects.requireNonNull(
                retryAt, "retryAt"), cut(error));
    }

    /**
     * Records that sending is given up after a last failed attempt.
     *
     * @param id     the notice's id, not null
     * @param holder who claimed it, not null
     * @param error  what went wrong, not null
     * @return false when the claim had run out
     */
    public boolean failed(String id, String holder, String error) {
        return finish(id, holder, "status = 'FAILED', attempts = attempts + 1, last_error = ?", cut(error));
    }

    /**
     * Records that a notice is not to be sent, and why.
     *
     * @param id     the notice's id, not null
     * @param holder who claimed it, not null
     * @param why    the reason (no e-mail address, erased), not null
     * @return false when the claim had run out
     */
    public boolean skipped(String id, String holder, String why) {
        return finish(id, holder, "status = 'SKIPPED', last_error = ?", cut(why));
    }

    /**
     * Lists the latest notices, newest first.
     *
     * @param status the status to list, or empty for all
     * @param max    the most to list, at least 1
     * @return the entries
     */
    public List<Entry> latest(Optional<Status> status, int max) {
        Objects.requireNonNull(status, "status");
        return work("read the notices", c -> status.isPresent()
                ? select(c, "status = ? ORDER BY id DESC", max, status.get().name())
                : select(c, "1 = 1 ORDER BY id DESC", max));
    }

    /**
     * Lists the notices to a person, oldest first.
     *
     * @param person the person, not null
     * @return the entries
     */
    public List<Entry> of(PersonId person) {
        Objects.requireNonNull(person, "person");
        return work("read the notices of " + person, c -> select(c, "person_id = ? ORDER BY id",
                Integer.MAX_VALUE - 1, person.value()));
    }

    /** {@return how many notices stand in each status} */
    public Map<Status, Integer> counts() {
        return work("count the notices", c -> {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            Arrays.stream(Status.values()).forEach(s -> counts.put(s, 0));
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT status, COUNT(*) FROM clustermeet_outbox GROUP BY status")) {
                while (r.next()) {
                    counts.put(Status.valueOf(r.getString(1)), r.getInt(2));
                }
            }
            return counts;
        });
    }

    private boolean finish(String id, String holder, String set, Object... values) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(holder, "holder");
        return work("record a notice's sending", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE clustermeet_outbox SET " + set
                    + ", claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")) {
                int i = 1;
                for (Object v : values) {
                    s.setObject(i++, v instanceof Instant at ? utc(at) : v);
                }
                s.setString(i++, id);
                s.setString(i, holder);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static List<Entry> select(Connection c, String where, int max, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM clustermeet_outbox WHERE " + where
                + " LIMIT " + Math.max(1, max))) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i] instanceof Instant at ? utc(at) : values[i]);
            }
            List<Entry> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(read(r));
                }
            }
            return found;
        }
    }

    private static Entry read(ResultSet r) throws SQLException {
        Notice notice = new Notice(r.getString(1), Notice.Kind.valueOf(r.getString(3)), EventId.of(r.getString(4)),
                PersonId.of(r.getString(5)), Optional.ofNullable(r.getString(6)).map(RegistrationId::of), r.getInt(7),
                new Notice.Reasons(lines(r.getString(8)), lines(r.getString(9))), Actor.of(r.getString(10)),
                r.getObject(2, OffsetDateTime.class).toInstant());
        OffsetDateTime sent = r.getObject(14, OffsetDateTime.class);
        return new Entry(notice, Status.valueOf(r.getString(11).toUpperCase(Locale.ROOT)), r.getInt(12),
                r.getObject(13, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(sent).map(OffsetDateTime::toInstant), Optional.ofNullable(r.getString(15)));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(LINE, -1));
    }

    private static String cut(String text) {
        String inert = Echo.inert(Objects.requireNonNull(text, "text"));
        return inert.length() > MAX_ERROR ? inert.substring(0, MAX_ERROR - 1) + "…" : inert;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Claims one notice; false when another holder has it, or took it at the same moment. */
    private boolean claimOne(String id, String holder, Instant now, Duration lease) {
        synchronized (lock) {
            ensureOpen();
            try {
                return database.inTransaction(c -> {
                    try (PreparedStatement s = c.prepareStatement("UPDATE clustermeet_outbox SET claimed_by = ?, "
                            + "claimed_until = ? WHERE id = ? AND status = 'PENDING' "
                            + "AND (claimed_until IS NULL OR claimed_until < ?)")) {
                        s.setString(1, holder);
                        s.setObject(2, utc(now.plus(lease)));
                        s.setString(3, id);
                        s.setObject(4, utc(now));
                        return s.executeUpdate() == 1;
                    }
                });
            } catch (SQLException e) {
                if (isConflict(e)) {
                    return false;
                }
                throw new RegistryStoreException("cannot claim a notice in " + database.where() + ": "
                        + Journal.describe(e), e);
            }
        }
    }

    private <T> T work(String what, Database.Work<T> work) {
        synchronized (lock) {
            ensureOpen();
            try {
                return database.inTransaction(work);
            } catch (SQLException e) {
                throw new RegistryStoreException("cannot " + what + " in " + database.where() + ": "
                        + Journal.describe(e), e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + database.where() + " is closed");
        }
    }

    /** A row another transaction changed first: PostgreSQL's serialization failure, H2's concurrent update. */
    private static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "90131".equals(state) || "HYT00".equals(state);
    }

    /** Closes the outbox's connection; later calls fail. */
    void close() {
        synchronized (lock) {
            closed = true;
            database.close();
        }
    }
}
