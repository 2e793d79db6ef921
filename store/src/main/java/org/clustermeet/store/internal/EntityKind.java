package org.clustermeet.store.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
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
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;

/**
 * One kind of registry entity as the journal sees it: its name in a journal row, its Java type,
 * its id, how to look it up and how to put or remove it in an edit. The seven kinds are the
 * constants; nothing else is a kind.
 *
 * @param <E> the entity type
 * @param <I> the id type
 */
public final class EntityKind<E, I> {

    /** Organisations of every type. */
    public static final EntityKind<Organisation, OrganisationId> ORGANISATION = new EntityKind<>("organisation",
            Organisation.class, Organisation::id, OrganisationId::of, Registry::organisation, RegistryEdit::put,
            RegistryEdit::remove);
    /** People. */
    public static final EntityKind<Person, PersonId> PERSON = new EntityKind<>("person", Person.class, Person::id,
            PersonId::of, Registry::person, RegistryEdit::put, RegistryEdit::remove);
    /** Quality labels. */
    public static final EntityKind<QualityLabel, LabelId> LABEL = new EntityKind<>("label", QualityLabel.class,
            QualityLabel::id, LabelId::of, Registry::label, RegistryEdit::put, RegistryEdit::remove);
    /** Memberships. */
    public static final EntityKind<Membership, MembershipId> MEMBERSHIP = new EntityKind<>("membership",
            Membership.class, Membership::id, MembershipId::of, Registry::membership, RegistryEdit::put,
            RegistryEdit::remove);
    /** Events. */
    public static final EntityKind<Event, EventId> EVENT = new EntityKind<>("event", Event.class, Event::id,
            EventId::of, Registry::event, RegistryEdit::put, RegistryEdit::remove);
    /** Registrations. */
    public static final EntityKind<Registration, RegistrationId> REGISTRATION = new EntityKind<>("registration",
            Registration.class, Registration::id, RegistrationId::of, Registry::registration, RegistryEdit::put,
            RegistryEdit::remove);
    /** Stated facts. */
    public static final EntityKind<StatedCount, FactId> FACT = new EntityKind<>("fact", StatedCount.class,
            StatedCount::id, FactId::of, Registry::fact, RegistryEdit::put, RegistryEdit::remove);

    /** Every kind. */
    public static final List<EntityKind<?, ?>> ALL = List.of(ORGANISATION, PERSON, LABEL, MEMBERSHIP, EVENT,
            REGISTRATION, FACT);

    private final String name;
    private final Class<E> type;
    private final Function<E, I> id;
    private final Function<String, I> parseId;
    private final BiFunction<Registry, I, Optional<? extends E>> lookup;
    private final BiConsumer<RegistryEdit, E> put;
    private final BiConsumer<RegistryEdit, I> remove;

    private EntityKind(String name, Class<E> type, Function<E, I> id, Function<String, I> parseId,
                       BiFunction<Registry, I, Optional<? extends E>> lookup, BiConsumer<RegistryEdit, E> put,
                       BiConsumer<RegistryEdit, I> remove) {
        this.name = name;
        this.type = type;
        this.id = id;
        this.parseId = parseId;
        this.lookup = lookup;
        this.put = put;
        this.remove = remove;
    }

    /** {@return the kind with a journal name, if there is one} */
    public static Optional<EntityKind<?, ?>> named(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** {@return the name used in journal rows} */
    public String name() {
        return name;
    }

    /** {@return the entity type} */
    public Class<E> type() {
        return type;
    }

    /** {@return an entity's id} */
    public I idOf(E entity) {
        return id.apply(entity);
    }

    /** Parses an id written in a journal row. */
    public I parseId(String text) {
        return parseId.apply(text);
    }

    /** {@return the operation that brings an entity to its state in a registry: put it, or remove it if absent} */
    public Operation stateIn(Registry registry, I id) {
        Objects.requireNonNull(id, "id");
        Optional<? extends E> entity = lookup.apply(registry, id);
        return entity.isPresent() ? new Operation.Put<>(this, entity.get()) : new Operation.Remove<>(this, id);
    }

    void put(RegistryEdit edit, E entity) {
        put.accept(edit, entity);
    }

    void remove(RegistryEdit edit, I id) {
        remove.accept(edit, id);
    }

    @Override
    public String toString() {
        return name;
    }
}
