package org.clustermeet.core.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;

/**
 * The facts an eligibility rule may look up beyond the applicant: organisations, their labels,
 * and memberships on a day. A registry provides them (see {@code RegistryFacts}); a test or a
 * benchmark may provide its own.
 */
public interface EligibilityFacts {

    /**
     * Looks up an organisation.
     *
     * @param id the organisation's id, not null
     * @return the organisation, or empty if there is none with that id
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
}
