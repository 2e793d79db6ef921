package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.IntegrityProblem.EntityKind;

/**
 * Collects entities for a registry and checks them all at once, so that a registry read from
 * untrusted input reports every problem together: duplicate ids, dangling references, wrong
 * kinds, late renewals, overlapping memberships, double registrations, capacity. Content may come
 * in any order; content in id order (as every document clustermeet writes) is stored in linear
 * time. Not thread-safe.
 */
public final class RegistryBuilder {

    private final Kind<OrganisationId, Organisation> organisations =
            new Kind<>(EntityKind.ORGANISATION, Organisation::id);
    private final Kind<PersonId, Person> people = new Kind<>(EntityKind.PERSON, Person::id);
    private final Kind<LabelId, QualityLabel> labels = new Kind<>(EntityKind.LABEL, QualityLabel::id);
    private final Kind<MembershipId, Membership> memberships = new Kind<>(EntityKind.MEMBERSHIP, Membership::id);
    private final Kind<EventId, Event> events = new Kind<>(EntityKind.EVENT, Event::id);
    private final Kind<RegistrationId, Registration> registrations =
            new Kind<>(EntityKind.REGISTRATION, Registration::id);
    private final Kind<FactId, StatedCount> facts = new Kind<>(EntityKind.FACT, StatedCount::id);

    RegistryBuilder() {
    }

    /**
     * Adds an organisation.
     *
     * @param organisation the organisation, not null
     * @return this builder
     */
    public RegistryBuilder add(Organisation organisation) {
        organisations.add(Objects.requireNonNull(organisation, "organisation"));
        return this;
    }

    /**
     * Adds a person.
     *
     * @param person the person, not null
     * @return this builder
     */
    public RegistryBuilder add(Person person) {
        people.add(Objects.requireNonNull(person, "person"));
        return this;
    }

    /**
     * Adds a label.
     *
     * @param label the label, not null
     * @return this builder
     */
    public RegistryBuilder add(QualityLabel label) {
        labels.add(Objects.requireNonNull(label, "label"));
        return this;
    }

    /**
     * Adds a membership.
     *
     * @param membership the membership, not null
     * @return this builder
     */
    public RegistryBuilder add(Membership membership) {
        memberships.add(Objects.requireNonNull(membership, "membership"));
        return this;
    }

    /**
     * Adds an event.
     *
     * @param event the event, not null
     * @return this builder
     */
    public RegistryBuilder add(Event event) {
        events.add(Objects.requireNonNull(event, "event"));
        return this;
    }

    /**
     * Adds a registration as it is, without eligibility checks: for registrations recorded
     * elsewhere. New requests go through the registration workflow.
     *
     * @param registration the registration, not null
     * @return this builder
     */
    public RegistryBuilder add(Registration registration) {
        registrations.add(Objects.requireNonNull(registration, "registration"));
        return this;
    }

    /**
     * Adds a stated fact.
     *
     * @param fact the fact, not null
     * @return this builder
     */
    public RegistryBuilder add(StatedCount fact) {
        facts.add(Objects.requireNonNull(fact, "fact"));
        return this;
    }

    /**
     * Finds every problem of the collected content at once.
     *
     * @return every problem, duplicate ids first, then by kind of entity; empty when consistent
     */
    public List<IntegrityProblem> validate() {
        List<IntegrityProblem> duplicates = new ArrayList<>();
        for (Kind<?, ?> kind : List.of(organisations, people, labels, memberships, events, registrations, facts)) {
            duplicates.addAll(kind.duplicates);
        }
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
                memberships.items, events.items, registrations.items);
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     * @throws RegistryIntegrityException naming every problem, if there is any
     */
    public Registry build() {
        List<IntegrityProblem> problems = validate();
        if (!problems.isEmpty()) {
            throw new RegistryIntegrityException("cannot build registry", problems);
        }
        return new Registry(Tables.ofSorted(organisations.inOrder(), people.inOrder(), labels.inOrder(),
                memberships.inOrder(), events.inOrder(), registrations.inOrder(), facts.inOrder()));
    }

    /** The entities of one kind as added, indexed by id, with the duplicates found. */
    private static final class Kind<I extends Comparable<? super I>, T> {
        private final EntityKind kind;
        private final Function<T, I> id;
        private final List<T> items = new ArrayList<>();
        private final Map<I, T> byId = new HashMap<>();
        private final List<IntegrityProblem> duplicates = new ArrayList<>();
        private boolean ascending = true;
        private I last;

        Kind(EntityKind kind, Function<T, I> id) {
            this.kind = kind;
            this.id = id;
        }

        void add(T item) {
            items.add(item);
            I key = id.apply(item);
            if (byId.putIfAbsent(key, item) != null) {
                duplicates.add(new IntegrityProblem(kind, key.toString(), "duplicate " + kind.label() + " id"));
            } else {
                ascending &= last == null || last.compareTo(key) < 0;
                last = key;
            }
        }

        /** The entities in id order; called only when no id is repeated. */
        List<T> inOrder() {
            if (ascending) {
                return items;
            }
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(id));
            return sorted;
        }
    }
}
