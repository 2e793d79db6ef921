package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;

/**
 * Collects entities for a registry and checks them all at once, so that a registry read from
 * untrusted input reports every problem together: duplicate ids, dangling references, wrong
 * kinds, late renewals, overlapping memberships, double registrations, capacity. Content may come
 * in any order; content in id order (as every document clustermeet writes) is stored in linear
 * time. Not thread-safe.
 */
public final class RegistryBuilder {

    /** The entities collected, one {@link Kind} per entity kind, at the kind's index. */
    private final List<Kind<?, ?>> kinds = new ArrayList<>();
    /**
     * The registry the last {@link #build()} made, while nothing has been added since: its
     * entities have left the collections, which take them back from it only when used again.
     */
    private Registry built;

    RegistryBuilder() {
        for (EntityKind<?, ?> kind : EntityKind.all()) {
            kinds.add(new Kind<>(kind));
        }
    }

    /**
     * Adds an entity of any kind.
     *
     * @param kind   the entity's kind, not null
     * @param entity the entity, not null
     * @param <E>    the entity type
     * @return this builder
     * @throws IllegalArgumentException if the entity is not of that kind
     */
    public <E> RegistryBuilder add(EntityKind<E, ?> kind, E entity) {
        Kind<E, ?> k = kind(kind);
        E checked = kind.cast(entity);
        reload();
        k.add(checked);
        return this;
    }

    /**
     * Tells whether an entity of a kind with an id is already here, added or from the registry
     * this builder started from: an importer's check for a repeated id, with no index of its own.
     *
     * @param kind the kind, not null
     * @param id   the id, not null
     * @param <I>  the id type
     * @return whether an entity of that kind has that id
     */
    public <I extends Comparable<? super I>> boolean contains(EntityKind<?, I> kind, I id) {
        Kind<?, I> k = kind(kind);
        Objects.requireNonNull(id, "id");
        reload();
        return k.byId.containsKey(id);
    }

    @SuppressWarnings("unchecked") // kinds holds at each kind's index a Kind of that kind
    private <E, I extends Comparable<? super I>> Kind<E, I> kind(EntityKind<E, I> kind) {
        return (Kind<E, I>) kinds.get(Objects.requireNonNull(kind, "kind").index());
    }

    /**
     * Adds an organisation.
     *
     * @param organisation the organisation, not null
     * @return this builder
     */
    public RegistryBuilder add(Organisation organisation) {
        return add(EntityKind.ORGANISATION, organisation);
    }

    /**
     * Adds a person.
     *
     * @param person the person, not null
     * @return this builder
     */
    public RegistryBuilder add(Person person) {
        return add(EntityKind.PERSON, person);
    }

    /**
     * Adds a label.
     *
     * @param label the label, not null
     * @return this builder
     */
    public RegistryBuilder add(QualityLabel label) {
        return add(EntityKind.LABEL, label);
    }

    /**
     * Adds a membership.
     *
     * @param membership the membership, not null
     * @return this builder
     */
    public RegistryBuilder add(Membership membership) {
        return add(EntityKind.MEMBERSHIP, membership);
    }

    /**
     * Adds an event.
     *
     * @param event the event, not null
     * @return this builder
     */
    public RegistryBuilder add(Event event) {
        return add(EntityKind.EVENT, event);
    }

    /**
     * Adds a registration as it is, without eligibility checks: for registrations recorded
     * elsewhere. New requests go through the registration workflow.
     *
     * @param registration the registration, not null
     * @return this builder
     */
    public RegistryBuilder add(Registration registration) {
        return add(EntityKind.REGISTRATION, registration);
    }

    /**
     * Adds a stated fact.
     *
     * @param fact the fact, not null
     * @return this builder
     */
    public RegistryBuilder add(StatedCount fact) {
        return add(EntityKind.FACT, fact);
    }

