package org.clustermeet.core.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.WebLink;

/**
 * A public authority: a European Commission directorate-general such as DG GROW (no country), or
 * a national ministry. Ministries get renamed: keep every name in the {@link NameHistory}.
 * Immutable and thread-safe.
 *
 * @param id      the identifier, not null
 * @param names   the names over time, not null
 * @param aliases other names, not null
 * @param country the country of a national authority; empty for a European one; not null
 * @param website the website, if known; not null
 */
public record PublicAuthority(OrganisationId id, NameHistory names, List<String> aliases,
                              Optional<CountryCode> country, Optional<WebLink> website)
        implements Organisation {

    /**
     * Validates the authority.
     *
     * @param id      the identifier, not null
     * @param names   the names over time, not null
     * @param aliases other names, not null
     * @param country the country of a national authority; empty for a European one; not null
     * @param website the website, if known; not null
     * @throws NullPointerException     if an argument or alias is null
     * @throws IllegalArgumentException if an alias is blank
     */
    public PublicAuthority {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(country, "country");
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.PUBLIC_AUTHORITY;
    }

    @Override
    public Optional<CountryCode> homeCountry() {
        return country;
    }

    @Override
    public <R, X extends Exception> R accept(Organisation.Visitor<R, X> visitor) throws X {
        return visitor.publicAuthority(this);
    }

    @Override
    public PublicAuthority withNames(NameHistory names) {
        return names.equals(this.names) ? this : new PublicAuthority(id, names, aliases, country, website);
    }
}
