package org.clustermeet.core.registry;

import java.util.ArrayList;
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
    /** The changes made, in order. */
    private final List<ChangeSet.Change> changes = new ArrayList<>();
    /** The ids put or removed, one sorted set per kind at the kind's index, made on first use: what the check looks at. */
    private final Set<?>[] touched = new Set<?>[EntityKind.all().size()];

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
        return put(EntityKind.ORGANISATION, organisation);
    }

    /**
     * Puts a person.
     *
     * @param person the person, not null
     * @return this edit
     */
    public RegistryEdit put(Person person) {
        return put(EntityKind.PERSON, person);
    }

    /**
     * Puts a quality label.
     *
     * @param label the label, not null
     * @return this edit
     */
    public RegistryEdit put(QualityLabel label) {
        return put(EntityKind.LABEL, label);
    }

    /**
     * Puts a membership.
     *
     * @param membership the membership, not null
     * @return this edit
     */
    public RegistryEdit put(Membership membership) {
        return put(EntityKind.MEMBERSHIP, membership);
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
        return put(EntityKind.EVENT, event);
    }

    /**
     * Puts a registration as it is, without eligibility checks: for registrations recorded
     * elsewhere and for the registration workflow, which judges requests before it stores them.
     *
     * @param registration the registration, not null
     * @return this edit
     */
    public RegistryEdit put(Registration registration) {
        return put(EntityKind.REGISTRATION, registration);
    }

    /**
     * Puts a stated fact. Facts refer to nothing, so they never fail a check.
     *
     * @param fact the fact, not null
     * @return this edit
     */
    public RegistryEdit put(StatedCount fact) {
        return put(EntityKind.FACT, fact);
    }

    /**
     * Removes an organisation; refused on apply while anything refers to it.
     *
     * @param id the organisation's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such organisation
     */
    public RegistryEdit remove(OrganisationId id) {
        return remove(EntityKind.ORGANISATION, id);
    }

    /**
     * Removes a person; refused on apply while a registration, a session or a role refers to them.
     *
     * @param id the person's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such person
     */
    public RegistryEdit remove(PersonId id) {
        return remove(EntityKind.PERSON, id);
    }

    /**
     * Removes a label; refused on apply while a renewal refers to it.
     *
     * @param id the label's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such label
     */
    public RegistryEdit remove(LabelId id) {
        return remove(EntityKind.LABEL, id);
    }

    /**
     * Removes a membership.
     *
     * @param id the membership's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such membership
     */
    public RegistryEdit remove(MembershipId id) {
        return remove(EntityKind.MEMBERSHIP, id);
    }

    /**
     * Removes an event; refused on apply while registrations, side events or a founding refer to it.
     *
     * @param id the event's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such event
     */
    public RegistryEdit remove(EventId id) {
        return remove(EntityKind.EVENT, id);
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
        return remove(EntityKind.REGISTRATION, id);
    }

    /**
     * Removes a stated fact.
     *
     * @param id the fact's id, not null
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such fact
     */
    public RegistryEdit remove(FactId id) {
        return remove(EntityKind.FACT, id);
    }

    /**
     * Puts an entity of any kind; the typed methods above say what each kind's put means. Putting
     * an entity equal to the one held under its id changes nothing and is not a change.
     *
     * @param kind   the entity's kind, not null
     * @param entity the entity, not null
     * @param <E>    the entity type
     * @return this edit
     * @throws IllegalArgumentException if the entity is not of that kind
     */
    public <E> RegistryEdit put(EntityKind<E, ?> kind, E entity) {
        ChangeSet.Put<E> put = new ChangeSet.Put<>(kind, entity);
        if (put.entity().equals(held(kind, put.entity()))) {
            return this;
        }
        tables = tables.put(kind, put.entity());
        changes.add(put);
        touchPut(kind, put.entity());
        return this;
    }

    /** The entity with the same id in the registry as edited so far, or null. */
    private <E, I extends Comparable<? super I>> E held(EntityKind<E, I> kind, E entity) {
        return tables.map(kind).get(kind.idOf(entity));
    }

    /**
     * Removes an entity of any kind; the typed methods above say when each kind's removal is refused.
     *
     * @param kind the entity's kind, not null
     * @param id   the entity's id, not null
     * @param <I>  the id type
     * @return this edit
     * @throws IllegalArgumentException if the registry, as edited so far, has no such entity
     */
    public <I extends Comparable<? super I>> RegistryEdit remove(EntityKind<?, I> kind, I id) {
        ChangeSet.Remove<I> remove = new ChangeSet.Remove<>(kind, id);
        if (!tables.map(kind).containsKey(id)) {
            throw new IllegalArgumentException("no " + kind.label() + " with id " + id + " in the registry");
        }
        tables = tables.remove(kind, id);
        changes.add(remove);
        touch(kind, id);
        return this;
    }

    /**
     * Makes every change of a change set, in order.
     *
     * @param changeSet the changes, not null
     * @return this edit
     * @throws IllegalArgumentException if a change removes an entity that the registry, as edited
     *                                  so far, does not have
     */
    public RegistryEdit add(ChangeSet changeSet) {
        for (ChangeSet.Change change : Objects.requireNonNull(changeSet, "changeSet").changes()) {
            if (change instanceof ChangeSet.Put<?> put) {
                put(put);
            } else {
                remove((ChangeSet.Remove<?>) change);
            }
        }
        return this;
    }

    private <E> void put(ChangeSet.Put<E> put) {
        put(put.kind(), put.entity());
    }

    private <I extends Comparable<? super I>> void remove(ChangeSet.Remove<I> remove) {
        remove(remove.kind(), remove.id());
    }

    private <E, I extends Comparable<? super I>> void touch(EntityKind<E, I> kind, I id) {
        touchedSet(kind).add(id);
    }

    private <E, I extends Comparable<? super I>> void touchPut(EntityKind<E, I> kind, E entity) {
        touchedSet(kind).add(kind.idOf(entity));
    }

    @SuppressWarnings("unchecked") // touched[kind.index()] holds ids of that kind
    private <I extends Comparable<? super I>> Set<I> touchedSet(EntityKind<?, I> kind) {
        Set<I> set = (Set<I>) touched[kind.index()];
        if (set == null) {
            set = new TreeSet<>();
            touched[kind.index()] = set;
        }
        return set;
    }

    /** The ids of one kind put or removed so far, in id order; read by the check. */
    <I extends Comparable<? super I>> Set<I> touched(EntityKind<?, I> kind) {
        return touched[kind.index()] == null ? Set.of() : touchedSet(kind);
    }

    /** {@return the changes made so far, in order} */
    public ChangeSet changes() {
        return ChangeSet.of(changes);
    }

    /**
     * Returns what applying this edit would refuse.
     *
     * @return every problem the edit causes, empty when it can be applied
     */
    public List<IntegrityProblem> problems() {
        return new EditCheck(base.tables(), tables, this).run();
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
            ChangeSet.Change first = changes.get(0);
            String what = (first instanceof ChangeSet.Put ? "store " : "remove ") + first.kind().label() + " "
                    + first.id() + (changes.size() == 1 ? "" : " and " + (changes.size() - 1) + " more "
                    + (changes.size() == 2 ? "change" : "changes"));
            throw new RegistryIntegrityException("cannot " + what, problems);
        }
        return new Registry(tables);
    }

    /** Every problem of the edited registry found by a full validation; for tests of {@link #problems()}. */
    List<IntegrityProblem> fullValidation() {
        return new Registry(tables).validate();
    }
}
