package org.clustermeet.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.AttendanceResult;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.EditResult;
import org.clustermeet.core.workflow.EventCancellationResult;
import org.clustermeet.core.workflow.EventChangeResult;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.core.workflow.RegistrationResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.core.workflow.WorkflowRegistry;
import org.clustermeet.store.internal.Database;

/**
 * The {@link WorkflowRegistry} in a database: the last snapshot (the canonical JSON document)
 * plus a journal of every step, one row per step holding exactly the step's change set, what
 * happened in domain words, who asked for it and a checksum chained to the row before. Opening
 * replays the rows after the snapshot; {@link #compact()} writes a new snapshot, and the rows stay
 * as the store's {@linkplain #history(RegistrationId) history}. A row or snapshot that does not
 * match the chain, and a journal shorter than its recorded head, are refused as tampered.
 * <pre>{@code
 * try (RegistryStore store = RegistryStore.openEmbedded(Path.of("meetings"))) {
 *     RegistrationResult result = store.registerNow(event, person, organisation, EventRole.CLUSTER_MANAGER,
 *             AttendanceMode.IN_PERSON, Actor.of("secretariat"));
 * }
 * }</pre>
 *
 * <p><b>Durable before acknowledged.</b> Each step (a registration, a cancellation, an
 * attendance, an edit) is committed before its method returns; a refused registration or a failed
 * edit writes nothing. Steps that arrive while a commit is in flight wait and are then committed
 * together in one transaction, each decided on the state that includes the ones before it; when
 * that transaction fails, each of them fails and none is recorded.
 *
 * <p><b>Several processes, one database.</b> A change is decided on the state at a known sequence
 * number and appended under the next one. When another process appended first, the journal's
 * primary key refuses the row; the store then reads what the others appended and decides again.
 * So capacities hold and waiting lists keep the order in which changes reached the database.
 * Within a process, changes are decided one at a time; {@link #registry()} never waits. What other
 * processes appended is read when a change needs it, or on {@link #refresh()}.
 *
 * <p>Databases: H2 in a file ({@link #openEmbedded(Path)}), or PostgreSQL (or H2) through any
 * {@link DataSource} ({@link #open(DataSource)}); the SQL is the same. A store holds at most four
 * connections: one for its changes, and one each, opened when first needed, for the invitations,
 * the outbox and the histories that read the whole journal. Failures of the database are
 * {@link RegistryStoreException}s that name it. Thread-safe.
 */
public final class RegistryStore implements WorkflowRegistry, AutoCloseable {

    private static final String REGISTER = "register";
    private static final String CANCEL = "cancel";
    private static final String ATTEND = "attend";
    private static final String CHANGE_EVENT = "change-event";
    private static final String CANCEL_EVENT = "cancel-event";
    private static final String EDIT = "edit";

    private final Sequencer sequencer;
    private final Clock clock;
    private final Invitations invitations;
    private final Outbox outbox;
    private final People people;
    private final HistoryReader histories;

    private RegistryStore(Database database, Clock clock, StoreState state) {
        this.sequencer = new Sequencer(database, clock, state);
        this.clock = clock;
        this.outbox = new Outbox(database.sibling(), clock);
        this.invitations = new Invitations(database.sibling(), sequencer, clock);
        this.histories = new HistoryReader(database.sibling());
        this.people = new People(sequencer, histories, clock);
    }

    /**
     * Returns the store's outbox: the notices its changes wrote for the people they concern
     * (accepted, waitlisted, promoted, refused, cancelled, the event changed or cancelled,
     * invited), kept in the same database until a sender sends them. They use a connection of
     * their own, opened when first needed.
     *
     * @return the outbox
     */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Returns the store's people as records under data protection: merging two records of one
     * person, consents given and withdrawn, erasure and retention.
     *
     * @return the people
     */
    public People people() {
        return people;
    }

    /**
     * Returns the store's invitations: personal links to answer an event's invitation, kept in the
     * same database (tokens as hashes only), shared by every process on it. They use a connection
     * of their own, opened when first needed.
     *
     * @return the invitations
     */
    public Invitations invitations() {
        return invitations;
    }

    /**
     * Creates a store in a new embedded H2 database file, holding a first registry.
     *
     * @param file    the database file: {@code meetings} or {@code meetings.mv.db} both make
     *                {@code meetings.mv.db}; not null, must not exist
     * @param initial the registry to start from, not null
     * @return the open store
     * @throws RegistryStoreException if the file exists or cannot be written
     */
    public static RegistryStore createEmbedded(Path file, Registry initial) {
        return createEmbedded(file, initial, Clock.systemUTC());
    }

