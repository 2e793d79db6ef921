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
 * registrations by event, events by the organisations they name). Every change returns new tables
 * in O(log n); the indexes change with the maps they index, so they are never rebuilt.
 *
 * <p>An index is derived from its map, so tables built in one go (by the builder, or read from a
 * document) leave their indexes out and build each on first use: reading a document does not pay
 * for indexes that a report or a conversion never asks for. The first change of such tables
 * builds them all, once, and every later change carries them along. The indexes are caches: a
 * race between threads builds an index twice, never a wrong one, since an index is immutable and
 * its fields are final.
 */
final class Tables {

    private static final Index<OrganisationId, LabelId, QualityLabel> LABELS_BY_HOLDER =
            new Index<>(QualityLabel::holder, QualityLabel::id);
    private static final Index<OrganisationId, MembershipId, Membership> MEMBERSHIPS_BY_MEMBER =
            new Index<>(Membership::member, Membership::id);
    private static final Index<OrganisationId, MembershipId, Membership> MEMBERSHIPS_BY_GROUP =
            new Index<>(Membership::group, Membership::id);
    private static final Index<EventId, RegistrationId, Registration> REGISTRATIONS_BY_EVENT =
            new Index<>(Registration::event, Registration::id);
    private static final Index<OrganisationId, EventId, Event> EVENTS_BY_ORGANISATION =
            Index.ofMany(Tables::referencedOrganisations, Event::id);

    static final Tables EMPTY = new Tables(PersistentSortedMap.empty(), PersistentSortedMap.empty(),
            PersistentSortedMap.empty(), PersistentSortedMap.empty(), PersistentSortedMap.empty(),
            PersistentSortedMap.empty(), PersistentSortedMap.empty(), LABELS_BY_HOLDER, MEMBERSHIPS_BY_MEMBER,
            MEMBERSHIPS_BY_GROUP, REGISTRATIONS_BY_EVENT, EVENTS_BY_ORGANISATION);

    private final PersistentSortedMap<OrganisationId, Organisation> organisations;
    private final PersistentSortedMap<PersonId, Person> people;
    private final PersistentSortedMap<LabelId, QualityLabel> labels;
    private final PersistentSortedMap<MembershipId, Membership> memberships;
    private final PersistentSortedMap<EventId, Event> events;
    private final PersistentSortedMap<RegistrationId, Registration> registrations;
    private final PersistentSortedMap<FactId, StatedCount> facts;
    /* null until built from the maps on first use */
    private Index<OrganisationId, LabelId, QualityLabel> labelsByHolder;
    private Index<OrganisationId, MembershipId, Membership> membershipsByMember;
    private Index<OrganisationId, MembershipId, Membership> membershipsByGroup;
    private Index<EventId, RegistrationId, Registration> registrationsByEvent;
    private Index<OrganisationId, EventId, Event> eventsByOrganisation;

    private Tables(PersistentSortedMap<OrganisationId, Organisation> organisations,
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
        this.organisations = organisations;
        this.people = people;
        this.labels = labels;
        this.memberships = memberships;
        this.events = events;
        this.registrations = registrations;
        this.facts = facts;
        this.labelsByHolder = labelsByHolder;
        this.membershipsByMember = membershipsByMember;
        this.membershipsByGroup = membershipsByGroup;
        this.registrationsByEvent = registrationsByEvent;
        this.eventsByOrganisation = eventsByOrganisation;
    }

    /**
     * Builds tables from entities in strictly increasing id order, in linear time for the maps;
     * the indexes are built on first use.
     */
    static Tables ofSorted(List<Organisation> organisations, List<Person> people, List<QualityLabel> labels,
                           List<Membership> memberships, List<Event> events, List<Registration> registrations,
                           List<StatedCount> facts) {
        return new Tables(PersistentSortedMap.ofSorted(organisations, Organisation::id),
                PersistentSortedMap.ofSorted(people, Person::id), PersistentSortedMap.ofSorted(labels, QualityLabel::id),
                PersistentSortedMap.ofSorted(memberships, Membership::id),
                PersistentSortedMap.ofSorted(events, Event::id),
                PersistentSortedMap.ofSorted(registrations, Registration::id),
                PersistentSortedMap.ofSorted(facts, StatedCount::id), null, null, null, null, null);
    }

    PersistentSortedMap<OrganisationId, Organisation> organisations() {
        return organisations;
    }

    PersistentSortedMap<PersonId, Person> people() {
        return people;
    }

    PersistentSortedMap<LabelId, QualityLabel> labels() {
        return labels;
    }

    PersistentSortedMap<MembershipId, Membership> memberships() {
        return memberships;
    }

    PersistentSortedMap<EventId, Event> events() {
        return events;
    }

    PersistentSortedMap<RegistrationId, Registration> registrations() {
        return registrations;
    }

    PersistentSortedMap<FactId, StatedCount> facts() {
        return facts;
    }

    Index<OrganisationId, LabelId, QualityLabel> labelsByHolder() {
        Index<OrganisationId, LabelId, QualityLabel> index = labelsByHolder;
        if (index == null) {
            index = LABELS_BY_HOLDER.ofSorted(labels.values());
            labelsByHolder = index;
        }
        return index;
    }

    Index<OrganisationId, MembershipId, Membership> membershipsByMember() {
        Index<OrganisationId, MembershipId, Membership> index = membershipsByMember;
        if (index == null) {
            index = MEMBERSHIPS_BY_MEMBER.ofSorted(memberships.values());
            membershipsByMember = index;
        }
        return index;
    }

