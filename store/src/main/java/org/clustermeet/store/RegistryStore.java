package org.clustermeet.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.clustermeet.core.event.AttendanceMode;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registration.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.EventChangeResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.EntityKind;
import org.clustermeet.store.internal.Operation;

/**
 * The registry in a database: the last snapshot (the canonical JSON document) plus a journal of
 * every change since, one row per change. Opening replays the journal onto the snapshot;
 * {@link #compact()} writes a new snapshot and drops the rows it covers.
 * <pre>{@code
 * try (RegistryStore store = RegistryStore.openEmbedded(Path.of("meetings"))) {
 *     RegistrationOutcome outcome = store.registerNow(event, person, organisation, EventRole.CLUSTER_MANAGER,
 *             AttendanceMode.IN_PERSON);
 * }
 * }</pre>
 *
 * <p><b>Durable before acknowledged.</b> Each change (a registration, a cancellation, an
 * attendance, an edit) is committed in its own transaction before its method returns; a refused
 * registration or a failed edit writes nothing.
 *
 * <p><b>Several processes, one database.</b> A change is decided on the state at a known sequence
 * number and appended under the next one. When another process appended first, the journal's
 * primary key refuses the row; the store then reads what the others appended and decides again.
 * So capacities hold and waiting lists keep the order in which changes reached the database.
 * Within a process, changes run one at a time; {@link #registry()} never waits. What other
 * processes appended is read when a change needs it, or on {@link #refresh()}.
 *
 * <p>Databases: H2 in a file ({@link #openEmbedded(Path)}), or PostgreSQL (or H2) through any
 * {@link DataSource} ({@link #open(DataSource)}); the SQL is the same. Failures of the database
 * are {@link RegistryStoreException}s that name it. Thread-safe.
 */
public final class RegistryStore implements AutoCloseable {

    private static final String REGISTER = "register";
    private static final String CANCEL = "cancel";
    private static final String ATTEND = "attend";
    private static final String CHANGE_EVENT = "change-event";
    private static final String CANCEL_EVENT = "cancel-event";
    private static final String EDIT = "edit";

    private final Sequencer sequencer;
    private final Clock clock;