    /**
     * Creates a store in a new embedded H2 database file, with a clock for arrival times and
     * journal rows.
     *
     * @param file    the database file, not null, must not exist
     * @param initial the registry to start from, not null
     * @param clock   the clock, not null
     * @return the open store
     * @throws RegistryStoreException if the file exists or cannot be written
     */
    public static RegistryStore createEmbedded(Path file, Registry initial, Clock clock) {
        return create(Opening.newEmbedded(file), initial, clock);
    }

    /**
     * Opens the store in an embedded H2 database file.
     *
     * @param file the database file ({@code meetings} or {@code meetings.mv.db}), not null
     * @return the open store
     * @throws RegistryStoreException if there is no such file, it holds no store, or it cannot be read
     */
    public static RegistryStore openEmbedded(Path file) {
        return openEmbedded(file, Clock.systemUTC());
    }

    /**
     * Opens the store in an embedded H2 database file, with a clock for arrival times and journal rows.
     *
     * @param file  the database file, not null
     * @param clock the clock, not null
     * @return the open store
     * @throws RegistryStoreException if there is no such file, it holds no store, or it cannot be read
     */
    public static RegistryStore openEmbedded(Path file, Clock clock) {
        return open(Opening.existingEmbedded(file), clock);
    }

    /**
     * Creates a store in a database, holding a first registry: creates its tables if missing.
     *
     * @param dataSource the database, not null
     * @param initial    the registry to start from, not null
     * @return the open store
     * @throws RegistryStoreException if the database cannot be reached or already holds a store
     */
    public static RegistryStore create(DataSource dataSource, Registry initial) {
        return create(dataSource, initial, Clock.systemUTC());
    }

    /**
     * Creates a store in a database, with a clock for arrival times and journal rows.
     *
     * @param dataSource the database, not null
     * @param initial    the registry to start from, not null
     * @param clock      the clock, not null
     * @return the open store
     * @throws RegistryStoreException if the database cannot be reached or already holds a store
     */
    public static RegistryStore create(DataSource dataSource, Registry initial, Clock clock) {
        return create(Opening.of(dataSource), initial, clock);
    }

    /**
     * Opens the store in a database.
     *
     * @param dataSource the database, not null
     * @return the open store, at the latest change
     * @throws RegistryStoreException if the database cannot be reached, holds no store, was written
     *                                by a newer version, or holds a row that cannot be read
     */
    public static RegistryStore open(DataSource dataSource) {
        return open(dataSource, Clock.systemUTC());
    }

    /**
     * Opens the store in a database, with a clock for arrival times and journal rows.
     *
     * @param dataSource the database, not null
     * @param clock      the clock, not null
     * @return the open store, at the latest change
     * @throws RegistryStoreException as {@link #open(DataSource)} does
     */
    public static RegistryStore open(DataSource dataSource, Clock clock) {
        return open(Opening.of(dataSource), clock);
    }

    /** {@return the registry as of the latest change this store has seen; never waits} */
    @Override
    public Registry registry() {
        return sequencer.state().registry();
    }

    /** {@return the sequence number of the latest change this store has seen (0: none since the first snapshot)} */
    public long sequence() {
        return sequencer.state().sequence();
    }

    /**
     * Reads what other processes appended since this store last looked.
     *
     * @return the registry as of the latest change
     * @throws RegistryStoreException if the database fails or a row cannot be read
     */
    public Registry refresh() {
        return sequencer.refresh().registry();
    }

    /**
     * {@inheritDoc} The answer is recorded before it is returned. The request's arrival time
     * orders the waiting list; for the order in which requests reach the database, use
     * {@link #registerNow}.
     *
     * @throws RegistryStoreException if the database fails; the registration was not made
     */
    @Override
    public RegistrationResult register(RegistrationRequest request, Actor actor) {
        Objects.requireNonNull(request, "request");
        return sequencer.change(REGISTER, actor, s -> RegistrationWorkflow.register(s.registry(), request));
    }

