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
 * A request to register a person for an event; the registry answers it with a
 * {@link RegistrationOutcome}. Immutable and thread-safe.
 *
 * @param id           the identifier the registration will have, not null
 * @param event        the event, not null
 * @param person       the person, not null
 * @param organisation the organisation the person represents, not null
 * @param role         the role at the event, not null
 * @param at           when the request arrived (orders the waiting list), not null
 * @param attends      how the person will attend: IN_PERSON or ONLINE; not null
 */
public record RegistrationRequest(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                                  EventRole role, Instant at, AttendanceMode attends) {

    /**
     * Validates the request.
     *
     * @param id           the identifier the registration will have, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation the person represents, not null
     * @param role         the role at the event, not null
     * @param at           when the request arrived (orders the waiting list), not null
     * @param attends      how the person will attend: IN_PERSON or ONLINE; not null
     * @throws NullPointerException if an argument is null
     */
    public RegistrationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(attends, "attends");
        if (attends == AttendanceMode.HYBRID) {
            throw new IllegalArgumentException("registration request " + id + ": a person attends IN_PERSON or "
                    + "ONLINE, not HYBRID");
        }
    }

    /**
     * Returns a request to attend in person.
     *
     * @param id           the identifier the registration will have, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation the person represents, not null
     * @param role         the role at the event, not null
     * @param at           when the request arrived, not null
     */
    public RegistrationRequest(RegistrationId id, EventId event, PersonId person, OrganisationId organisation,
                               EventRole role, Instant at) {
        this(id, event, person, organisation, role, at, AttendanceMode.IN_PERSON);
    }

    /**
     * Returns a copy for attending in another mode.
     *
     * @param attends IN_PERSON or ONLINE, not null
     * @return the changed copy
     */
    public RegistrationRequest attending(AttendanceMode attends) {
        return new RegistrationRequest(id, event, person, organisation, role, at, attends);
    }

    /**
     * Returns the registration this request becomes in a given state.
     *
     * @param state the state, not null
     * @return the registration
     */
    public Registration toRegistration(RegistrationState state) {
        return new Registration(id, event, person, organisation, role, state, Optional.of(at), attends);
    }
}
