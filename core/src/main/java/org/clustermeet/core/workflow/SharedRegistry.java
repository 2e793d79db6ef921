package org.clustermeet.core.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

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

/**
 * The in-memory {@link WorkflowRegistry}: a thread-safe holder of the current {@link Registry}
 * for applications where several threads register, cancel and read at once.
 *
 * <p>Steps are applied one at a time, so concurrent registrations for one event never exceed its
 * capacity and none is lost. Readers never wait: {@link #registry()} returns the latest published
 * registry, an immutable value that later steps do not touch. The history of every step (what
 * happened, when by the clock, and who asked) is kept in memory for as long as the holder lives.
 * Nothing is kept on disk and nothing is locked across processes.
 */
public final class SharedRegistry implements WorkflowRegistry {

    private final Object lock = new Object();
    private final Clock clock;
    private volatile Registry current;
    private ArrivalClock arrivals;
    /** The number of steps that changed the registry, which numbers the ids given by {@link #registerNow}. */
    private long steps;
    /** What every step did, in order; guarded by {@code lock}. */
    private final List<HistoryEntry> history = new ArrayList<>();

    /**
     * Creates a holder publishing an initial registry, stamping arrivals with the UTC system clock.
     *
     * @param initial the registry to start from, not null
     */
    public SharedRegistry(Registry initial) {
        this(initial, Clock.systemUTC());
    }

    /**
     * Creates a holder publishing an initial registry.
     *
     * @param initial the registry to start from, not null
     * @param clock   the clock that stamps arrivals in {@link #registerNow}, not null
     */
    public SharedRegistry(Registry initial, Clock clock) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.arrivals = ArrivalClock.of(initial);
    }

    @Override
    public Registry registry() {
        return current;
    }

    @Override
    public RegistrationResult register(RegistrationRequest request, Actor actor) {
        Objects.requireNonNull(request, "request");
        return step(actor, r -> RegistrationWorkflow.register(r, request));
    }

    /**
     * Registers a person with the id {@code r-N}, N the number of this step, and the arrival
     * stamped while holding the lock.
     */
    @Override
    public RegistrationResult registerNow(EventId event, PersonId person, OrganisationId organisation, EventRole role,
                                          AttendanceMode attends, Actor actor) {
        Objects.requireNonNull(attends, "attends");
        synchronized (lock) {
            RegistrationId id = RegistrationWorkflow.freeRegistrationId(current, "r-" + (steps + 1));
            return registerNow(id, event, person, organisation, role, attends, actor);
        }
    }

    /**
     * Registers a person under an id of the caller's, with the arrival stamped while holding the
     * lock, so that the waiting list keeps the order in which requests arrived.
     *
     * @param id           the registration's id, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param attends      IN_PERSON or ONLINE, not null
     * @param actor        who asked, not null
     * @return accepted, waitlisted or refused
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     */
    public RegistrationResult registerNow(RegistrationId id, EventId event, PersonId person,
                                          OrganisationId organisation, EventRole role, AttendanceMode attends,
                                          Actor actor) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attends, "attends");
        synchronized (lock) {
            RegistrationRequest request = new RegistrationRequest(id, event, person, organisation, role,
                    arrivals.next(clock.instant()), attends);
            return register(request, actor);
        }
    }

    @Override
    public CancellationResult cancel(RegistrationId id, Actor actor) {
        Objects.requireNonNull(id, "id");
        return step(actor, r -> RegistrationWorkflow.cancel(r, id));
    }

    @Override
    public AttendanceResult markAttended(RegistrationId id, Actor actor) {
        Objects.requireNonNull(id, "id");
        return step(actor, r -> RegistrationWorkflow.markAttended(r, id));
    }

    @Override
    public EventChangeResult changeEvent(Event event, Actor actor) {
        Objects.requireNonNull(event, "event");
        return step(actor, r -> RegistrationWorkflow.changeEvent(r, event));
    }

    @Override
    public EventCancellationResult cancelEvent(EventId id, Actor actor) {
        Objects.requireNonNull(id, "id");
        return step(actor, r -> RegistrationWorkflow.cancelEvent(r, id));
    }

    @Override
    public EditResult edit(Consumer<RegistryEdit> edit, Actor actor) {
        Objects.requireNonNull(edit, "edit");
        return step(actor, r -> RegistrationWorkflow.edit(r, edit));
    }

    /** Decides a step on the latest registry and publishes its result; if it throws, nothing is published. */
    private <R extends StepResult> R step(Actor actor, Function<Registry, R> decide) {
        Objects.requireNonNull(actor, "actor");
        synchronized (lock) {
            R result = decide.apply(current);
            if (!result.changes().isEmpty()) {
                current = result.registry();
                arrivals = arrivals.after(result.changes());
                steps++;
                Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // as a store keeps it
                for (Happening h : Happening.of(result)) {
                    history.add(new HistoryEntry(steps, at, Optional.of(actor), h));
                }
            }
            return result;
        }
    }

    @Override
    public List<HistoryEntry> history(RegistrationId id) {
        Objects.requireNonNull(id, "id");
        return history(h -> h.registration().equals(Optional.of(id)));
    }

    @Override
    public List<HistoryEntry> history(PersonId id) {
        Objects.requireNonNull(id, "id");
        return history(h -> h.person().equals(Optional.of(id)));
    }

    @Override
    public List<HistoryEntry> history(EventId id) {
        Objects.requireNonNull(id, "id");
        return history(h -> h.event().equals(Optional.of(id)));
    }

    private List<HistoryEntry> history(Predicate<Happening> filter) {
        synchronized (lock) {
            return history.stream().filter(e -> filter.test(e.happening())).toList();
        }
    }

    @Override
    public String toString() {
        return "SharedRegistry[" + current + ", " + steps + " steps]";
    }
}