    /**
     * Finds every problem of the collected content at once.
     *
     * @return every problem, duplicate ids first, then by kind of entity; empty when consistent
     */
    public List<IntegrityProblem> validate() {
        reload();
        List<IntegrityProblem> duplicates = new ArrayList<>();
        for (Kind<?, ?> kind : kinds) {
            duplicates.addAll(kind.duplicates);
        }
        Kind<Organisation, OrganisationId> organisations = kind(EntityKind.ORGANISATION);
        Kind<Person, PersonId> people = kind(EntityKind.PERSON);
        Kind<QualityLabel, LabelId> labels = kind(EntityKind.LABEL);
        Kind<Event, EventId> events = kind(EntityKind.EVENT);
        IntegrityRules.Lookup lookup = new IntegrityRules.Lookup() {
            @Override
            public Organisation organisation(OrganisationId id) {
                return organisations.byId.get(id);
            }

            @Override
            public boolean hasPerson(PersonId id) {
                return people.byId.containsKey(id);
            }

            @Override
            public QualityLabel label(LabelId id) {
                return labels.byId.get(id);
            }

            @Override
            public Event event(EventId id) {
                return events.byId.get(id);
            }
        };
        return IntegrityRules.validate(lookup, duplicates, organisations.items, people.items, labels.items,
                kind(EntityKind.MEMBERSHIP).items, events.items, kind(EntityKind.REGISTRATION).items);
    }

    /**
     * Builds the registry. The builder stays usable: building again without a change gives the
     * same registry, and what is added afterwards joins what was built.
     *
     * @return the registry
     * @throws RegistryIntegrityException naming every problem, if there is any
     */
    public Registry build() {
        if (built != null) {
            return built;
        }
        List<IntegrityProblem> problems = validate();
        if (!problems.isEmpty()) {
            throw new RegistryIntegrityException("cannot build registry", problems);
        }
        Registry registry = new Registry(Tables.ofSorted(kinds.stream().map(Kind::inOrder).toList()));
        // let go of every entity: a large builder's arrays are often moved to the collector's old
        // generation while they fill, and would keep the young entities they point to alive, and
        // copied at each young collection, long after the registry itself is gone
        kinds.forEach(Kind::clear);
        built = registry;
        return registry;
    }

    /** Takes back the entities of the registry the last build made, before the builder is used again. */
    private void reload() {
        Registry registry = built;
        if (registry != null) {
            built = null;
            for (EntityKind<?, ?> kind : EntityKind.all()) {
                reload(registry, kind);
            }
        }
    }

    private <E> void reload(Registry registry, EntityKind<E, ?> kind) {
        Kind<E, ?> k = kind(kind);
        registry.tables().map(kind).forEach(k::add);
    }

    /** The entities of one kind as added, indexed by id, with the duplicates found. */
    private static final class Kind<T, I extends Comparable<? super I>> {
        private final EntityKind<T, I> kind;
        private final List<T> items = new ArrayList<>();
        private final Map<I, T> byId = new HashMap<>();
        private final List<IntegrityProblem> duplicates = new ArrayList<>();
        private boolean ascending = true;
        private I last;

        Kind(EntityKind<T, I> kind) {
            this.kind = kind;
        }

        void add(T item) {
            items.add(item);
            I key = kind.idOf(item);
            if (byId.putIfAbsent(key, item) != null) {
                duplicates.add(new IntegrityProblem(kind, key.toString(), "duplicate " + kind.label() + " id"));
            } else {
                ascending &= last == null || last.compareTo(key) < 0;
                last = key;
            }
        }

        /** Forgets every entity, writing over each reference the collections held. */
        void clear() {
            items.clear();
            byId.clear();
            duplicates.clear();
            ascending = true;
            last = null;
        }

        /** The entities in id order; called only when no id is repeated. */
        List<T> inOrder() {
            if (ascending) {
                return items;
            }
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(kind::idOf));
            return sorted;
        }
    }
}
