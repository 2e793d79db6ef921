package org.clustermeet.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
    /** The first change, for messages, and how many changes there are; words are built only on refusal. */
    private String firstChange;
    private Object firstId;
    private int changes;

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
        return note("store organisation ", organisation.id());
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
        return note("store person ", person.id());
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
        return note("store label ", label.id());
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
        return note("store membership ", membership.id());
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
        return note("store event ", event.id());
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
        return note("store registration ", registration.id());
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
        return note("store fact ", fact.id());
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
        return note("remove organisation ", id);
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
        return note("remove person ", id);
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
        return note("remove label ", id);
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
        return note("remove membership ", id);
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
        return note("remove event ", id);
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
        return note("remove registration ", id);
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
        return note("remove fact ", id);
    }

    /**
     * Returns what applying this edit would refuse.
     *
     * @return every problem the edit causes, empty when it can be applied
     */
    public List<IntegrityProblem> problems() {
        return new EditCheck(base.tables(), tables, organisations, people, labels, memberships, events,
                registrations).run();
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
        List<IntegrityProblem> problems = problems();
        if (!problems.isEmpty()) {
            String what = firstChange + firstId + (changes == 1 ? ""
                    : " and " + (changes - 1) + " more " + (changes == 2 ? "change" : "changes"));
            throw new RegistryIntegrityException("cannot " + what, problems);
        }
        return new Registry(tables);
    }

    /** Every problem of the edited registry found by a full validation; for tests of {@link #problems()}. */
    List<IntegrityProblem> fullValidation() {
        return new Registry(tables).validate();
    }

    private RegistryEdit note(String change, Object id) {
        if (changes++ == 0) {
            firstChange = change;
            firstId = id;
        }
        return this;
    }

    private static <K extends Comparable<? super K>> void require(PersistentSortedMap<K, ?> map, K id, String kind) {
        if (!map.containsKey(Objects.requireNonNull(id, "id"))) {
            throw new IllegalArgumentException("no " + kind + " with id " + id + " in the registry");
        }
    }
}
