package org.clustermeet.core.registration;

import java.time.Instant;
import java.util.Objects;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;

/**
 * A request to register a person for an event; the registry answers it with a
 * {@link RegistrationOutcome}. Immutable and thread-safe.
 *
 * @param id           the identifier the registration will have, not null
 * @param event        the event, not null
 * @param person       the person, not null
 * @param organisation the organisation the person represents, not null
 * @param role         the role at the event, not null
 * @param at           when the request arrived (orders the waiting list), not null
 */
public record RegistrationRequest(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                                  EventRole role, Instant at) {

    /**
     * Validates the request.
     *
     * @throws NullPointerException if an argument is null
     */
    public RegistrationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Returns the registration this request becomes in a given state.
     *
     * @param state the state, not null
     * @return the registration
     */
    public Registration toRegistration(RegistrationState state) {
        return new Registration(id, event, person, organisation, role, state, at);
    }
}
