package org.clustermeet.core.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.EventRole;

/**
 * What an {@link EligibilityPolicy} may look at: the applicant, the organisation they represent,
 * their role at the event, the event's date, and read-only lookups in the registry. The registry
 * supplies it; a user-supplied predicate receives it too.
 */
public interface EligibilityContext {

    /** Returns the person applying. */
    Person person();

    /** Returns the organisation the person represents. */
    Organisation organisation();

    /** Returns the role the person asks for at the event. */
    EventRole role();

    /** Returns the day on which eligibility is judged: the event's first day. */
    LocalDate date();

    /**
     * Looks up an organisation.
     *
     * @param id the organisation's id, not null
     * @return the organisation, or empty if the registry has none with that id
     */
    Optional<Organisation> organisation(OrganisationId id);

    /**
     * Returns every label an organisation holds or held.
     *
     * @param holder the holder's id, not null
     * @return its labels, in id order
     */
    List<QualityLabel> labelsOf(OrganisationId holder);

    /**
     * Tells whether an organisation is a member of an association or alliance on a day, directly
     * or through an association that is itself a member.
     *
     * @param member the member's id, not null
     * @param group  the association's or alliance's id, not null
     * @param day    the day, not null
     * @return true when some chain of memberships active on that day leads from member to group
     */
    boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate day);

    /** Returns the represented organisation's English name on the event date, for messages. */
    default String organisationName() {
        return organisation().nameOn(date()).english();
    }
}
