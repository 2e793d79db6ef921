package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Arrays;
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
 * registrations by event, events by the organisations they name), and each event's
 * {@link EventRoster}. Every change returns new tables in O(log n); the indexes and rosters change
 * with the maps they index, so they are never rebuilt.
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
            new Index<>(EntityKind.LABEL, QualityLabel::holder, QualityLabel::id);
    private static final Index<OrganisationId, MembershipId, Membership> MEMBERSHIPS_BY_MEMBER =
            new Index<>(EntityKind.MEMBERSHIP, Membership::member, Membership::id);
    private static final Index<OrganisationId, MembershipId, Membership> MEMBERSHIPS_BY_GROUP =
            new Index<>(EntityKind.MEMBERSHIP, Membership::group, Membership::id);
    private static final Index<EventId, RegistrationId, Registration> REGISTRATIONS_BY_EVENT =
            new Index<>(EntityKind.REGISTRATION, Registration::event, Registration::id);
    private static final Index<OrganisationId, EventId, Event> EVENTS_BY_ORGANISATION =
            Index.ofMany(EntityKind.EVENT, Tables::referencedOrganisations, Event::id);

    /** The empty indexes, in the order of {@link #indexes}. */
    private static final List<Index<?, ?, ?>> INDEXES = List.of(LABELS_BY_HOLDER, MEMBERSHIPS_BY_MEMBER,
            MEMBERSHIPS_BY_GROUP, REGISTRATIONS_BY_EVENT, EVENTS_BY_ORGANISATION);
    private static final int LABELS_BY_HOLDER_AT = 0;
    private static final int MEMBERSHIPS_BY_MEMBER_AT = 1;
    private static final int MEMBERSHIPS_BY_GROUP_AT = 2;
    private static final int REGISTRATIONS_BY_EVENT_AT = 3;
    private static final int EVENTS_BY_ORGANISATION_AT = 4;

    static final Tables EMPTY = empty();

    /** One map by id per kind, at the kind's index. */
    private final PersistentSortedMap<?, ?>[] maps;
    /** The indexes, each null until built from its map on first use. */
    private final Index<?, ?, ?>[] indexes;
    /** Each event's roster (places, waiting lists, active registrations by person); null until first used. */
    private PersistentSortedMap<EventId, EventRoster> rosters;

    private Tables(PersistentSortedMap<?, ?>[] maps, Index<?, ?, ?>[] indexes,
                   PersistentSortedMap<EventId, EventRoster> rosters) {
        this.maps = maps;
        this.indexes = indexes;
        this.rosters = rosters;
    }

    private static Tables empty() {
        PersistentSortedMap<?, ?>[] maps = new PersistentSortedMap<?, ?>[EntityKind.all().size()];
        Arrays.fill(maps, PersistentSortedMap.empty());
        return new Tables(maps, INDEXES.toArray(new Index<?, ?, ?>[0]), PersistentSortedMap.empty());
    }

    /**
     * Builds tables from the entities of each kind, each list in strictly increasing id order, in
     * linear time for the maps; the indexes are built on first use.
     *
     * @param sorted the entities of each kind, at the kind's index
     */
    static Tables ofSorted(List<? extends List<?>> sorted) {
        PersistentSortedMap<?, ?>[] maps = new PersistentSortedMap<?, ?>[EntityKind.all().size()];
        for (EntityKind<?, ?> kind : EntityKind.all()) {
            maps[kind.index()] = ofSorted(kind, sorted.get(kind.index()));
        }
        return new Tables(maps, new Index<?, ?, ?>[INDEXES.size()], null);
    }

    @SuppressWarnings("unchecked") // the caller gives each kind's entities at the kind's index
    private static <E, I extends Comparable<? super I>> PersistentSortedMap<I, E> ofSorted(EntityKind<E, I> kind,
                                                                                           List<?> entities) {
        return PersistentSortedMap.ofSorted((List<E>) entities, kind::idOf);
    }

    /**
     * Returns the entities of one kind.
     *
     * @param kind the kind
     * @return its entities by id
     */
    @SuppressWarnings("unchecked") // maps[kind.index()] holds that kind's entities, by that kind's ids
    <E, I extends Comparable<? super I>> PersistentSortedMap<I, E> map(EntityKind<E, I> kind) {
        return (PersistentSortedMap<I, E>) maps[kind.index()];
    }

    PersistentSortedMap<OrganisationId, Organisation> organisations() {
        return map(EntityKind.ORGANISATION);
    }

    PersistentSortedMap<PersonId, Person> people() {
        return map(EntityKind.PERSON);
    }

    PersistentSortedMap<LabelId, QualityLabel> labels() {
        return map(EntityKind.LABEL);
    }

    PersistentSortedMap<MembershipId, Membership> memberships() {
        return map(EntityKind.MEMBERSHIP);
    }

    PersistentSortedMap<EventId, Event> events() {
        return map(EntityKind.EVENT);
    }

    PersistentSortedMap<RegistrationId, Registration> registrations() {
        return map(EntityKind.REGISTRATION);
    }

    PersistentSortedMap<FactId, StatedCount> facts() {
        return map(EntityKind.FACT);
    }

    Index<OrganisationId, LabelId, QualityLabel> labelsByHolder() {
        return index(LABELS_BY_HOLDER_AT, LABELS_BY_HOLDER);
    }

    Index<OrganisationId, MembershipId, Membership> membershipsByMember() {
        return index(MEMBERSHIPS_BY_MEMBER_AT, MEMBERSHIPS_BY_MEMBER);
    }

    Index<OrganisationId, MembershipId, Membership> membershipsByGroup() {
        return index(MEMBERSHIPS_BY_GROUP_AT, MEMBERSHIPS_BY_GROUP);
    }

    Index<EventId, RegistrationId, Registration> registrationsByEvent() {
        return index(REGISTRATIONS_BY_EVENT_AT, REGISTRATIONS_BY_EVENT);
    }

    Index<OrganisationId, EventId, Event> eventsByOrganisation() {
        return index(EVENTS_BY_ORGANISATION_AT, EVENTS_BY_ORGANISATION);
    }

    /** An event's roster; the empty roster for an event without registrations. */
    EventRoster roster(EventId event) {
        EventRoster r = rosters().get(event);
        return r == null ? EventRoster.EMPTY : r;
    }

    /** Every event's roster, built from the registrations on first use (a race builds it twice, never wrong). */
    private PersistentSortedMap<EventId, EventRoster> rosters() {
        PersistentSortedMap<EventId, EventRoster> r = rosters;
        if (r == null) {
            Map<EventId, List<Registration>> byEvent = new HashMap<>();
            for (Registration reg : registrations()) {
                byEvent.computeIfAbsent(reg.event(), k -> new ArrayList<>()).add(reg);
            }
            List<EventId> events = new ArrayList<>(byEvent.keySet());
            events.sort(null);
            List<EventRoster> each = new ArrayList<>(events.size());
            for (EventId e : events) {
                each.add(EventRoster.of(byEvent.get(e)));
            }
            r = PersistentSortedMap.ofSorted(events, each);
            rosters = r;
        }
        return r;
    }

    /** The rosters with one registration changed: {@code old} (or null) leaves, {@code now} (or null) enters. */
    private PersistentSortedMap<EventId, EventRoster> rostersWith(Registration old, Registration now) {
        PersistentSortedMap<EventId, EventRoster> r = rosters();
        if (old != null && now != null && old.event().equals(now.event())) {
            return r.put(now.event(), rosterIn(r, now.event()).with(old, now));
        }
        if (old != null) {
            r = r.put(old.event(), rosterIn(r, old.event()).with(old, null));
        }
        if (now != null) {
            r = r.put(now.event(), rosterIn(r, now.event()).with(null, now));
        }
        return r;
    }

    private static EventRoster rosterIn(PersistentSortedMap<EventId, EventRoster> rosters, EventId event) {
        EventRoster r = rosters.get(event);
        return r == null ? EventRoster.EMPTY : r;
    }

    /** The index at a position, built from its kind's map on first use. */
    @SuppressWarnings("unchecked") // indexes[at] is built from the empty index at the same position
    private <G extends Comparable<? super G>, K extends Comparable<? super K>, V> Index<G, K, V> index(
            int at, Index<G, K, V> empty) {
        Index<G, K, V> index = (Index<G, K, V>) indexes[at];
        if (index == null) {
            index = empty.ofSorted(map(empty.kind).values());
            indexes[at] = index;
        }
        return index;
    }

    /** The lookups of integrity rules, on these tables. */
    IntegrityRules.Lookup lookup() {
        PersistentSortedMap<OrganisationId, Organisation> organisations = organisations();
        PersistentSortedMap<PersonId, Person> people = people();
        PersistentSortedMap<LabelId, QualityLabel> labels = labels();
        PersistentSortedMap<EventId, Event> events = events();
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

    /**
     * Puts an entity: adds it, or replaces the one with its id.
     *
     * @param kind   its kind
     * @param entity the entity, of that kind
     * @return the changed tables
     */
    <E, I extends Comparable<? super I>> Tables put(EntityKind<E, I> kind, E entity) {
        I id = kind.idOf(entity);
        PersistentSortedMap<I, E> map = map(kind);
        return changed(kind, map.get(id), entity, map.put(id, entity));
    }

    /**
     * Removes an entity.
     *
     * @param kind its kind
     * @param id   its id
     * @return the changed tables (these tables when there is no such entity)
     */
    <E, I extends Comparable<? super I>> Tables remove(EntityKind<E, I> kind, I id) {
        PersistentSortedMap<I, E> map = map(kind);
        E old = map.get(id);
        return old == null ? this : changed(kind, old, null, map.remove(id));
    }

    /**
     * Tables with one kind's map replaced, and the indexes of that kind changed with it: a change
     * carries every index along, building first those that were not built.
     */
    private <E> Tables changed(EntityKind<E, ?> kind, E old, E now, PersistentSortedMap<?, E> map) {
        PersistentSortedMap<?, ?>[] nextMaps = maps.clone();
        nextMaps[kind.index()] = map;
        Index<?, ?, ?>[] nextIndexes = new Index<?, ?, ?>[indexes.length];
        for (int at = 0; at < nextIndexes.length; at++) {
            Index<?, ?, ?> index = index(at, INDEXES.get(at));
            nextIndexes[at] = index.kind == kind ? index.replaceEntity(old, now) : index;
        }
        PersistentSortedMap<EventId, EventRoster> nextRosters = kind == EntityKind.REGISTRATION
                ? rostersWith((Registration) old, (Registration) now) : rosters;
        return new Tables(nextMaps, nextIndexes, nextRosters);
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
        /** The kind of entity indexed. */
        private final EntityKind<V, K> kind;
        /** The one group of an entity, for indexes where each entity has exactly one; else null. */
        private final Function<V, G> group;
        /** The groups of an entity, for indexes where it may have none or several; else null. */
        private final Function<V, Collection<G>> groupsOf;
        private final Function<V, K> id;
        private final PersistentSortedMap<G, PersistentSortedMap<K, V>> groups;

        /** The entity's own id function is given, not the kind's, so that each index calls one method. */
        Index(EntityKind<V, K> kind, Function<V, G> group, Function<V, K> id) {
            this(kind, group, null, id, PersistentSortedMap.empty());
        }

        private Index(EntityKind<V, K> kind, Function<V, G> group, Function<V, Collection<G>> groupsOf,
                      Function<V, K> id, PersistentSortedMap<G, PersistentSortedMap<K, V>> groups) {
            this.kind = kind;
            this.group = group;
            this.groupsOf = groupsOf;
            this.id = id;
            this.groups = groups;
        }

        /** An index in which an entity belongs to every group it names (none, one or several). */
        static <G extends Comparable<? super G>, K extends Comparable<? super K>, V> Index<G, K, V> ofMany(
                EntityKind<V, K> kind, Function<V, Collection<G>> groups, Function<V, K> id) {
            return new Index<>(kind, null, groups, id, PersistentSortedMap.empty());
        }

        /** {@link #replace} for an entity known only to be of this index's kind. */
        Index<G, K, V> replaceEntity(Object old, Object now) {
            return replace(old == null ? null : kind.cast(old), now == null ? null : kind.cast(now));
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
            return g == groups ? this : new Index<>(kind, group, groupsOf, id, g);
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
            return new Index<>(kind, group, groupsOf, id, PersistentSortedMap.ofSorted(keys, maps));
        }
    }
}
