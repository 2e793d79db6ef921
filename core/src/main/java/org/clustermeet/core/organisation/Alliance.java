package org.clustermeet.core.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.WebLink;

/**
 * A European alliance whose members are national cluster associations, such as the European
 * Clusters Alliance (founded 9 September 2019 in Warsaw). Immutable and thread-safe.
 *
 * @param id       the identifier, not null
 * @param names    the names over time, not null
 * @param aliases  other names, not null
 * @param founding when and where it was founded, if known; not null
 * @param website  the website, if known; not null
 */
public record Alliance(OrganisationId id, NameHistory names, List<String> aliases,
                       Optional<Founding> founding, Optional<WebLink> website) implements Organisation {

    /**
     * Validates the alliance.
     *
     * @param id       the identifier, not null
     * @param names    the names over time, not null
     * @param aliases  other names, not null
     * @param founding when and where it was founded, if known; not null
     * @param website  the website, if known; not null
     * @throws NullPointerException     if an argument or alias is null
     * @throws IllegalArgumentException if an alias is blank
     */
    public Alliance {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(founding, "founding");
    }

    /**
     * Returns an alliance with one name and a founding.
     *
     * @param id       the identifier, not null
     * @param name     the English name, not blank
     * @param founding when and where it was founded, not null
     * @return the alliance
     */
    public static Alliance of(OrganisationId id, String name, Founding founding) {
        return new Alliance(id, NameHistory.of(name), List.of(),
                Optional.of(Objects.requireNonNull(founding, "founding")), Optional.empty());
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.ALLIANCE;
    }

    @Override
    public Optional<CountryCode> homeCountry() {
        return Optional.empty();
    }

    @Override
    public <R, X extends Exception> R accept(Organisation.Visitor<R, X> visitor) throws X {
        return visitor.alliance(this);
    }

    @Override
    public Alliance withNames(NameHistory names) {
        return names.equals(this.names) ? this : new Alliance(id, names, aliases, founding, website);
    }
}
