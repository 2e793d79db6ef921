package org.clustermeet.core.registration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;

/**
 * A person's registration for an event, on behalf of the organisation they represent. Waiting
 * lists are ordered by {@code registeredAt}, then by id. The arrival time is recorded by the
 * workflow; registrations taken elsewhere, and public documents, may leave it out. Immutable and
 * thread-safe.
 *
 * @param id           the identifier, not null
 * @param event        the event, not null
 * @param person       the person, not null
 * @param organisation the organisation represented, not null
 * @param role         the role at the event, not null
 * @param state        where the registration stands, not null
 * @param registeredAt when the registration arrived, if recorded; required while WAITLISTED; not null
 * @param attends      how the person attends: IN_PERSON or ONLINE; not null
 */
public record Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                           EventRole role, RegistrationState state, Optional<Instant> registeredAt,
                           AttendanceMode attends) {

    /**
     * Validates the registration.
     *
     * @param id           the identifier, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param state        where the registration stands, not null
     * @param registeredAt when the registration arrived, if recorded; required while WAITLISTED; not null
     * @param attends      how the person attends: IN_PERSON or ONLINE; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a waitlisted registration has no arrival time
     */
    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(attends, "attends");
        if (attends == AttendanceMode.HYBRID) {
            throw new IllegalArgumentException("registration " + id + ": a person attends IN_PERSON or ONLINE, not "
                    + "HYBRID");
        }
        if (state == RegistrationState.WAITLISTED && registeredAt.isEmpty()) {
            throw new IllegalArgumentException("registration " + id + " is waitlisted and needs its arrival time "
                    + "(registeredAt), which orders the waiting list");
        }
    }

    /**
     * Returns a registration with a recorded arrival time.
     *
     * @param id           the identifier, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param state        where the registration stands, not null
     * @param registeredAt when the registration arrived, not null
     */
    public Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                        EventRole role, RegistrationState state, Instant registeredAt) {
        this(id, event, person, organisation, role, state, Optional.of(Objects.requireNonNull(registeredAt,
                "registeredAt")), AttendanceMode.IN_PERSON);
    }

    /**
     * Returns an in-person registration.
     *
     * @param id           the identifier, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param state        where the registration stands, not null
     * @param registeredAt when the registration arrived, if recorded; not null
     */
    public Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                        EventRole role, RegistrationState state, Optional<Instant> registeredAt) {
        this(id, event, person, organisation, role, state, registeredAt, AttendanceMode.IN_PERSON);
    }

    /**
     * Returns a copy in another state.
     *
     * @param state the new state, not null
     * @return the changed copy, or {@code this} if the state is the same
     */
    public Registration withState(RegistrationState state) {
        return state == this.state ? this
                : new Registration(id, event, person, organisation, role, state, registeredAt, attends);
    }

    /** {@return whether this registration holds one of the event's places} */
    public boolean holdsPlace() {
        return state.holdsPlace();
    }
}
