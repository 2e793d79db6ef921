package org.clustermeet.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;

/**
 * The registry: organisations, people, quality labels, memberships, events with their sessions,
 * registrations and stated facts, with referential integrity.
 *
 * <p>A registry is an immutable value and therefore thread-safe. Every referenced id exists and
 * ids are unique per kind; the rules that span entities (label holders are cluster organisations,
 * renewals come in time, events stay within capacity) hold. This class only stores and looks up;
 * each other concern has its own type:
 * <ul>
 *   <li>{@link #builder()} collects content and checks it all at once;</li>
 *   <li>{@link #edit()} puts and removes entities, checking only what the edit touches;</li>
 *   <li>{@code org.clustermeet.core.workflow.RegistrationWorkflow} registers, cancels, records
 *       attendance and promotes waiting lists;</li>
 *   <li>{@code org.clustermeet.core.query} answers questions about labels, memberships, people and
 *       events; {@code org.clustermeet.core.report} computes event reports.</li>
 * </ul>
 * Every lookup costs O(log n); every listing is in id order. The listings by holder, member,
 * group and event come from indexes that a registry built in one go (by the builder, or read from a
 * document) makes on their first use, once, and that edits then carry along.
 */
public final class Registry {

    private static final Registry EMPTY = new Registry(Tables.EMPTY);

    private final Tables tables;

    Registry(Tables tables) {
        this.tables = tables;
    }

    /** {@return the registry that holds nothing} */
    public static Registry empty() {
        return EMPTY;
    }

    /** {@return a builder that collects entities and checks them all at once in {@link RegistryBuilder#build()}} */
    public static RegistryBuilder builder() {
        return new RegistryBuilder();
    }

    /** {@return a builder holding this registry's entities, to derive a changed registry in bulk} */
    public RegistryBuilder toBuilder() {
        RegistryBuilder b = new RegistryBuilder();
        EntityKind.all().forEach(kind -> addAll(b, kind));
        return b;
    }

    private <E> void addAll(RegistryBuilder builder, EntityKind<E, ?> kind) {
        tables.map(kind).forEach(e -> builder.add(kind, e));
    }

    /**
     * Starts an edit of this registry: entities to put and remove, checked together when the edit
     * is applied. This registry does not change.
     *
     * @return a new edit based on this registry
     */
    public RegistryEdit edit() {
        return new RegistryEdit(this);
    }

    /**
     * Applies a change set, checked as one edit: the changes are made in order on an
     * {@linkplain #edit() edit} of this registry, which is then {@linkplain RegistryEdit#apply() applied}.
     *
     * @param changes the changes, not null
     * @return the changed registry (this registry when the change set is empty)
     * @throws IllegalArgumentException   if a change removes an entity that does not exist
     * @throws RegistryIntegrityException naming every problem, if the result would break a rule
     */
    public Registry apply(ChangeSet changes) {
        return edit().add(Objects.requireNonNull(changes, "changes")).apply();
    }

    Tables tables() {
        return tables;
    }

    // ---------------------------------------------------------------- any kind

