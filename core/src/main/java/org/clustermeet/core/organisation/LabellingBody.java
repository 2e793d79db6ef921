package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.WebLink;

/**
 * A body that assesses or issues cluster quality labels: ESCA (European Secretariat for Cluster
 * Analysis, Berlin, since 2010) or EUCLES (Brussels, since December 2020). Where its issuing
 * period is recorded, the registry refuses a label it issued outside that period. Immutable and
 * thread-safe.
 *
 * @param id      the identifier, not null
 * @param names   the names over time, not null
 * @param aliases other names, not null
 * @param country the country of its seat, if recorded; not null
 * @param website the website, if known; not null
 * @param issuing the period during which it issues labels, if recorded; not null
 */
public record LabellingBody(OrganisationId id, NameHistory names, List<String> aliases,
                            Optional<CountryCode> country, Optional<WebLink> website, Optional<DateRange> issuing)
        implements Organisation {

    /**
     * Validates the labelling body.
     *
     * @param id      the identifier, not null
     * @param names   the names over time, not null
     * @param aliases other names, not null
     * @param country the country of its seat, if recorded; not null
     * @param website the website, if known; not null
     * @param issuing the period during which it issues labels, if recorded; not null
     * @throws NullPointerException     if an argument or alias is null
     * @throws IllegalArgumentException if an alias is blank
     */
    public LabellingBody {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(issuing, "issuing");
    }

    /**
     * Returns a labelling body whose issuing period is not recorded.
     *
     * @param id      the identifier, not null
     * @param names   the names over time, not null
     * @param aliases other names, not null
     * @param country the country of its seat, if recorded; not null
     * @param website the website, if known; not null
     */
    public LabellingBody(OrganisationId id, NameHistory names, List<String> aliases, Optional<CountryCode> country,
                         Optional<WebLink> website) {
        this(id, names, aliases, country, website, Optional.empty());
    }

    /**
     * Returns a copy with an issuing period.
     *
     * @param period the period during which it issues labels, not null
     * @return the changed copy
     */
    public LabellingBody withIssuing(DateRange period) {
        return new LabellingBody(id, names, aliases, country, website, Optional.of(Objects.requireNonNull(period,
                "period")));
    }

    /**
     * Tells whether the body issues labels on a day.
     *
     * @param day the day, not null
     * @return true when its issuing period contains the day, or when no period is recorded
     */
    public boolean issuesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return issuing.map(p -> p.contains(day)).orElse(true);
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.LABELLING_BODY;
    }

    @Override
    public Optional<CountryCode> homeCountry() {
        return country;
    }

    @Override
    public <R, X extends Exception> R accept(Organisation.Visitor<R, X> visitor) throws X {
        return visitor.labellingBody(this);
    }

    @Override
    public LabellingBody withNames(NameHistory names) {
        return names.equals(this.names) ? this : new LabellingBody(id, names, aliases, country, website, issuing);
    }
}
