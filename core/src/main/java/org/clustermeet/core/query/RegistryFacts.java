package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityFacts;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.registry.Registry;

/**
 * A registry's facts as eligibility rules look them up: its organisations, their labels, and
 * memberships on a day. Cheap to create; thread-safe.
 */
public final class RegistryFacts implements EligibilityFacts {

    private final Registry registry;
    private final MembershipQueries memberships;

    private RegistryFacts(Registry registry) {
        this.registry = registry;
        this.memberships = MembershipQueries.of(registry);
    }

    /**
     * Returns the facts of a registry.
     *
     * @param registry the registry, not null
     * @return its facts
     */
    public static RegistryFacts of(Registry registry) {
        return new RegistryFacts(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public Optional<Organisation> organisation(OrganisationId id) {
        return registry.organisation(id);
    }

    @Override
    public List<QualityLabel> labelsOf(OrganisationId holder) {
        return registry.labelsOf(holder);
    }

    @Override
    public boolean isMemberOn(OrganisationId member, OrganisationId group, LocalDate day) {
        return memberships.isMemberOn(member, group, day);
    }
}
