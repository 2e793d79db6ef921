package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.WebLink;

/**
 * A cluster organisation: the legal entity that manages a cluster. Quality labels, cluster
 * managers and association memberships belong to it. Immutable and thread-safe; build one with
 * {@link #builder(OrganisationId, String, CountryCode)}.
 *
 * @param id           the identifier, not null
 * @param names        the names over time, not null
 * @param aliases      other names, not null
 * @param acronym      the acronym, if any; not null
 * @param country      the country of its seat, not null
 * @param region       its NUTS region, lying in {@code country}; not null
 * @param ecosystems   the industrial ecosystems it covers, not null
 * @param founded      its founding day, if known; not null
 * @param totalMembers all member organisations, at least {@code smeMembers}, counted on a day not
 *                     recorded (used where no dated count applies)
 * @param smeMembers   its SME members, at least 0, counted with {@code totalMembers}
 * @param nace         its main NACE Rev. 2 activity, if recorded; not null
 * @param website      its website, if known; not null
 * @param eccpListing  its profile on the European Cluster Collaboration Platform, if it has or had
 *                     one; not null
 * @param memberCounts dated counts of members and SME members, in strictly increasing date
 *                     order; not null
 */
public record ClusterOrganisation(OrganisationId id, NameHistory names, List<String> aliases,
                                  Optional<String> acronym, CountryCode country,
                                  Optional<NutsCode> region, Set<IndustrialEcosystem> ecosystems,
                                  Optional<LocalDate> founded, int totalMembers, int smeMembers,
                                  Optional<NaceCode> nace, Optional<WebLink> website,
                                  Optional<EccpListing> eccpListing, List<MemberCount> memberCounts)
        implements Organisation {

    /**
     * Each set of ecosystems made so far, as one unmodifiable instance: organisations repeat a
     * few combinations. Bounded by the enum itself (its subsets), keys never changed.
     */
    private static final Map<Set<IndustrialEcosystem>, Set<IndustrialEcosystem>> SHARED_ECOSYSTEMS =
            new ConcurrentHashMap<>();

    /**
     * Validates the cluster organisation.
     *
     * @param id           the identifier, not null
     * @param names        the names over time, not null
     * @param aliases      other names, not null
     * @param acronym      the acronym, if any; not null
     * @param country      the country of its seat, not null
     * @param region       its NUTS region, lying in {@code country}; not null
     * @param ecosystems   the industrial ecosystems it covers, not null
     * @param founded      its founding day, if known; not null
     * @param totalMembers all member organisations, at least {@code smeMembers}, counted on a day not
     *     recorded (used where no dated count applies)
     * @param smeMembers   its SME members, at least 0, counted with {@code totalMembers}
     * @param nace         its main NACE Rev. 2 activity, if recorded; not null
     * @param website      its website, if known; not null
     * @param eccpListing  its profile on the European Cluster Collaboration Platform, if it has or had
     *     one; not null
     * @param memberCounts dated counts of members and SME members, in strictly increasing date
     *     order; not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the region lies in another country, the member counts
     *                                  break {@code 0 <= smeMembers <= totalMembers}, or a text is blank
     */
    public ClusterOrganisation {
        aliases = Organisations.checkCommon(id, names, aliases, website);
        Objects.requireNonNull(acronym, "acronym");
        // plain ifs, and the message built only on failure: organisations are read by the hundred thousand
        if (acronym.isPresent() && !Texts.isFreeText(acronym.get())) {
            Texts.requireText("acronym of organisation " + id, acronym.get());
        }
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        if (region.isPresent() && !region.get().isIn(country)) {
            throw new IllegalArgumentException("organisation " + id + ": NUTS region " + region.get()
                    + " lies in " + region.get().country() + ", not in its country " + country);
        }
        ecosystems = ecosystemSet(Objects.requireNonNull(ecosystems, "ecosystems"));
        Objects.requireNonNull(founded, "founded");
        Objects.requireNonNull(nace, "nace");
        Objects.requireNonNull(eccpListing, "eccpListing");
        memberCounts = List.copyOf(Objects.requireNonNull(memberCounts, "memberCounts"));
        LocalDate previous = null;
        for (MemberCount m : memberCounts) {
            LocalDate day = m.asOf().orElseThrow(() -> new IllegalArgumentException("organisation " + id
                    + ": a member count in memberCounts needs its day (undated counts are totalMembers/smeMembers)"));
            if (previous != null && !day.isAfter(previous)) {
                throw new IllegalArgumentException("organisation " + id + ": member counts must be in strictly "
                        + "increasing date order: " + day + " follows " + previous);
            }
            previous = day;
        }
        if (smeMembers < 0) {
            throw new IllegalArgumentException("organisation " + id + ": smeMembers must be >= 0: " + smeMembers);
        }
        if (smeMembers > totalMembers) {
            throw new IllegalArgumentException("organisation " + id + ": smeMembers " + smeMembers
                    + " exceeds totalMembers " + totalMembers);
        }
    }

    /**
     * Returns the member counts in force on a day: the latest dated count made on or before it,
     * else the counts whose day is not recorded.
     *
     * @param day the day, not null
     * @return the counts
     */
    public MemberCount membersOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        MemberCount inForce = new MemberCount(Optional.empty(), totalMembers, smeMembers);
        for (MemberCount m : memberCounts) {
            if (m.asOf().orElseThrow().isAfter(day)) {
                break;
            }
            inForce = m;
        }
        return inForce;
    }

    /** {@return whether the organisation has or had an ECCP profile, whatever its dates} */
    public boolean listedOnEccp() {
        return eccpListing.isPresent();
    }

    /**
     * Tells whether the organisation was listed on the ECCP on a day.
     *
     * @param day the day, not null
     * @return true when a listing covers the day (an undated listing covers every day)
     */
    public boolean isListedOnEccpOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return eccpListing.isPresent() && eccpListing.get().isListedOn(day);
    }

    private static Set<IndustrialEcosystem> ecosystemSet(Collection<IndustrialEcosystem> ecosystems) {
        if (ecosystems.isEmpty()) {
            return Set.of();
        }
        EnumSet<IndustrialEcosystem> set;
        if (ecosystems instanceof EnumSet<IndustrialEcosystem> given) {
            set = given; // an EnumSet holds no null
        } else {
            ecosystems.forEach(e -> Objects.requireNonNull(e, "ecosystem"));
            set = EnumSet.copyOf(ecosystems);
        }
        Set<IndustrialEcosystem> shared = SHARED_ECOSYSTEMS.get(set);
        if (shared != null) {
            return shared;
        }
        EnumSet<IndustrialEcosystem> copy = set.clone();
        Set<IndustrialEcosystem> fresh = Collections.unmodifiableSet(copy);
        shared = SHARED_ECOSYSTEMS.putIfAbsent(copy, fresh);
        return shared != null ? shared : fresh;
    }

    /**
     * Starts a builder with the required fields.
     *
     * @param id          the identifier, not null
     * @param englishName the English name, not blank
     * @param country     the country of its seat, not null
     * @return a builder
     */
    public static Builder builder(OrganisationId id, String englishName, CountryCode country) {
        return new Builder(id, NameHistory.of(englishName), country);
    }

    /** {@return a builder holding this organisation's values, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id, names, country);
        b.aliases = new ArrayList<>(aliases);
        b.acronym = acronym;
        b.region = region;
        b.ecosystems = ecosystems.isEmpty() ? EnumSet.noneOf(IndustrialEcosystem.class) : EnumSet.copyOf(ecosystems);
        b.founded = founded;
        b.totalMembers = totalMembers;
        b.smeMembers = smeMembers;
        b.nace = nace;
        b.website = website;
        b.eccpListing = eccpListing;
        b.memberCounts.addAll(memberCounts);
        return b;
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.CLUSTER_ORGANISATION;
    }

    @Override
    public Optional<CountryCode> homeCountry() {
        return Optional.of(country);
    }

    @Override
    public <R, X extends Exception> R accept(Organisation.Visitor<R, X> visitor) throws X {
        return visitor.clusterOrganisation(this);
    }

    @Override
    public ClusterOrganisation withNames(NameHistory names) {
        return names.equals(this.names) ? this : toBuilder().names(names).build();
    }

    /**
     * Returns a copy with other member counts.
     *
     * @param totalMembers all members, at least {@code smeMembers}
     * @param smeMembers   SME members, at least 0
     * @return the changed copy
     */
    public ClusterOrganisation withMembers(int totalMembers, int smeMembers) {
        return toBuilder().members(totalMembers, smeMembers).build();
    }

    /** Collects the fields of a {@link ClusterOrganisation}; not thread-safe. */
    public static final class Builder {
        private final OrganisationId id;
        private NameHistory names;
        private final CountryCode country;
        private List<String> aliases = new ArrayList<>();
        private Optional<String> acronym = Optional.empty();
        private Optional<NutsCode> region = Optional.empty();
        private EnumSet<IndustrialEcosystem> ecosystems = EnumSet.noneOf(IndustrialEcosystem.class);
        private Optional<LocalDate> founded = Optional.empty();
        private int totalMembers;
        private int smeMembers;
        private Optional<NaceCode> nace = Optional.empty();
        private Optional<WebLink> website = Optional.empty();
        private Optional<EccpListing> eccpListing = Optional.empty();
        private final List<MemberCount> memberCounts = new ArrayList<>();

        private Builder(OrganisationId id, NameHistory names, CountryCode country) {
            this.id = Objects.requireNonNull(id, "id");
            this.names = Objects.requireNonNull(names, "names");
            this.country = Objects.requireNonNull(country, "country");
        }

        /**
         * Sets the whole name history.
         *
         * @param names the history, not null
         * @return this builder
         */
        public Builder names(NameHistory names) {
            this.names = Objects.requireNonNull(names, "names");
            return this;
        }

        /**
         * Adds the name in another language to the original name.
         *
         * @param languageTag the BCP 47 tag, for example {@code "pl"}
         * @param name        the name in that language, not blank
         * @return this builder
         */
        public Builder localName(String languageTag, String name) {
            this.names = names.withOriginal(languageTag, name);
            return this;
        }

        /**
         * Adds aliases.
         *
         * @param aliases other names, not blank
         * @return this builder
         */
        public Builder aliases(String... aliases) {
            this.aliases.addAll(List.of(aliases));
            return this;
        }

        /**
         * Sets the acronym.
         *
         * @param acronym the acronym, not blank
         * @return this builder
         */
        public Builder acronym(String acronym) {
            this.acronym = Optional.of(Objects.requireNonNull(acronym, "acronym"));
            return this;
        }

        /**
         * Sets the NUTS region.
         *
         * @param region the region, in the organisation's country
         * @return this builder
         */
        public Builder region(NutsCode region) {
            this.region = Optional.of(Objects.requireNonNull(region, "region"));
            return this;
        }

        /**
         * Adds industrial ecosystems.
         *
         * @param ecosystems the ecosystems, not null
         * @return this builder
         */
        public Builder ecosystems(IndustrialEcosystem... ecosystems) {
            for (IndustrialEcosystem e : ecosystems) {
                this.ecosystems.add(Objects.requireNonNull(e, "ecosystem"));
            }
            return this;
        }

        /**
         * Sets the founding day.
         *
         * @param founded the day, not null
         * @return this builder
         */
        public Builder founded(LocalDate founded) {
            this.founded = Optional.of(Objects.requireNonNull(founded, "founded"));
            return this;
        }

        /**
         * Sets the member counts.
         *
         * @param totalMembers all members, at least {@code smeMembers}
         * @param smeMembers   SME members, at least 0
         * @return this builder
         */
        public Builder members(int totalMembers, int smeMembers) {
            this.totalMembers = totalMembers;
            this.smeMembers = smeMembers;
            return this;
        }

        /**
         * Adds member counts made on a day, after those already added.
         *
         * @param asOf         the day of the count, not null
         * @param totalMembers all members, at least {@code smeMembers}
         * @param smeMembers   SME members, at least 0
         * @return this builder
         */
        public Builder membersAsOf(LocalDate asOf, int totalMembers, int smeMembers) {
            this.memberCounts.add(MemberCount.asOf(asOf, totalMembers, smeMembers));
            return this;
        }

        /**
         * Sets the main NACE Rev. 2 activity.
         *
         * @param nace the code, not null
         * @return this builder
         */
        public Builder nace(NaceCode nace) {
            this.nace = Optional.of(Objects.requireNonNull(nace, "nace"));
            return this;
        }

        /**
         * Sets the website.
         *
         * @param website the website, not null
         * @return this builder
         */
        public Builder website(WebLink website) {
            this.website = Optional.of(Objects.requireNonNull(website, "website"));
            return this;
        }

        /**
         * Sets whether the organisation has an ECCP profile, without its dates.
         *
         * @param listed true when listed on the European Cluster Collaboration Platform
         * @return this builder
         */
        public Builder listedOnEccp(boolean listed) {
            this.eccpListing = listed ? Optional.of(EccpListing.UNDATED) : Optional.empty();
            return this;
        }

        /**
         * Sets the period of the organisation's ECCP profile.
         *
         * @param period when it was listed, not null
         * @return this builder
         */
        public Builder listedOnEccp(DateRange period) {
            this.eccpListing = Optional.of(EccpListing.during(period));
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the validated organisation
         * @throws IllegalArgumentException if a rule of {@link ClusterOrganisation} is broken
         */
        public ClusterOrganisation build() {
            return new ClusterOrganisation(id, names, aliases, acronym, country, region, ecosystems,
                    founded, totalMembers, smeMembers, nace, website, eccpListing, memberCounts);
        }
    }
}