    private RegistryStore(Database database, Clock clock, StoreState state) {
        this.sequencer = new Sequencer(database, clock, state);
        this.clock = clock;
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
     * Answers a registration request as {@link RegistrationWorkflow#register} does, on the latest
     * state, and records the answer before returning it. The request's arrival time orders the
     * waiting list; for the order in which requests reach the database, use {@link #registerNow}.
     *
     * @param request the request, not null
     * @return accepted, waitlisted or refused (refused: nothing recorded)
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     * @throws RegistryStoreException   if the database fails; the registration was not made
     */
    public RegistrationOutcome register(RegistrationRequest request) {
        Objects.requireNonNull(request, "request");
        return sequencer.change(REGISTER, s -> registration(s, request));
    }

    /**
     * Registers a person with an id and arrival time given by the store: the id is {@code r-}
     * followed by the change's sequence number, the arrival time the clock's, made later than
     * every arrival recorded before, so that waiting lists follow the order in which requests
     * reach the database, across processes.
     *
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param attends      IN_PERSON or ONLINE, not null
     * @return accepted, waitlisted or refused (refused: nothing recorded)
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     * @throws RegistryStoreException   if the database fails; the registration was not made
     */
    public RegistrationOutcome registerNow(EventId event, PersonId person, OrganisationId organisation,
                                           EventRole role, AttendanceMode attends) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(attends, "attends");
        return sequencer.change(REGISTER, s -> registration(s, new RegistrationRequest(s.freeRegistrationId(),
                event, person, organisation, role, s.nextArrival(clock.instant()), attends)));
    }

    /**
     * Cancels a registration as {@link RegistrationWorkflow#cancel} does, promotions included, in one change.
     *
     * @param id the registration's id, not null
     * @return the result
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#cancel} does
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public CancellationResult cancel(RegistrationId id) {
        Objects.requireNonNull(id, "id");
        return sequencer.change(CANCEL, s -> {
            CancellationResult result = RegistrationWorkflow.cancel(s.registry(), id);
            List<RegistrationId> touched = new ArrayList<>(List.of(id));
            result.promotions().promoted().forEach(r -> touched.add(r.id()));
            result.promotions().refused().forEach(r -> touched.add(r.registration().id()));
            return Sequencer.Decision.of(result.registry(), result, registrations(result.registry(), touched));
        });
    }

    /**
     * Records that a registered person took part, as {@link RegistrationWorkflow#markAttended} does.
     *
     * @param id the registration's id, not null
     * @return the registry after it
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#markAttended} does
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public Registry markAttended(RegistrationId id) {
        Objects.requireNonNull(id, "id");
        return sequencer.change(ATTEND, s -> {
            Registry after = RegistrationWorkflow.markAttended(s.registry(), id);
            return Sequencer.Decision.of(after, after, registrations(after, List.of(id)));
        });
    }

    /**
     * Stores a changed event as {@link RegistrationWorkflow#changeEvent} does, promotions included.
     *
     * @param event the changed or new event, not null
     * @return the result
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#changeEvent} does
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public EventChangeResult changeEvent(Event event) {
        Objects.requireNonNull(event, "event");
        return sequencer.change(CHANGE_EVENT, s -> {
            EventChangeResult result = RegistrationWorkflow.changeEvent(s.registry(), event);
            List<RegistrationId> touched = new ArrayList<>();
            result.promotions().promoted().forEach(r -> touched.add(r.id()));
            result.promotions().refused().forEach(r -> touched.add(r.registration().id()));
            List<Operation> operations = new ArrayList<>(List.of(EntityKind.EVENT.stateIn(result.registry(),
                    event.id())));
            operations.addAll(registrations(result.registry(), touched));
            return Sequencer.Decision.of(result.registry(), result, operations);
        });
    }

    /**
     * Cancels an event as {@link RegistrationWorkflow#cancelEvent} does, its registrations included.
     *
     * @param id the event's id, not null
     * @return the registry after it
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#cancelEvent} does
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public Registry cancelEvent(EventId id) {
        Objects.requireNonNull(id, "id");
        return sequencer.change(CANCEL_EVENT, s -> {
            Registry after = RegistrationWorkflow.cancelEvent(s.registry(), id);
            List<Operation> operations = new ArrayList<>(List.of(EntityKind.EVENT.stateIn(after, id)));
            operations.addAll(registrations(after, s.registry().registrationsFor(id).stream()
                    .filter(r -> !after.registration(r.id()).equals(Optional.of(r))).map(r -> r.id()).toList()));
            return Sequencer.Decision.of(after, after, operations);
        });
    }

    /**
     * Applies an edit of entities as one change, checked as {@link org.clustermeet.core.registry.RegistryEdit#apply()} does.
     *
     * @param edit the edit, not null
     * @return the registry after it (the same when the edit is empty: nothing is recorded)
     * @throws org.clustermeet.core.registry.RegistryIntegrityException naming every problem, if the
     *         edit would break a rule on the latest state; nothing was changed
     * @throws IllegalArgumentException if the edit removes an entity that does not exist
     * @throws RegistryStoreException   if the database fails; nothing was changed
     */
    public Registry apply(StoreEdit edit) {
        List<Operation> operations = Objects.requireNonNull(edit, "edit").operations();
        return sequencer.change(EDIT, s -> {
            Registry after = Replay.apply(s.registry(), operations);
            return Sequencer.Decision.of(after, after, operations);
        });
    }

    /**
     * Writes the latest state as a new snapshot and drops the journal rows it covers, in one
     * transaction. Other processes keep working: a process behind the snapshot reads it when it
     * next catches up.
     *
     * @return the number of journal rows dropped (0 when a snapshot already covers the latest change)
     * @throws RegistryStoreException if the database fails; nothing was changed
     */
    public int compact() {
        return sequencer.compact();
    }

    /** Closes the store's connection; later changes fail. Closing twice does nothing. */
    @Override
    public void close() {
        sequencer.close();
    }

    @Override
    public String toString() {
        return "RegistryStore[" + sequencer.where() + ", change " + sequencer.state().sequence() + "]";
    }

    // ---- how a change is decided and recorded ----

    private static Sequencer.Decision<RegistrationOutcome> registration(StoreState s, RegistrationRequest request) {
        var result = RegistrationWorkflow.register(s.registry(), request);
        if (result.outcome() instanceof RegistrationOutcome.Refused) {
            return Sequencer.Decision.of(s.registry(), result.outcome(), List.of());
        }
        return Sequencer.Decision.of(result.registry(), result.outcome(), registrations(result.registry(),
                List.of(request.id())));
    }

    private static List<Operation> registrations(Registry after, List<RegistrationId> ids) {
        return ids.stream().map(id -> EntityKind.REGISTRATION.stateIn(after, id)).toList();
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
            return new RegistryStore(database, clock, Opening.load(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
