package org.clustermeet.core.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.value.LocalizedText;

/**
 * One applicant as a rule sees them: the person, the organisation they represent, the role they
 * ask for, the day on which eligibility is judged (the event's first day), and the facts behind
 * the lookups a rule may make. Immutable.
 *
 * @param person       the person applying, not null
 * @param organisation the organisation the person represents, not null
 * @param role         the role the person asks for at the event, not null
 * @param date         the day on which eligibility is judged, not null
 * @param facts        the registry's facts, not null
 */
public record EligibilityContext(Person person, Organisation organisation, EventRole role, LocalDate date,
                                 EligibilityFacts facts) {

    /**
     * Validates the context.
     *
     * @param person       the person applying, not null
     * @param organisation the organisation the person represents, not null
     * @param role         the role the person asks for at the event, not null
     * @param date         the day on which eligibility is judged, not null
     * @param facts        the registry's facts, not null
     * @throws NullPointerException if an argument is null
     */
    public EligibilityContext {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * Looks up an organisation in the facts.
     *
     * @param id the organisation's id, not null
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(OrganisationId id) {
        return facts.organisation(id);
    }

    /**
     * Returns every label an organisation holds or held.
     *
     * @param holder the holder's id, not null
     * @return its labels, in id order
     */
    public List<QualityLabel> labelsOf(OrganisationId holder) {
        return facts.labelsOf(holder);
    }

    /**
     * Tells whether an organisation is a member of an association or alliance on a day.
     *
     * @param member the member's id, not null
     * @param group  the association's or alliance's id, not null
     * @param day    the day, not null
     * @return true when it is a direct or indirect member on that day
     */
    public boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate day) {
        return facts.isMemberOn(member, group, day);
    }

    /** {@return the represented organisation's English name on the judged day, for messages} */
    public String organisationName() {
        return organisation.displayNameOn(date).english();
    }

    /** {@return the represented organisation's name on the judged day in every language recorded} */
    public LocalizedText organisationNames() {
        return organisation.displayNameOn(date);
    }
}
