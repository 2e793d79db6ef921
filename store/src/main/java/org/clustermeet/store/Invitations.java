package org.clustermeet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;

/**
 * The invitations of a store, kept in its database beside the journal, so that every process on
 * the database answers the same links. A person has at most one usable invitation to an event:
 * inviting again revokes the earlier link and issues a new one. Only each token's hash is kept.
 * Invitations have a connection of their own, so that looking one up never waits for the store's
 * changes. Issuing one writes an {@link Notice.Kind#INVITED} notice to the {@link Outbox} in the
 * same transaction. Obtained from {@link RegistryStore#invitations()}; thread-safe.
 */
public final class Invitations {

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS clustermeet_invitation ("
            + "token_hash VARCHAR(64) NOT NULL PRIMARY KEY, event_id VARCHAR(128) NOT NULL, "
            + "person_id VARCHAR(128) NOT NULL, lang VARCHAR(16) NOT NULL, "
            + "issued_at TIMESTAMP WITH TIME ZONE NOT NULL, issued_by VARCHAR(64) NOT NULL, "
            + "revoked_at TIMESTAMP WITH TIME ZONE, revoked_by VARCHAR(64), link_of VARCHAR(64))";
    /** Invitations made before further links existed lack the column that marks one. */
    private static final String ADD_LINK_OF = "ALTER TABLE clustermeet_invitation ADD COLUMN IF NOT EXISTS "
            + "link_of VARCHAR(64)";
    private static final String INDEX = "CREATE INDEX IF NOT EXISTS clustermeet_invitation_person "
            + "ON clustermeet_invitation (event_id, person_id)";
    private static final String COLUMNS = "event_id, person_id, lang, issued_at, issued_by, revoked_at, revoked_by";
    private static final String REVOKE = "UPDATE clustermeet_invitation SET revoked_at = ?, revoked_by = ? "
            + "WHERE event_id = ? AND person_id = ? AND revoked_at IS NULL";
    /** The most statements sent to the database at once while issuing many invitations. */
    private static final int BATCH = 1000;

    private final Object lock = new Object();
    private final Database database;
    private final Sequencer sequencer;
    private final Clock clock;
    private boolean tableReady;
    private boolean closed;

    Invitations(Database database, Sequencer sequencer, Clock clock) {
        this.database = database;
        this.sequencer = sequencer;
        this.clock = clock;
    }

    /**
     * Invites a person to an event: revokes the person's earlier invitation to it, if any, and
     * issues a new one, in one transaction.
     *
     * @param event    the event, which must be in the registry
     * @param person   the person, who must be in the registry
     * @param language the language of the invitation, a language alone such as {@code pl}
     * @param actor    who invites, not null
     * @return the invitation with its token, which is not kept and cannot be shown again
     * @throws IllegalArgumentException if the event or the person does not exist, or the language
     *                                  is not a language alone
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public IssuedInvitation issue(EventId event, PersonId person, Locale language, Actor actor) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(language, "language");
        return issueAll(event, Map.of(person, language), actor).get(0);
    }

    /**
     * Invites people to an event in one transaction, as {@link #issue} does each: all of them or,
     * when the database fails, none. An organiser inviting everyone a question finds waits for one
     * commit instead of one per person.
     *
     * @param event  the event, which must be in the registry
     * @param people each person, who must be in the registry, with the language of their
     *               invitation, a language alone such as {@code pl}; in the order to issue them
     * @param actor  who invites, not null
     * @return the invitations with their tokens, in the order of {@code people}; the tokens are not
     *         kept and cannot be shown again
     * @throws IllegalArgumentException if the event or a person does not exist; nothing was changed
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public List<IssuedInvitation> issueAll(EventId event, Map<PersonId, Locale> people, Actor actor) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(actor, "actor");
        Registry registry = sequencer.state().registry();
        if (registry.event(event).isEmpty()) {
            throw new IllegalArgumentException("no event " + event + " to invite to");
        }
        Instant now = clock.instant();
        List<IssuedInvitation> issued = new ArrayList<>(people.size());
        people.forEach((person, language) -> {
            Objects.requireNonNull(person, "people: a person");
            Objects.requireNonNull(language, () -> "people: the language of " + person);
            if (registry.person(person).isEmpty()) {
                throw new IllegalArgumentException("no person " + person + " to invite");
            }
            issued.add(new IssuedInvitation(InvitationToken.random(),
                    new Invitation(event, person, language, now, actor, Optional.empty(), Optional.empty())));
        });
        if (issued.isEmpty()) {
            return List.of();
        }
        work("issue " + (issued.size() == 1 ? "an invitation" : issued.size() + " invitations") + " to " + event, c -> {
            List<Notice> notices = new ArrayList<>(issued.size());
            try (PreparedStatement revoke = c.prepareStatement(REVOKE);
                 PreparedStatement insert = c.prepareStatement("INSERT INTO clustermeet_invitation (token_hash, "
                         + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                int batched = 0;
                for (IssuedInvitation i : issued) {
                    PersonId person = i.invitation().person();
                    setRevocation(revoke, event, person, now, actor);
                    revoke.addBatch();
                    insert.setString(1, i.token().hash());
                    insert.setString(2, event.value());
                    insert.setString(3, person.value());
                    insert.setString(4, i.invitation().language().getLanguage());
                    insert.setObject(5, utc(now));
                    insert.setString(6, actor.name());
                    insert.addBatch();
                    // the person is told in the same transaction: an invitation is never issued untold
                    notices.add(Notice.of(Notice.Kind.INVITED, event, person, Optional.empty(), 0,
                            Notice.Reasons.NONE, actor, now));
                    if (++batched % BATCH == 0) {
                        revoke.executeBatch();
                        insert.executeBatch();
                    }
                }
                revoke.executeBatch();
                insert.executeBatch();
            }
            Outbox.insert(c, notices);
            return null;
        });
        return List.copyOf(issued);
    }

    /**
     * Finds the invitation a token opens, revoked or not.
     *
     * @param token the link's token, not null
     * @return the invitation; empty when no invitation has this token
     * @throws RegistryStoreException if the database fails
     */
    public Optional<Invitation> find(InvitationToken token) {
        Objects.requireNonNull(token, "token");
        return work("read an invitation", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM clustermeet_invitation WHERE token_hash = ?")) {
                s.setString(1, token.hash());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.<Invitation>empty();
                }
            }
        });
    }

    /**
     * Revokes a person's usable invitation to an event: its link no longer answers.
     *
     * @param event  the event, not null
     * @param person the person, not null
     * @param actor  who revokes, not null
     * @return true when an invitation was revoked, false when the person had none usable
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    public boolean revoke(EventId event, PersonId person, Actor actor) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        return work("revoke an invitation to " + event, c -> revoke(c, event, person, now, actor) > 0);
    }

    /**
     * Lists the invitations to an event, revoked ones included, oldest first.
     *
     * @param event the event, not null
     * @return the invitations
     * @throws RegistryStoreException if the database fails
     */
    public List<Invitation> of(EventId event) {
        Objects.requireNonNull(event, "event");
        return work("read the invitations to " + event, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM clustermeet_invitation WHERE event_id = ? AND link_of IS NULL ORDER BY issued_at, person_id")) {
                s.setString(1, event.value());
                List<Invitation> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(read(r));
                    }
                }
                return List.copyOf(found);
            }
        });
    }

    /**
     * Lists a person's invitations to every event, revoked ones included, oldest first.
     *
     * @param person the person, not null
     * @return the invitations
     * @throws RegistryStoreException if the database fails
     */
    public List<Invitation> of(PersonId person) {
        Objects.requireNonNull(person, "person");
        return work("read the invitations of " + person, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM clustermeet_invitation "
                    + "WHERE person_id = ? AND link_of IS NULL ORDER BY issued_at, event_id")) {
                s.setString(1, person.value());
                List<Invitation> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(read(r));
                    }
                }
                return List.copyOf(found);
            }
        });
    }

    /**
     * Returns a person's latest invitation to an event, revoked or not: the language to speak to
     * them in.
     *
     * @param event  the event, not null
     * @param person the person, not null
     * @return the invitation; empty when the person was never invited
     * @throws RegistryStoreException if the database fails
     */
    public Optional<Invitation> latest(EventId event, PersonId person) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        return work("read an invitation to " + event, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM clustermeet_invitation "
                    + "WHERE event_id = ? AND person_id = ? AND link_of IS NULL ORDER BY issued_at DESC")) {
                s.setString(1, event.value());
                s.setString(2, person.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.<Invitation>empty();
                }
            }
        });
    }

    /**
     * Returns a further personal link to a person's usable invitation to an event, for a message
     * that carries it: the first link is shown once and never kept, so each message gets its own,
     * opening the same invitation and revoked with it. A person never invited gets an invitation,
     * in {@code language}, issued by {@code actor}, without a notice (the message that asks for the
     * link is the notice); a person whose invitation was withdrawn gets no link, so that a message
     * never undoes a withdrawal.
     *
     * @param event    the event, which must be in the registry
     * @param person   the person, who must be in the registry
     * @param language the language of an invitation issued now, a language alone
     * @param actor    who asks, not null
     * @return the link's token, which is not kept; empty when the person's invitation was withdrawn
     * @throws IllegalArgumentException if the event or the person does not exist
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public Optional<InvitationToken> link(EventId event, PersonId person, Locale language, Actor actor) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(actor, "actor");
        Registry registry = sequencer.state().registry();
        if (registry.event(event).isEmpty() || registry.person(person).isEmpty()) {
            throw new IllegalArgumentException("no event " + event + " or no person " + person + " for a link");
        }
        Instant now = clock.instant();
        InvitationToken token = InvitationToken.random();
        return work("issue a link to " + event, c -> {
            String of = null;
            String lang = language.getLanguage();
            Instant issuedAt = now;
            String issuedBy = actor.name();
            try (PreparedStatement s = c.prepareStatement("SELECT token_hash, lang, issued_at, issued_by, revoked_at "
                    + "FROM clustermeet_invitation WHERE event_id = ? AND person_id = ? "
                    + "AND link_of IS NULL ORDER BY issued_at DESC")) {
                s.setString(1, event.value());
                s.setString(2, person.value());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        if (r.getObject(5, OffsetDateTime.class) != null) {
                            return Optional.<InvitationToken>empty();
                        }
                        of = r.getString(1);
                        lang = r.getString(2);
                        issuedAt = r.getObject(3, OffsetDateTime.class).toInstant();
                        issuedBy = r.getString(4);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO clustermeet_invitation (token_hash, "
                    + COLUMNS + ", link_of) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)")) {
                s.setString(1, token.hash());
                s.setString(2, event.value());
                s.setString(3, person.value());
                s.setString(4, lang);
                s.setObject(5, utc(issuedAt));
                s.setString(6, issuedBy);
                s.setString(7, of);
                s.executeUpdate();
            }
            return Optional.of(token);
        });
    }

    private static int revoke(Connection c, EventId event, PersonId person, Instant at, Actor actor)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REVOKE)) {
            setRevocation(s, event, person, at, actor);
            return s.executeUpdate();
        }
    }

    private static void setRevocation(PreparedStatement s, EventId event, PersonId person, Instant at, Actor actor)
            throws SQLException {
        s.setObject(1, utc(at));
        s.setString(2, actor.name());
        s.setString(3, event.value());
        s.setString(4, person.value());
    }

    private static Invitation read(ResultSet r) throws SQLException {
        OffsetDateTime revokedAt = r.getObject(6, OffsetDateTime.class);
        String revokedBy = r.getString(7);
        return new Invitation(EventId.of(r.getString(1)), PersonId.of(r.getString(2)),
                Locale.forLanguageTag(r.getString(3)), r.getObject(4, OffsetDateTime.class).toInstant(),
                Actor.of(r.getString(5)), Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant),
                Optional.ofNullable(revokedBy).map(Actor::of));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private <T> T work(String what, Database.Work<T> work) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the store " + database.where() + " is closed");
            }
            try {
                T result = database.inTransaction(c -> {
                    if (!tableReady) {
                        createTable(c);
                    }
                    return work.run(c);
                });
                tableReady = true;
                return result;
            } catch (SQLException e) {
                throw new RegistryStoreException("cannot " + what + " in " + database.where() + ": "
                        + Journal.describe(e), e);
            }
        }
    }

    /**
     * Creates the invitations' table and index where missing: with the store's other tables when
     * a store is created, and on first use in a store created before invitations existed.
     */
    static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(CREATE);
            s.execute(ADD_LINK_OF);
            s.execute(INDEX);
        }
    }

    /** Closes the invitations' connection; later calls fail. */
    void close() {
        synchronized (lock) {
            closed = true;
            database.close();
        }
    }
}
