package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;

/**
 * Lookup tables built once per registry value, on first use, so that selective queries do not
 * scan everything. {@link Structure} covers organisations, labels and memberships and is shared
 * by every registry value that has the same ones (registering changes neither); {@link People}
 * covers registrations.
 */
final class Indexes {

    private Indexes() {
    }

    /**
     * An organisation and every label it holds, in id order.
     *
     * @param organisation the organisation
     * @param labels       its labels
     */
    record Holder(Organisation organisation, List<QualityLabel> labels) {
    }

    /** Labels and memberships, indexed. Immutable once built. */
    static final class Structure {
        /** Each organisation with its labels: one lookup serves a report's every question about it. */
        private final Map<OrganisationId, Holder> holders;
        final Map<LabelLevel, List<QualityLabel>> labelsByLevel = new EnumMap<>(LabelLevel.class);
        final Map<LabelLevel, Map<CountryCode, List<QualityLabel>>> labelsByLevelAndCountry = new EnumMap<>(LabelLevel.class);
        final Map<LabelLevel, Map<IndustrialEcosystem, List<QualityLabel>>> labelsByLevelAndEcosystem =
                new EnumMap<>(LabelLevel.class);
        final Map<OrganisationId, List<Membership>> membershipsByGroup = new HashMap<>();
        final Map<OrganisationId, List<Membership>> membershipsByMember = new HashMap<>();
        /** For a day: how many cluster organisations hold a valid label of at least each level. */
        private final Map<java.time.LocalDate, int[]> holderCounts = new java.util.concurrent.ConcurrentHashMap<>();

        Structure(Map<OrganisationId, Organisation> organisations, Collection<QualityLabel> labels,
                  Collection<Membership> memberships) {
            Map<OrganisationId, Organisation> byId = new HashMap<>(organisations);
            Map<OrganisationId, List<QualityLabel>> labelsByHolder = new HashMap<>();
            for (QualityLabel l : labels) {
                labelsByHolder.computeIfAbsent(l.holder(), k -> new ArrayList<>()).add(l);
                labelsByLevel.computeIfAbsent(l.level(), k -> new ArrayList<>()).add(l);
                if (byId.get(l.holder()) instanceof ClusterOrganisation c) {
                    labelsByLevelAndCountry.computeIfAbsent(l.level(), k -> new HashMap<>())
                            .computeIfAbsent(c.country(), k -> new ArrayList<>()).add(l);
                    for (IndustrialEcosystem e : c.ecosystems()) {
                        labelsByLevelAndEcosystem.computeIfAbsent(l.level(), k -> new EnumMap<>(IndustrialEcosystem.class))
                                .computeIfAbsent(e, k -> new ArrayList<>()).add(l);
                    }
                }
            }
            holders = new HashMap<>((int) (byId.size() / 0.75f) + 1);
            byId.forEach((id, o) -> holders.put(id, new Holder(o, List.copyOf(
                    labelsByHolder.getOrDefault(id, List.of())))));
            for (Membership m : memberships) {
                membershipsByGroup.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
                membershipsByMember.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
            }
        }

        /**
         * Returns how many cluster organisations hold a valid label of at least each level on a
         * day, indexed by {@link LabelLevel#ordinal()}; computed once per day and kept.
         */
        int[] holderCounts(java.time.LocalDate day) {
            return holderCounts.computeIfAbsent(day, d -> {
                int[] counts = new int[LabelLevel.values().length];
                for (Holder h : holders.values()) {
                    if (!(h.organisation() instanceof ClusterOrganisation)) {
                        continue;
                    }
                    int highest = -1;
                    for (QualityLabel l : h.labels()) {
                        if (l.isValidOn(d)) {
                            highest = Math.max(highest, l.level().ordinal());
                        }
                    }
                    for (int level = 0; level <= highest; level++) {
                        counts[level]++;
                    }
                }
                return counts;
            });
        }

        /** Looks up an organisation in constant time. */
        Organisation organisation(OrganisationId id) {
            Holder h = holders.get(id);
            return h == null ? null : h.organisation();
        }

        /** Looks up an organisation with its labels in constant time; null if there is none. */
        Holder holder(OrganisationId id) {
            return holders.get(id);
        }

        List<QualityLabel> labelsOf(OrganisationId holder) {
            Holder h = holders.get(holder);
            return h == null ? List.of() : h.labels();
        }

        List<Membership> membershipsIn(OrganisationId group) {
            return membershipsByGroup.getOrDefault(group, List.of());
        }

        List<Membership> membershipsOf(OrganisationId member) {
            return membershipsByMember.getOrDefault(member, List.of());
        }
    }

    /** Registrations by person. Immutable once built. */
    static final class People {
        final Map<PersonId, List<Registration>> registrationsByPerson = new HashMap<>();

        People(Collection<? extends Collection<Registration>> byEvent) {
            for (Collection<Registration> forEvent : byEvent) {
                for (Registration r : forEvent) {
                    registrationsByPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
                }
            }
        }

        List<Registration> of(PersonId person) {
            return registrationsByPerson.getOrDefault(person, List.of());
        }
    }

    /**
     * A lazily built index, shared between registry values that may share it; thread-safe. Once
     * built it drops its recipe, so that it keeps no older registry value alive.
     */
    static final class Lazy<T> {
        private java.util.function.Supplier<T> build;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> build) {
            this.build = build;
        }

        /** Returns the value if it has been built, else null, without building it. */
        T peek() {
            return value;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = build.get();
                        value = v;
                        build = null;
                    }
                }
            }
            return v;
        }
    }
}
