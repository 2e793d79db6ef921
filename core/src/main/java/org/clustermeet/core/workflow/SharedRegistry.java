package org.clustermeet.core.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registration.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;

/**
 * A thread-safe holder of the current {@link Registry} for applications where several threads
 * register, cancel and read at once.
 *
 * <p>Changes are applied one at a time, so concurrent registrations for one event never exceed
 * its capacity and none is lost. Readers never wait: {@link #snapshot()} returns the latest
 * published registry, an immutable value that later changes do not touch. Nothing is locked
 * across processes.
 */
public final class SharedRegistry {

    private final Object lock = new Object();
    private final Clock clock;
    private volatile Registry current;
    private Instant lastArrival = Instant.MIN;

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
    }

    /** {@return the latest published registry} */
    public Registry snapshot() {
        return current;
    }

    /**
     * Answers a registration request against the latest registry and publishes the result.
     *
     * @param request the request, not null
     * @return accepted, waitlisted or refused
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     */
    public RegistrationOutcome register(RegistrationRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            RegistrationResult result = RegistrationWorkflow.register(current, request);
            current = result.registry();
            return result.outcome();
        }
    }

    /**
     * Registers a person with the time of arrival stamped while holding the lock, so that the
     * waiting list keeps the order in which requests arrived. Stamps strictly increase, even when
     * the clock stands still or goes back.
     *
     * @param id           the registration's id, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @return accepted, waitlisted or refused
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     */
    public RegistrationOutcome registerNow(RegistrationId id, EventId event, PersonId person,
                                           OrganisationId organisation, EventRole role) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            Instant now = clock.instant();
            if (!now.isAfter(lastArrival)) {
                now = lastArrival.plusNanos(1);
            }
            lastArrival = now;
            return register(new RegistrationRequest(id, event, person, organisation, role, now));
        }
    }

    /**
     * Cancels a registration against the latest registry and publishes the result.
     *
     * @param id the registration's id, not null
     * @return the result, including any registration promoted from the waiting list
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#cancel} does
     */
    public CancellationResult cancel(RegistrationId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            CancellationResult result = RegistrationWorkflow.cancel(current, id);
            current = result.registry();
            return result;
        }
    }

    /**
     * Applies any change to the latest registry and publishes the result; if the change throws,
     * nothing is published.
     *
     * @param change the change, not null; it must not return null
     * @return the published registry
     */
    public Registry update(UnaryOperator<Registry> change) {
        Objects.requireNonNull(change, "change");
        synchronized (lock) {
            Registry next = Objects.requireNonNull(change.apply(current), "the change returned no registry");
            current = next;
            return next;
        }
    }
}
