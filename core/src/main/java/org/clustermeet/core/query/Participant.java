package org.clustermeet.core.query;

import java.util.Objects;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.EventRole;

/**
 * A participant of an event as a published list shows them: name, role and organisation (named
 * as it was on the event date). It carries no e-mail address or phone number. Immutable and
 * thread-safe.
 *
 * @param person           the person's id, not null
 * @param name             the person's full name where its publication is allowed, else "a participant
 *                         from ORGANISATION" ({@link org.clustermeet.core.person.Person#publicName}); not null
 * @param role             the role at the event, not null
 * @param organisation     the represented organisation's id, not null
 * @param organisationName the organisation's English name on the event date, not null
 * @param organisationKind the organisation's kind, not null
 */
public record Participant(PersonId person, String name, EventRole role, OrganisationId organisation,
                          String organisationName, OrganisationKind organisationKind) {

    /**
     * Validates the participant.
     *
     * @param person           the person's id, not null
     * @param name             the person's full name where its publication is allowed, else "a participant
     *     from ORGANISATION" ({@link org.clustermeet.core.person.Person#publicName}); not null
     * @param role             the role at the event, not null
     * @param organisation     the represented organisation's id, not null
     * @param organisationName the organisation's English name on the event date, not null
     * @param organisationKind the organisation's kind, not null
     * @throws NullPointerException if an argument is null
     */
    public Participant {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(organisationKind, "organisationKind");
    }
}
