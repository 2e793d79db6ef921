package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
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
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;

/**
 * An edit of a registry: entities to put (added, or replaced when the id exists) and to remove,
 * checked together when the edit is {@linkplain #apply() applied}.
 * <pre>{@code
 * Registry next = registry.edit().put(organisation).put(label).remove(oldLabel.id()).apply();
 * }</pre>
 * The check covers what the edit touches: each entity put (its own references and rules), and,
 * for each entity replaced or removed, the entities that refer to it. It finds the same problems,
 * in the same words, as a full validation of the result would, at a cost that depends on the
 * size of the edit rather than the size of the registry (removing a person or an organisation
 * also looks through the registrations, and changing an event looks at every event). The registry
 * the edit started from never changes. An edit is not thread-safe.
 */
public final class RegistryEdit {

    private final Registry base;
    private Tables tables;
    private final Set<OrganisationId> organisations = new TreeSet<>();
    private final Set<PersonId> people = new TreeSet<>();
    private final Set<LabelId> labels = new TreeSet<>();
    private final Set<MembershipId> memberships = new TreeSet<>();
    private final Set<EventId> events = new TreeSet<>();
    private final Set<RegistrationId> registrations = new TreeSet<>();
    private final List<String> summary = new ArrayList<>();

    RegistryEdit(Registry base) {
        this.base = base;
        this.tables = base.tables();
    }

    /**
     * Puts an organisation.
     *
     * @param organisation the organisation, not null
     * @return this edit
     */
    public RegistryEdit put(Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        tables = tables.put(organisation);
        organisations.add(organisation.id());
        return note("store organisation " + organisation.id());
    }

    /**
     * Puts a person.
     *
     * @param person the person, not null
     * @return this edit
     */
    public RegistryEdit put(Person person) {
        Objects.requireNonNull(person, "person");
        tables = tables.put(person);
        people.add(person.id());
        return note("store person " + person.id());
    }

    /**
     * Puts a quality label.
     *
     * @param label the label, not null
     * @return this edit
     */
    public RegistryEdit put(QualityLabel label) {
        Objects.requireNonNull(label, "label");
        tables = tables.put(label);
        labels.add(label.id());
        return note("store label " + label.id());
    }

    /**
     * Puts a membership.
     *
     * @param membership the membership, not null
     * @return this edit
     */
    public RegistryEdit put(Membership membership) {
        Objects.requireNonNull(membership, "membership");
        tables = tables.put(membership);
        memberships.add(membership.id());
        return note("store membership " + membership.id());
    }

    /**
     * Puts an event. Lowering its capacity below the places taken is refused; raising it while
     * people wait is refused too, since a waiting list beside free places breaks a rule: let the
     * registration workflow change the event, which promotes the waiting list.
     *
     * @param event the event, not null
     * @return this edit
     */
    public RegistryEdit put(Event event) {
        Objects.requireNonNull(event, "event");
        tables = tables.put(event);
        events.add(event.id());
        return note("store event " + event.id());
    }

    /**
     * Puts a registration as it is, without eligibility checks: for registrations recorded
     * elsewhere and for the registration workflow, which judges requests before it stores them.
     *
     * @param registration the registration, not null
     * @return this edit
     */
    public RegistryEdit put(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        tables = tables.put(registration);
        registrations.add(registration.id());
        return note("store registration " + registration.id());
    }

    /**
     * Puts a stated fact. Facts refer to nothing, so they never fail a check.
     *
     * @param fact the fact, not null
     * @return this edit
     */
    public RegistryEdit put(StatedCount fact) {
        Objects.requireNonNull(fact, "fact");
        tables = tables.put(fact);
        return note("store fact " + fact.id());
    }

    /**
     * Removes an organisation; refused on apply while anything refers to it.
     *
     * @param id the organisation's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such organisation
     */
    public RegistryEdit remove(OrganisationId id) {
        require(tables.organisations(), id, "organisation");
        tables = tables.removeOrganisation(id);
        organisations.add(id);
        return note("remove organisation " + id);
    }

    /**
     * Removes a person; refused on apply while a registration, a session or a role refers to them.
     *
     * @param id the person's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such person
     */
    public RegistryEdit remove(PersonId id) {
        require(tables.people(), id, "person");
        tables = tables.removePerson(id);
        people.add(id);
        return note("remove person " + id);
    }

    /**
     * Removes a label; refused on apply while a renewal refers to it.
     *
     * @param id the label's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such label
     */
    public RegistryEdit remove(LabelId id) {
        require(tables.labels(), id, "label");
        tables = tables.removeLabel(id);
        labels.add(id);
        return note("remove label " + id);
    }

    /**
     * Removes a membership.
     *
     * @param id the membership's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such membership
     */
    public RegistryEdit remove(MembershipId id) {
        require(tables.memberships(), id, "membership");
        tables = tables.removeMembership(id);
        memberships.add(id);
        return note("remove membership " + id);
    }