    Index<OrganisationId, MembershipId, Membership> membershipsByGroup() {
        Index<OrganisationId, MembershipId, Membership> index = membershipsByGroup;
        if (index == null) {
            index = MEMBERSHIPS_BY_GROUP.ofSorted(memberships.values());
            membershipsByGroup = index;
        }
        return index;
    }

    Index<EventId, RegistrationId, Registration> registrationsByEvent() {
        Index<EventId, RegistrationId, Registration> index = registrationsByEvent;
        if (index == null) {
            index = REGISTRATIONS_BY_EVENT.ofSorted(registrations.values());
            registrationsByEvent = index;
        }
        return index;
    }

    Index<OrganisationId, EventId, Event> eventsByOrganisation() {
        Index<OrganisationId, EventId, Event> index = eventsByOrganisation;
        if (index == null) {
            index = EVENTS_BY_ORGANISATION.ofSorted(events.values());
            eventsByOrganisation = index;
        }
        return index;
    }

    /** The lookups of integrity rules, on these tables. */
    IntegrityRules.Lookup lookup() {
        return new IntegrityRules.Lookup() {
            @Override
            public Organisation organisation(OrganisationId id) {
                return organisations.get(id);
            }

            @Override
            public boolean hasPerson(PersonId id) {
                return people.containsKey(id);
            }

            @Override
            public QualityLabel label(LabelId id) {
                return labels.get(id);
            }

            @Override
            public Event event(EventId id) {
                return events.get(id);
            }
        };
    }

    /** Tables with other maps and these indexes, built first if they were not: a change carries them along. */
    private Tables with(PersistentSortedMap<OrganisationId, Organisation> organisations,
                        PersistentSortedMap<PersonId, Person> people,
                        PersistentSortedMap<LabelId, QualityLabel> labels,
                        PersistentSortedMap<MembershipId, Membership> memberships,
                        PersistentSortedMap<EventId, Event> events,
                        PersistentSortedMap<RegistrationId, Registration> registrations,
                        PersistentSortedMap<FactId, StatedCount> facts) {
        return new Tables(organisations, people, labels, memberships, events, registrations, facts, labelsByHolder(),
                membershipsByMember(), membershipsByGroup(), registrationsByEvent(), eventsByOrganisation());
    }

    Tables put(Organisation o) {
        return with(organisations.put(o.id(), o), people, labels, memberships, events, registrations, facts);
    }

    Tables removeOrganisation(OrganisationId id) {
        return with(organisations.remove(id), people, labels, memberships, events, registrations, facts);
    }

    Tables put(Person p) {
        return with(organisations, people.put(p.id(), p), labels, memberships, events, registrations, facts);
    }

    Tables removePerson(PersonId id) {
        return with(organisations, people.remove(id), labels, memberships, events, registrations, facts);
    }

    Tables put(QualityLabel l) {
        QualityLabel old = labels.get(l.id());
        Tables t = with(organisations, people, labels.put(l.id(), l), memberships, events, registrations, facts);
        t.labelsByHolder = t.labelsByHolder.replace(old, l);
        return t;
    }

    Tables removeLabel(LabelId id) {
        QualityLabel old = labels.get(id);
        if (old == null) {
            return this;
        }
        Tables t = with(organisations, people, labels.remove(id), memberships, events, registrations, facts);
        t.labelsByHolder = t.labelsByHolder.replace(old, null);
        return t;
    }

    Tables put(Membership m) {
        Membership old = memberships.get(m.id());
        Tables t = with(organisations, people, labels, memberships.put(m.id(), m), events, registrations, facts);
        t.membershipsByMember = t.membershipsByMember.replace(old, m);
        t.membershipsByGroup = t.membershipsByGroup.replace(old, m);
        return t;
    }

    Tables removeMembership(MembershipId id) {
        Membership old = memberships.get(id);
        if (old == null) {
            return this;
        }
        Tables t = with(organisations, people, labels, memberships.remove(id), events, registrations, facts);
        t.membershipsByMember = t.membershipsByMember.replace(old, null);
        t.membershipsByGroup = t.membershipsByGroup.replace(old, null);
        return t;
    }

    Tables put(Event e) {
        Event old = events.get(e.id());
        Tables t = with(organisations, people, labels, memberships, events.put(e.id(), e), registrations, facts);
        t.eventsByOrganisation = t.eventsByOrganisation.replace(old, e);
        return t;
    }

    Tables removeEvent(EventId id) {
        Event old = events.get(id);
        Tables t = with(organisations, people, labels, memberships, events.remove(id), registrations, facts);
        t.eventsByOrganisation = t.eventsByOrganisation.replace(old, null);
        return t;
    }

    Tables put(Registration r) {
        Registration old = registrations.get(r.id());
        Tables t = with(organisations, people, labels, memberships, events, registrations.put(r.id(), r), facts);
        t.registrationsByEvent = t.registrationsByEvent.replace(old, r);
        return t;
    }

    Tables removeRegistration(RegistrationId id) {
        Registration old = registrations.get(id);
        if (old == null) {
            return this;
        }
        Tables t = with(organisations, people, labels, memberships, events, registrations.remove(id), facts);
        t.registrationsByEvent = t.registrationsByEvent.replace(old, null);
        return t;
    }

    Tables put(StatedCount f) {
        return with(organisations, people, labels, memberships, events, registrations, facts.put(f.id(), f));
    }

    Tables removeFact(FactId id) {
        return with(organisations, people, labels, memberships, events, registrations, facts.remove(id));
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
