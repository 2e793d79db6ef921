package org.clustermeet.core.registration;

import java.time.Instant;
import java.util.Objects;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;

/**
 * A person's registration for an event, on behalf of the organisation they represent. Waiting
 * lists are ordered by {@code registeredAt}, then by id. Immutable and thread-safe.
 *
 * @param id           the identifier, not null
 * @param event        the event, not null
 * @param person       the person, not null
 * @param organisation the organisation represented, not null
 * @param role         the role at the event, not null
 * @param state        where the registration stands, not null
 * @param registeredAt when the registration arrived, not null
 */
public record Registration(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                           EventRole role, RegistrationState state, Instant registeredAt) {

    /**
     * Validates the registration.
     *
     * @throws NullPointerException if an argument is null
     */
    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /**
     * Returns a copy in another state.
     *
     * @param state the new state, not null
     * @return the changed copy, or {@code this} if the state is the same
     */
    public Registration withState(RegistrationState state) {
        return state == this.state ? this
                : new Registration(id, event, person, organisation, role, state, registeredAt);
    }

    /** Tells whether this registration holds one of the event's places. */
    public boolean holdsPlace() {
        return state.holdsPlace();
    }
}
