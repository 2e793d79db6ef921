package org.clustermeet.core.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.WebLink;

/**
 * A national cluster association, whose members are cluster organisations (ZP Klastry Polskie,
 * France Clusters). Immutable and thread-safe.
 *
 * @param id       the identifier, not null
 * @param names    the names over time, not null
 * @param aliases  other names, not null
 * @param country  the country it represents, not null
 * @param founding when and where it was founded, if known; not null
 * @param website  the website, if known; not null
 */
public record ClusterAssociation(OrganisationId id, NameHistory names, List<String> aliases,
                                 CountryCode country, Optional<Founding> founding,
                                 Optional<WebLink> website) implements Organisation {

    /**
     * Validates the association.
     *
     * @param id       the identifier, not null
     * @param names    the names over time, not null
     * @param aliases  other names, not null
     * @param country  the country it represents, not null
     * @param founding when and where it was founded, if known; not null
     * @param website  the website, if known; not null
     * @throws NullPointerException     if an argument or alias is null
     * @throws IllegalArgumentException if an alias is blank
     */
    public ClusterAssociation {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(founding, "founding");
    }

    /**
     * Returns an association with one name, no aliases, founding or website.
     *
     * @param id      the identifier, not null
     * @param name    the English name, not blank
     * @param country the country, not null
     * @return the association
     */
    public static ClusterAssociation of(OrganisationId id, String name, CountryCode country) {
        return new ClusterAssociation(id, NameHistory.of(name), List.of(), country, Optional.empty(),
                Optional.empty());
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.CLUSTER_ASSOCIATION;
    }

    @Override
    public Optional<CountryCode> homeCountry() {
        return Optional.of(country);
    }

    @Override
    public <R, X extends Exception> R accept(Organisation.Visitor<R, X> visitor) throws X {
        return visitor.clusterAssociation(this);
    }

    @Override
    public ClusterAssociation withNames(NameHistory names) {
        return names.equals(this.names) ? this
                : new ClusterAssociation(id, names, aliases, country, founding, website);
    }

    /**
     * Returns a copy with other aliases.
     *
     * @param aliases the aliases, not null
     * @return the changed copy
     */
    public ClusterAssociation withAliases(List<String> aliases) {
        return new ClusterAssociation(id, names, aliases, country, founding, website);
    }

    /**
     * Returns a copy with a founding.
     *
     * @param founding when and where it was founded, not null
     * @return the changed copy
     */
    public ClusterAssociation withFounding(Founding founding) {
        return new ClusterAssociation(id, names, aliases, country,
                Optional.of(Objects.requireNonNull(founding, "founding")), website);
    }

    /**
     * Returns a copy with a website.
     *
     * @param website the website, not null
     * @return the changed copy
     */
    public ClusterAssociation withWebsite(WebLink website) {
        return new ClusterAssociation(id, names, aliases, country, founding,
                Optional.of(Objects.requireNonNull(website, "website")));
    }
}