    /**
     * Looks up an entity of any kind.
     *
     * @param kind the kind, not null
     * @param id   the id, not null
     * @param <E>  the entity type
     * @param <I>  the id type
     * @return the entity, or empty
     */
    public <E, I extends Comparable<? super I>> Optional<E> find(EntityKind<E, I> kind, I id) {
        return Optional.ofNullable(tables.map(Objects.requireNonNull(kind, "kind")).get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Lists the entities of one kind.
     *
     * @param kind the kind, not null
     * @param <E>  the entity type
     * @return its entities, in id order
     */
    public <E> List<E> all(EntityKind<E, ?> kind) {
        return tables.map(Objects.requireNonNull(kind, "kind")).values();
    }

    // ---------------------------------------------------------------- lookups by id

    /**
     * Looks up an organisation.
     *
     * @param id the id, not null
     * @return the organisation, or empty
     */
    public Optional<Organisation> organisation(OrganisationId id) {
        return Optional.ofNullable(tables.organisations().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks up a person.
     *
     * @param id the id, not null
     * @return the person, or empty
     */
    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(tables.people().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks up a label.
     *
     * @param id the id, not null
     * @return the label, or empty
     */
    public Optional<QualityLabel> label(LabelId id) {
        return Optional.ofNullable(tables.labels().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks up a membership.
     *
     * @param id the id, not null
     * @return the membership, or empty
     */
    public Optional<Membership> membership(MembershipId id) {
        return Optional.ofNullable(tables.memberships().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks up an event.
     *
     * @param id the id, not null
     * @return the event, or empty
     */
    public Optional<Event> event(EventId id) {
        return Optional.ofNullable(tables.events().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks up a registration.
     *
     * @param id the id, not null
     * @return the registration, or empty
     */
    public Optional<Registration> registration(RegistrationId id) {
        return Optional.ofNullable(tables.registrations().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks up a stated fact.
     *
     * @param id the id, not null
     * @return the fact, or empty
     */
    public Optional<StatedCount> fact(FactId id) {
        return Optional.ofNullable(tables.facts().get(Objects.requireNonNull(id, "id")));
    }

    // ---------------------------------------------------------------- listings

    /** {@return every organisation, in id order} */
    public List<Organisation> organisations() {
        return tables.organisations().values();
    }

    /** {@return every cluster organisation, in id order} */
    public List<ClusterOrganisation> clusterOrganisations() {
        return organisations().stream().filter(ClusterOrganisation.class::isInstance)
                .map(ClusterOrganisation.class::cast).toList();
    }

    /** {@return every person, in id order} */
    public List<Person> people() {
        return tables.people().values();
    }

    /** {@return every label, in id order} */
    public List<QualityLabel> labels() {
        return tables.labels().values();
    }

    /**
     * Returns the labels an organisation holds or held.
     *
     * @param holder the holder's id, not null
     * @return its labels, in id order
     */
    public List<QualityLabel> labelsOf(OrganisationId holder) {
        return tables.labelsByHolder().get(Objects.requireNonNull(holder, "holder")).values();
    }

    /** {@return every membership, in id order} */
    public List<Membership> memberships() {
        return tables.memberships().values();
    }

    /**
     * Returns the memberships of an organisation in associations or alliances, at any time.
     *
     * @param member the member's id, not null
     * @return its memberships, in id order
     */
    public List<Membership> membershipsOf(OrganisationId member) {
        return tables.membershipsByMember().get(Objects.requireNonNull(member, "member")).values();
    }

    /**
     * Returns the memberships in an association or alliance, at any time.
     *
     * @param group the association's or alliance's id, not null
     * @return the memberships in it, in id order
     */
    public List<Membership> membershipsIn(OrganisationId group) {
        return tables.membershipsByGroup().get(Objects.requireNonNull(group, "group")).values();
    }

    /** {@return every event, in id order} */
    public List<Event> events() {
        return tables.events().values();
    }

    /** {@return every registration, in id order} */
    public List<Registration> registrations() {
        return tables.registrations().values();
    }

    /**
     * Returns the registrations for an event, in every state.
     *
     * @param event the event's id, not null
     * @return its registrations, in id order
     */
    public List<Registration> registrationsFor(EventId event) {
        return tables.registrationsByEvent().get(Objects.requireNonNull(event, "event")).values();
    }

    /**
     * Returns what the registration rules ask about an event's registrations, kept by every change:
     * places held and waiting lists by kind of place, active registrations by person.
     *
     * @param event the event's id, not null
     * @return the roster; empty for an event without registrations (or no such event)
     */
    public EventRoster roster(EventId event) {
        return tables.roster(Objects.requireNonNull(event, "event"));
    }

    /** {@return every stated fact, in id order} */
    public List<StatedCount> facts() {
        return tables.facts().values();
    }

    /**
     * Checks the whole registry again and reports every problem. A registry built through this
     * API is always consistent, so the list is empty; the method serves as a self-check, for
     * example after many concurrent changes.
     *
     * @return every problem, empty when consistent
     */
    public List<IntegrityProblem> validate() {
        return IntegrityRules.validate(tables.lookup(), List.of(), tables.organisations(),
                tables.people(), tables.labels(), tables.memberships(), tables.events(), tables.registrations());
    }

    // ---------------------------------------------------------------- object methods

    /** Two registries are equal when they hold equal entities of every kind. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Registry r)) {
            return false;
        }
        for (EntityKind<?, ?> kind : EntityKind.all()) {
            if (!tables.map(kind).equals(r.tables.map(kind))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (EntityKind<?, ?> kind : EntityKind.all()) {
            hash = 31 * hash + tables.map(kind).hashCode();
        }
        return hash;
    }

    /** {@return the number of entities of each kind} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Registry[");
        for (EntityKind<?, ?> kind : EntityKind.all()) {
            b.append(kind == EntityKind.ORGANISATION ? "" : ", ").append(kind == EntityKind.PERSON ? "people"
                    : kind.label() + "s").append('=').append(tables.map(kind).size());
        }
        return b.append(']').toString();
    }
}
