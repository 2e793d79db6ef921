package org.clustermeet.core.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.WebLink;

/**
 * A body that assesses or issues cluster quality labels: ESCA (European Secretariat for Cluster
 * Analysis, Berlin) or EUCLES (Brussels). Immutable and thread-safe.
 *
 * @param id      the identifier, not null
 * @param names   the names over time, not null
 * @param aliases other names, not null
 * @param country the country of its seat, if recorded; not null
 * @param website the website, if known; not null
 */
public record LabellingBody(OrganisationId id, NameHistory names, List<String> aliases,
                            Optional<CountryCode> country, Optional<WebLink> website)
        implements Organisation {

    /**
     * Validates the labelling body.
     *
     * @throws NullPointerException     if an argument or alias is null
     * @throws IllegalArgumentException if an alias is blank
     */
    public LabellingBody {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(country, "country");
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.LABELLING_BODY;
    }

    @Override
    public LabellingBody withNames(NameHistory names) {
        return names.equals(this.names) ? this : new LabellingBody(id, names, aliases, country, website);
    }
}
