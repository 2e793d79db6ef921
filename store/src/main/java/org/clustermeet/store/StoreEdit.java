package org.clustermeet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.store.internal.EntityKind;
import org.clustermeet.store.internal.Operation;

/**
 * Entities to put and remove in a {@link RegistryStore}, recorded as one change:
 * <pre>{@code
 * store.apply(StoreEdit.create().put(organisation).put(label).remove(oldLabel.id()));
 * }</pre>
 * The store checks the edit as {@link RegistryEdit#apply()} does, on its latest state, and
 * commits it as one journal row or not at all. Registrations are best left to the store's
 * workflow methods, which judge them; putting one here stores it as it is. Not thread-safe.
 */
public final class StoreEdit {

    private final List<Operation> operations = new ArrayList<>();

    private StoreEdit() {
    }

    /** {@return an empty edit} */
    public static StoreEdit create() {
        return new StoreEdit();
    }

    /**
     * Puts an organisation (adds it, or replaces the one with its id).
     *
     * @param organisation the organisation, not null
     * @return this edit
     */
    public StoreEdit put(Organisation organisation) {
        return put(EntityKind.ORGANISATION, Objects.requireNonNull(organisation, "organisation"));
    }

    /**
     * Puts a person.
     *
     * @param person the person, not null
     * @return this edit
     */
    public StoreEdit put(Person person) {
        return put(EntityKind.PERSON, Objects.requireNonNull(person, "person"));
    }

    /**
     * Puts a quality label.
     *
     * @param label the label, not null
     * @return this edit
     */
    public StoreEdit put(QualityLabel label) {
        return put(EntityKind.LABEL, Objects.requireNonNull(label, "label"));
    }

    /**
     * Puts a membership.
     *
     * @param membership the membership, not null
     * @return this edit
     */
    public StoreEdit put(Membership membership) {
        return put(EntityKind.MEMBERSHIP, Objects.requireNonNull(membership, "membership"));
    }

    /**
     * Puts an event; to change one that people wait for, use {@link RegistryStore#changeEvent}.
     *
     * @param event the event, not null
     * @return this edit
     */
    public StoreEdit put(Event event) {
        return put(EntityKind.EVENT, Objects.requireNonNull(event, "event"));
    }

    /**
     * Puts a registration as it is, without judging it.
     *
     * @param registration the registration, not null
     * @return this edit
     */
    public StoreEdit put(Registration registration) {
        return put(EntityKind.REGISTRATION, Objects.requireNonNull(registration, "registration"));
    }

    /**
     * Puts a stated fact.
     *
     * @param fact the fact, not null
     * @return this edit
     */
    public StoreEdit put(StatedCount fact) {
        return put(EntityKind.FACT, Objects.requireNonNull(fact, "fact"));
    }

    /**
     * Removes an organisation.
     *
     * @param id its id, not null
     * @return this edit
     */
    public StoreEdit remove(OrganisationId id) {
        return remove(EntityKind.ORGANISATION, id);
    }

    /**
     * Removes a person.
     *
     * @param id their id, not null
     * @return this edit
     */
    public StoreEdit remove(PersonId id) {
        return remove(EntityKind.PERSON, id);
    }

    /**
     * Removes a quality label.
     *
     * @param id its id, not null
     * @return this edit
     */
    public StoreEdit remove(LabelId id) {
        return remove(EntityKind.LABEL, id);
    }

    /**
     * Removes a membership.
     *
     * @param id its id, not null
     * @return this edit
     */
    public StoreEdit remove(MembershipId id) {
        return remove(EntityKind.MEMBERSHIP, id);
    }

    /**
     * Removes an event.
     *
     * @param id its id, not null
     * @return this edit
     */
    public StoreEdit remove(EventId id) {
        return remove(EntityKind.EVENT, id);
    }

    /**
     * Removes a registration.
     *
     * @param id its id, not null
     * @return this edit
     */
    public StoreEdit remove(RegistrationId id) {
        return remove(EntityKind.REGISTRATION, id);
    }

    /**
     * Removes a stated fact.
     *
     * @param id its id, not null
     * @return this edit
     */
    public StoreEdit remove(FactId id) {
        return remove(EntityKind.FACT, id);
    }

    /** {@return whether the edit puts or removes nothing} */
    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /** The operations, in the order given. */
    List<Operation> operations() {
        return List.copyOf(operations);
    }

    private <E> StoreEdit put(EntityKind<E, ?> kind, E entity) {
        operations.add(new Operation.Put<>(kind, entity));
        return this;
    }

    private <I> StoreEdit remove(EntityKind<?, I> kind, I id) {
        operations.add(new Operation.Remove<>(kind, Objects.requireNonNull(id, "id")));
        return this;
    }

    @Override
    public String toString() {
        return "StoreEdit" + operations;
    }
}
