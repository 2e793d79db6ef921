package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.FactId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.internal.PersistentSortedMap;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;

/**
 * A registry's storage: one persistent map per entity kind, keyed by id, and the five indexes
 * that integrity checks and lookups need (labels by holder, memberships by member and by group,
 * registrations by event, events by the organisations they name). Every change returns new tables in O(log n); the indexes change with
 * the maps they index, so they are never rebuilt.
 */
record Tables(PersistentSortedMap<OrganisationId, Organisation> organisations,
              PersistentSortedMap<PersonId, Person> people,
              PersistentSortedMap<LabelId, QualityLabel> labels,
              PersistentSortedMap<MembershipId, Membership> memberships,
              PersistentSortedMap<EventId, Event> events,
              PersistentSortedMap<RegistrationId, Registration> registrations,
              PersistentSortedMap<FactId, StatedCount> facts,
              Index<OrganisationId, LabelId, QualityLabel> labelsByHolder,
              Index<OrganisationId, MembershipId, Membership> membershipsByMember,
              Index<OrganisationId, MembershipId, Membership> membershipsByGroup,
              Index<EventId, RegistrationId, Registration> registrationsByEvent,
              Index<OrganisationId, EventId, Event> eventsByOrganisation) {

    static final Tables EMPTY = new Tables(PersistentSortedMap.empty(), PersistentSortedMap.empty(),
            PersistentSortedMap.empty(), PersistentSortedMap.empty(), PersistentSortedMap.empty(),
            PersistentSortedMap.empty(), PersistentSortedMap.empty(), new Index<>(QualityLabel::holder, QualityLabel::id),
            new Index<>(Membership::member, Membership::id), new Index<>(Membership::group, Membership::id),
            new Index<>(Registration::event, Registration::id),
            Index.ofMany(Tables::referencedOrganisations, Event::id));

    /**
     * Builds tables from entities in strictly increasing id order, in linear time for the maps.
     */
    static Tables ofSorted(List<Organisation> organisations, List<Person> people, List<QualityLabel> labels,
                           List<Membership> memberships, List<Event> events, List<Registration> registrations,
                           List<StatedCount> facts) {
        return new Tables(PersistentSortedMap.ofSorted(organisations, Organisation::id),
                PersistentSortedMap.ofSorted(people, Person::id), PersistentSortedMap.ofSorted(labels, QualityLabel::id),
                PersistentSortedMap.ofSorted(memberships, Membership::id),
                PersistentSortedMap.ofSorted(events, Event::id),
                PersistentSortedMap.ofSorted(registrations, Registration::id),
                PersistentSortedMap.ofSorted(facts, StatedCount::id),
                EMPTY.labelsByHolder.ofSorted(labels), EMPTY.membershipsByMember.ofSorted(memberships),
                EMPTY.membershipsByGroup.ofSorted(memberships), EMPTY.registrationsByEvent.ofSorted(registrations),
                EMPTY.eventsByOrganisation.ofSorted(events));
    }

    /** The lookups of integrity rules, on these tables. */
    IntegrityRules.Lookup lookup() {
        return new IntegrityRules.Lookup() {
            @Override
            public Organisation organisation(OrganisationId id) {
                return organisations().get(id);
            }

            @Override
            public boolean hasPerson(PersonId id) {
                return people().containsKey(id);
            }

            @Override
            public QualityLabel label(LabelId id) {
                return labels().get(id);
            }

            @Override
            public Event event(EventId id) {
                return events().get(id);
            }
        };
    }

    Tables put(Organisation o) {
        return new Tables(organisations.put(o.id(), o), people, labels, memberships, events, registrations, facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    Tables removeOrganisation(OrganisationId id) {
        return new Tables(organisations.remove(id), people, labels, memberships, events, registrations, facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    Tables put(Person p) {
        return new Tables(organisations, people.put(p.id(), p), labels, memberships, events, registrations, facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    Tables removePerson(PersonId id) {
        return new Tables(organisations, people.remove(id), labels, memberships, events, registrations, facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    Tables put(QualityLabel l) {
        QualityLabel old = labels.get(l.id());
        return new Tables(organisations, people, labels.put(l.id(), l), memberships, events, registrations, facts,
                labelsByHolder.replace(old, l), membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    Tables removeLabel(LabelId id) {
        QualityLabel old = labels.get(id);
        return old == null ? this : new Tables(organisations, people, labels.remove(id), memberships, events,
                registrations, facts, labelsByHolder.replace(old, null), membershipsByMember, membershipsByGroup,
                registrationsByEvent, eventsByOrganisation);
    }

    Tables put(Membership m) {
        Membership old = memberships.get(m.id());
        return new Tables(organisations, people, labels, memberships.put(m.id(), m), events, registrations, facts,
                labelsByHolder, membershipsByMember.replace(old, m), membershipsByGroup.replace(old, m),
                registrationsByEvent, eventsByOrganisation);
    }

    Tables removeMembership(MembershipId id) {
        Membership old = memberships.get(id);
        return old == null ? this : new Tables(organisations, people, labels, memberships.remove(id), events,
                registrations, facts, labelsByHolder, membershipsByMember.replace(old, null),
                membershipsByGroup.replace(old, null), registrationsByEvent, eventsByOrganisation);
    }

    Tables put(Event e) {
        return new Tables(organisations, people, labels, memberships, events.put(e.id(), e), registrations, facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent,
                eventsByOrganisation.replace(events.get(e.id()), e));
    }

    Tables removeEvent(EventId id) {
        return new Tables(organisations, people, labels, memberships, events.remove(id), registrations, facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent,
                eventsByOrganisation.replace(events.get(id), null));
    }

    Tables put(Registration r) {
        Registration old = registrations.get(r.id());
        return new Tables(organisations, people, labels, memberships, events, registrations.put(r.id(), r), facts,
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent.replace(old, r), eventsByOrganisation);
    }

    Tables removeRegistration(RegistrationId id) {
        Registration old = registrations.get(id);
        return old == null ? this : new Tables(organisations, people, labels, memberships, events,
                registrations.remove(id), facts, labelsByHolder, membershipsByMember, membershipsByGroup,
                registrationsByEvent.replace(old, null), eventsByOrganisation);
    }

    Tables put(StatedCount f) {
        return new Tables(organisations, people, labels, memberships, events, registrations, facts.put(f.id(), f),
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    Tables removeFact(FactId id) {
        return new Tables(organisations, people, labels, memberships, events, registrations, facts.remove(id),
                labelsByHolder, membershipsByMember, membershipsByGroup, registrationsByEvent, eventsByOrganisation);
    }

    /** The organisations an event names: its organisers and the groups its eligibility policy asks membership of. */
    static Collection<OrganisationId> referencedOrganisations(Event e) {
        Set<OrganisationId> ids = new TreeSet<>(e.organisers());
        e.eligibility().ifPresent(policy -> policy.referencedGroups().forEach(ids::add));
        return ids;
    }

    /**
     * Entities grouped by one of their references (a label's holder, a registration's event), each
     * group a persistent map by the entity's own id, so that a group is listed in id order.
     *
     * @param <G> the id of the group
     * @param <K> the id of the entity
     * @param <V> the entity
     */
    static final class Index<G extends Comparable<? super G>, K extends Comparable<? super K>, V> {
        /** The one group of an entity, for indexes where each entity has exactly one; else null. */
        private final Function<V, G> group;
        /** The groups of an entity, for indexes where it may have none or several; else null. */
        private final Function<V, Collection<G>> groupsOf;
        private final Function<V, K> id;
        private final PersistentSortedMap<G, PersistentSortedMap<K, V>> groups;

        Index(Function<V, G> group, Function<V, K> id) {
            this(group, null, id, PersistentSortedMap.empty());
        }

        private Index(Function<V, G> group, Function<V, Collection<G>> groupsOf, Function<V, K> id,
                      PersistentSortedMap<G, PersistentSortedMap<K, V>> groups) {
            this.group = group;
            this.groupsOf = groupsOf;
            this.id = id;
            this.groups = groups;
        }

        /** An index in which an entity belongs to every group it names (none, one or several). */
        static <G extends Comparable<? super G>, K extends Comparable<? super K>, V> Index<G, K, V> ofMany(
                Function<V, Collection<G>> groups, Function<V, K> id) {
            return new Index<>(null, groups, id, PersistentSortedMap.empty());
        }

        /** {@return the groups an entity belongs to} */
        private Collection<G> groupsOf(V v) {
            return group != null ? List.of(group.apply(v)) : groupsOf.apply(v);
        }

        /** The group's entities by id; empty when there are none. */
        PersistentSortedMap<K, V> get(G key) {
            PersistentSortedMap<K, V> g = groups.get(key);
            return g == null ? PersistentSortedMap.empty() : g;
        }

        /** This index with an entity replaced: {@code old} (or null) leaves, {@code now} (or null) enters. */
        Index<G, K, V> replace(V old, V now) {
            PersistentSortedMap<G, PersistentSortedMap<K, V>> g = groups;
            if (old != null) {
                for (G key : groupsOf(old)) {
                    PersistentSortedMap<K, V> members = g.get(key).remove(id.apply(old));
                    g = members.isEmpty() ? g.remove(key) : g.put(key, members);
                }
            }
            if (now != null) {
                for (G key : groupsOf(now)) {
                    g = g.put(key, get(g, key).put(id.apply(now), now));
                }
            }
            return g == groups ? this : new Index<>(group, groupsOf, id, g);
        }

        private static <G extends Comparable<? super G>, K extends Comparable<? super K>, V> PersistentSortedMap<K, V>
                get(PersistentSortedMap<G, PersistentSortedMap<K, V>> groups, G key) {
            PersistentSortedMap<K, V> g = groups.get(key);
            return g == null ? PersistentSortedMap.empty() : g;
        }

        /**
         * An index of these entities, which come in strictly increasing id order: grouped in one
         * hash map pass, the groups then sorted, each group's map built in linear time.
         */
        Index<G, K, V> ofSorted(List<V> sorted) {
            Map<G, List<V>> byGroup = new HashMap<>();
            for (V v : sorted) {
                if (group != null) {
                    byGroup.computeIfAbsent(group.apply(v), k -> new ArrayList<>(2)).add(v);
                } else {
                    for (G key : groupsOf.apply(v)) {
                        byGroup.computeIfAbsent(key, k -> new ArrayList<>(2)).add(v);
                    }
                }
            }
            List<G> keys = new ArrayList<>(byGroup.keySet());
            keys.sort(null);
            List<PersistentSortedMap<K, V>> maps = new ArrayList<>(keys.size());
            for (G key : keys) {
                maps.add(PersistentSortedMap.ofSorted(byGroup.get(key), id));
            }
            return new Index<>(group, groupsOf, id, PersistentSortedMap.ofSorted(keys, maps));
        }
    }
}