    /**
     * {@inheritDoc} The id is {@code r-} followed by the change's sequence number, the arrival
     * time the clock's, made later than every arrival recorded before, so that waiting lists
     * follow the order in which requests reach the database, across processes.
     *
     * @throws RegistryStoreException if the database fails; the registration was not made
     */
    @Override
    public RegistrationResult registerNow(EventId event, PersonId person, OrganisationId organisation,
                                          EventRole role, AttendanceMode attends, Actor actor) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(attends, "attends");
        return sequencer.change(REGISTER, actor, s -> RegistrationWorkflow.register(s.registry(),
                new RegistrationRequest(s.freeRegistrationId(), event, person, organisation, role,
                        s.arrivals().next(clock.instant()), attends)));
    }

    /**
     * {@inheritDoc} The cancellation and its promotions are one change.
     *
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    @Override
    public CancellationResult cancel(RegistrationId id, Actor actor) {
        Objects.requireNonNull(id, "id");
        return sequencer.change(CANCEL, actor, s -> RegistrationWorkflow.cancel(s.registry(), id));
    }

    /**
     * {@inheritDoc}
     *
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    @Override
    public AttendanceResult markAttended(RegistrationId id, Actor actor) {
        Objects.requireNonNull(id, "id");
        return sequencer.change(ATTEND, actor, s -> RegistrationWorkflow.markAttended(s.registry(), id));
    }

    /**
     * {@inheritDoc} The event and its promotions are one change.
     *
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    @Override
    public EventChangeResult changeEvent(Event event, Actor actor) {
        Objects.requireNonNull(event, "event");
        return sequencer.change(CHANGE_EVENT, actor, s -> RegistrationWorkflow.changeEvent(s.registry(), event));
    }

    /**
     * {@inheritDoc} The event and its registrations are one change.
     *
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    @Override
    public EventCancellationResult cancelEvent(EventId id, Actor actor) {
        Objects.requireNonNull(id, "id");
        return sequencer.change(CANCEL_EVENT, actor, s -> RegistrationWorkflow.cancelEvent(s.registry(), id));
    }

    /**
     * {@inheritDoc} The edit is committed as one journal row or not at all; it is made again on
     * the newer state when another process changed the database first.
     *
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    @Override
    public EditResult edit(Consumer<RegistryEdit> edit, Actor actor) {
        Objects.requireNonNull(edit, "edit");
        return sequencer.change(EDIT, actor, s -> RegistrationWorkflow.edit(s.registry(), edit));
    }

    /**
     * Returns what happened to a registration, in order: registered or waitlisted (with its
     * position), promoted, refused on promotion (with the reasons), cancelled, attended, edited.
     * Only the journal rows that name the registration are read (the store keeps which rows those
     * are, read once from the journal), so the cost does not grow with the journal.
     *
     * @param id the registration's id, not null
     * @return the history, oldest first; empty when the journal never named it
     * @throws RegistryStoreException if the database fails or the journal was tampered with
     */
    @Override
    public List<HistoryEntry> history(RegistrationId id) {
        Objects.requireNonNull(id, "id");
        return sequencer.history(id);
    }

    /**
     * Returns what happened to a person's registrations, and to the person's record. Every journal
     * row is read, a part at a time on a connection of its own (opened when first needed), so
     * that the store's changes go on meanwhile and the journal is never held in memory.
     *
     * @param id the person's id, not null
     * @return the history, oldest first
     * @throws RegistryStoreException if the database fails or the journal was tampered with
     */
    @Override
    public List<HistoryEntry> history(PersonId id) {
        Objects.requireNonNull(id, "id");
        return histories.history(h -> h.person().equals(Optional.of(id)));
    }

    /**
     * Returns what happened at an event: to the event itself and to every registration for it.
     * Every journal row is read, as {@link #history(PersonId)} reads them.
     *
     * @param id the event's id, not null
     * @return the history, oldest first
     * @throws RegistryStoreException if the database fails or the journal was tampered with
     */
    @Override
    public List<HistoryEntry> history(EventId id) {
        Objects.requireNonNull(id, "id");
        return histories.history(h -> h.event().equals(Optional.of(id)));
    }

    /**
     * {@inheritDoc} Each event's count is kept, and only the journal rows written since the last
     * call are read, those of other processes included.
     *
     * @throws RegistryStoreException if the database fails
     */
    @Override
    public int revision(EventId id) {
        return sequencer.revision(Objects.requireNonNull(id, "id"));
    }

    /**
     * Writes the latest state as a new snapshot, so that opening replays only the journal rows
     * after it, and drops older snapshots, in one transaction. The rows stay: they are the
     * store's history. Other processes keep working.
     *
     * @return the number of journal rows opening no longer replays (0 when a snapshot already
     *         covers the latest change)
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    public int compact() {
        return sequencer.compact();
    }

    /** Closes the store's connections; later changes and reads fail. Closing twice does nothing. */
    @Override
    public void close() {
        invitations.close();
        outbox.close();
        histories.close();
        sequencer.close();
    }

    /**
     * Returns a database URL as messages may show it: without its options (after {@code ?} or
     * {@code ;}) and without the user information of its authority, either of which may hold a
     * password. Every message of the store names its database this way.
     *
     * @param url a JDBC URL, not null
     * @return the URL without what may be secret
     */
    public static String redacted(String url) {
        return Database.withoutOptions(Objects.requireNonNull(url, "url"));
    }

    @Override
    public String toString() {
        return "RegistryStore[" + sequencer.where() + ", change " + sequencer.state().sequence() + "]";
    }

    private static RegistryStore create(Database database, Registry initial, Clock clock) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(clock, "clock");
        try {
            return new RegistryStore(database, clock, Opening.create(database, initial, clock.instant()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static RegistryStore open(Database database, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        try {
            StoreState state = Opening.load(database);
            Opening.completeTables(database);
            return new RegistryStore(database, clock, state);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