    /**
     * Removes an event; refused on apply while registrations, side events or a founding refer to it.
     *
     * @param id the event's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such event
     */
    public RegistryEdit remove(EventId id) {
        require(tables.events(), id, "event");
        tables = tables.removeEvent(id);
        events.add(id);
        return note("remove event " + id);
    }

    /**
     * Removes a registration outright, as if it had never been made (cancelling keeps it, and is
     * the registration workflow's business).
     *
     * @param id the registration's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such registration
     */
    public RegistryEdit remove(RegistrationId id) {
        require(tables.registrations(), id, "registration");
        tables = tables.removeRegistration(id);
        registrations.add(id);
        return note("remove registration " + id);
    }

    /**
     * Removes a stated fact.
     *
     * @param id the fact's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such fact
     */
    public RegistryEdit remove(FactId id) {
        require(tables.facts(), id, "fact");
        tables = tables.removeFact(id);
        return note("remove fact " + id);
    }

    /**
     * Returns what applying this edit would refuse.
     *
     * @return every problem the edit causes, empty when it can be applied
     */
    public List<Problem> problems() {
        return new Check().run();
    }

    /**
     * Applies the edit.
     *
     * @return the edited registry (the same registry when nothing was put or removed)
     * @throws RegistryIntegrityException naming every problem, if the result would break a rule
     */
    public Registry apply() {
        if (tables == base.tables()) {
            return base;
        }
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            String what = summary.size() == 1 ? summary.get(0) : summary.get(0) + " and " + (summary.size() - 1)
                    + " more " + (summary.size() == 2 ? "change" : "changes");
            throw new RegistryIntegrityException("cannot " + what, problems);
        }
        return new Registry(tables);
    }

    /** Every problem of the edited registry found by a full validation; for tests of {@link #problems()}. */
    List<Problem> fullValidation() {
        return new Registry(tables).validate();
    }

    private RegistryEdit note(String change) {
        summary.add(change);
        return this;
    }

    private static <K extends Comparable<? super K>> void require(PersistentSortedMap<K, ?> map, K id, String kind) {
        if (!map.containsKey(Objects.requireNonNull(id, "id"))) {
            throw new IllegalArgumentException("no " + kind + " with id " + id + " in the registry");
        }
    }

    /** The lookups of integrity rules, on a registry's tables. */
    static IntegrityRules.Lookup lookup(Tables t) {
        return new IntegrityRules.Lookup() {
            @Override
            public Organisation organisation(OrganisationId id) {
                return t.organisations().get(id);
            }

            @Override
            public boolean hasPerson(PersonId id) {
                return t.people().containsKey(id);
            }

            @Override
            public QualityLabel label(LabelId id) {
                return t.labels().get(id);
            }

            @Override
            public Event event(EventId id) {
                return t.events().get(id);
            }
        };
    }

    /**
     * Works out which entities the edit may have broken (those it put, and those referring to what
     * it replaced or removed) and applies the integrity rules to them, kind by kind, in id order.
     */
    private final class Check {
        private final Tables before = base.tables();
        private final Tables after = tables;
        private final IntegrityRules rules = new IntegrityRules(lookup(after));
        private final Set<OrganisationId> removedOrganisations = removed(organisations, after.organisations());
        private final Set<PersonId> removedPeople = removed(people, after.people());
        private final Set<EventId> removedEvents = removed(events, after.events());

        List<Problem> run() {
            checkOrganisations();
            checkPeople();
            checkLabels();
            checkMemberships();
            checkEvents();
            checkRegistrations();
            return rules.problems();
        }

        private void checkOrganisations() {
            TreeMap<OrganisationId, Organisation> toCheck = new TreeMap<>();
            for (OrganisationId id : organisations) {
                addIfPresent(toCheck, after.organisations().get(id), Organisation::id);
            }
            if (!removedEvents.isEmpty()) {
                for (Organisation o : after.organisations()) {
                    IntegrityRules.foundingEvent(o).filter(removedEvents::contains).ifPresent(e -> toCheck.put(o.id(), o));
                }
            }
            toCheck.values().forEach(rules::organisation);
        }

        private void checkPeople() {
            TreeMap<PersonId, Person> toCheck = new TreeMap<>();
            for (PersonId id : people) {
                addIfPresent(toCheck, after.people().get(id), Person::id);
            }
            if (!removedOrganisations.isEmpty()) {
                for (Person p : after.people()) {
                    for (PersonRole role : p.roles()) {
                        if (removedOrganisations.contains(role.organisation())) {
                            toCheck.put(p.id(), p);
                        }
                    }
                }
            }
            toCheck.values().forEach(rules::person);
        }

        private void checkLabels() {
            TreeMap<LabelId, QualityLabel> toCheck = new TreeMap<>();
            Set<OrganisationId> holders = new TreeSet<>(organisations);
            for (LabelId id : labels) {
                // a renewal has the holder of the label it renews, in a registry that was consistent
                QualityLabel old = before.labels().get(id);
                QualityLabel now = after.labels().get(id);
                if (old != null) {
                    holders.add(old.holder());
                }
                if (now != null) {
                    holders.add(now.holder());
                    toCheck.put(id, now);
                }
            }
            for (OrganisationId holder : holders) {
                after.labelsByHolder().get(holder).forEach(l -> toCheck.put(l.id(), l));
            }
            Set<OrganisationId> issuers = new TreeSet<>();
            for (OrganisationId id : organisations) {
                if (isKind(before.organisations().get(id), OrganisationKind.LABELLING_BODY)
                        || isKind(after.organisations().get(id), OrganisationKind.LABELLING_BODY)) {
                    issuers.add(id);
                }
            }
            if (!issuers.isEmpty()) {
                for (QualityLabel l : after.labels()) {
                    if (issuers.contains(l.issuer())) {
                        toCheck.put(l.id(), l);
                    }
                }
            }
            toCheck.values().forEach(rules::label);
        }

        private void checkMemberships() {
            TreeMap<MembershipId, Membership> toCheck = new TreeMap<>();
            Set<List<OrganisationId>> pairs = new java.util.LinkedHashSet<>();
            for (MembershipId id : memberships) {
                Membership old = before.memberships().get(id);
                Membership now = after.memberships().get(id);
                if (old != null) {
                    pairs.add(List.of(old.member(), old.group()));
                }
                if (now != null) {
                    pairs.add(List.of(now.member(), now.group()));
                    toCheck.put(id, now);
                }
            }
            for (OrganisationId id : organisations) {
                after.membershipsByMember().get(id).forEach(m -> toCheck.put(m.id(), m));
                after.membershipsByGroup().get(id).forEach(m -> toCheck.put(m.id(), m));
            }
            toCheck.values().forEach(rules::membership);
            pairs.stream().sorted((a, b) -> {
                int c = a.get(0).compareTo(b.get(0));
                return c != 0 ? c : a.get(1).compareTo(b.get(1));
            }).forEach(pair -> {
                List<Membership> same = new ArrayList<>();
                for (Membership m : after.membershipsByMember().get(pair.get(0))) {
                    if (m.group().equals(pair.get(1))) {
                        same.add(m);
                    }
                }
                rules.membershipPair(same);
            });
        }

        private void checkEvents() {
            if (!events.isEmpty()) {
                // a changed parent may close a cycle that any event leads into: events are few
                after.events().forEach(rules::event);
                return;
            }
            for (Event e : after.events()) {
                if (refersToTouched(e)) {
                    rules.event(e);
                }
            }
        }

        private boolean refersToTouched(Event e) {
            for (OrganisationId organiser : e.organisers()) {
                if (organisations.contains(organiser)) {
                    return true;
                }
            }
            if (e.eligibility().isPresent()
                    && e.eligibility().get().referencedGroups().anyMatch(organisations::contains)) {
                return true;
            }
            if (!removedPeople.isEmpty()) {
                for (Session s : e.sessions()) {
                    if (s.referencedPeople().anyMatch(removedPeople::contains)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void checkRegistrations() {
            TreeMap<RegistrationId, Registration> toCheck = new TreeMap<>();
            Set<EventId> groups = new TreeSet<>(events);
            for (RegistrationId id : registrations) {
                Registration old = before.registrations().get(id);
                Registration now = after.registrations().get(id);
                if (old != null) {
                    groups.add(old.event());
                }
                if (now != null) {
                    groups.add(now.event());
                    toCheck.put(id, now);
                }
            }
            for (EventId removed : removedEvents) {
                after.registrationsByEvent().get(removed).forEach(r -> toCheck.put(r.id(), r));
            }
            if (!removedPeople.isEmpty() || !removedOrganisations.isEmpty()) {
                for (Registration r : after.registrations()) {
                    if (removedPeople.contains(r.person()) || removedOrganisations.contains(r.organisation())) {
                        toCheck.put(r.id(), r);
                    }
                }
            }
            toCheck.values().forEach(rules::registration);
            for (EventId id : groups) {
                Event event = after.events().get(id);
                if (event != null) {
                    rules.eventRegistrations(event, after.registrationsByEvent().get(id));
                }
            }
        }
    }

    private static boolean isKind(Organisation o, OrganisationKind kind) {
        return o != null && o.kind() == kind;
    }

    private static <K extends Comparable<? super K>> Set<K> removed(Set<K> touched, PersistentSortedMap<K, ?> now) {
        Set<K> removed = new TreeSet<>();
        for (K id : touched) {
            if (!now.containsKey(id)) {
                removed.add(id);
            }
        }
        return removed;
    }

    private static <K, V> void addIfPresent(TreeMap<K, V> into, V value, Function<V, K> id) {
        if (value != null) {
            into.put(id.apply(value), value);
        }
    }
}
