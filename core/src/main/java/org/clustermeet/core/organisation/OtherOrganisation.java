package org.clustermeet.core.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.WebLink;

/**
 * An organisation outside the cluster ecosystem whose people take part in meetings: a company, a
 * university, a research centre. It holds no labels and no memberships; people who register
 * themselves for an open event name one when their organisation is not in the registry.
 * Immutable and thread-safe.
 *
 * @param id      the identifier, not null
 * @param names   the names over time, not null
 * @param aliases other names, not null
 * @param country the country, if known; not null
 * @param website the website, if known; not null
 */
public record OtherOrganisation(OrganisationId id, NameHistory names, List<String> aliases,
                                Optional<CountryCode> country, Optional<WebLink> website)
        implements Organisation {

    /**
     * Validates the organisation.
     *
     * @param id      the identifier, not null
     * @param names   the names over time, not null
     * @param aliases other names, not null
     * @param country the country, if known; not null
     * @param website the website, if known; not null
     * @throws NullPointerException     if an argument or alias is null
     * @throws IllegalArgumentException if an alias is blank
     */
    public OtherOrganisation {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(country, "country");
    }

    /**
     * Returns an organisation known by one name, without aliases or website.
     *
     * @param id      the identifier, not null
     * @param name    the English name, not blank
     * @param country the country, if known; not null
     * @return the organisation
     * @throws IllegalArgumentException if the name is blank
     */
    public static OtherOrganisation of(OrganisationId id, String name, Optional<CountryCode> country) {
        return new OtherOrganisation(id, NameHistory.of(name), List.of(), country, Optional.empty());
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.OTHER;
    }

    @Override
    public Optional<CountryCode> homeCountry() {
        return country;
    }

    @Override
    public <R, X extends Exception> R accept(Organisation.Visitor<R, X> visitor) throws X {
        return visitor.otherOrganisation(this);
    }

    @Override
    public OtherOrganisation withNames(NameHistory names) {
        return names.equals(this.names) ? this : new OtherOrganisation(id, names, aliases, country, website);
    }
}
