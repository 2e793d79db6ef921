package org.clustermeet.core.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/**
 * One kind of entity a registry holds, typed by the entity and its id: code that treats every
 * kind alike (storing, editing, checking, writing a journal) works through these seven constants
 * instead of spelling each kind out. Nothing else is a kind. Immutable and thread-safe.
 *
 * @param <E> the entity type
 * @param <I> the id type
 */
public final class EntityKind<E, I extends Comparable<? super I>> {

    /** Organisations of every type. */
    public static final EntityKind<Organisation, OrganisationId> ORGANISATION = new EntityKind<>(0, "organisation",
            Organisation.class, Organisation::id, OrganisationId::of);
    /** People. */
    public static final EntityKind<Person, PersonId> PERSON = new EntityKind<>(1, "person", Person.class,
            Person::id, PersonId::of);
    /** Quality labels. */
    public static final EntityKind<QualityLabel, LabelId> LABEL = new EntityKind<>(2, "label", QualityLabel.class,
            QualityLabel::id, LabelId::of);
    /** Memberships of associations and alliances. */
    public static final EntityKind<Membership, MembershipId> MEMBERSHIP = new EntityKind<>(3, "membership",
            Membership.class, Membership::id, MembershipId::of);
    /** Events, their sessions included. */
    public static final EntityKind<Event, EventId> EVENT = new EntityKind<>(4, "event", Event.class, Event::id,
            EventId::of);
    /** Registrations. */
    public static final EntityKind<Registration, RegistrationId> REGISTRATION = new EntityKind<>(5, "registration",
            Registration.class, Registration::id, RegistrationId::of);
    /** Stated facts. */
    public static final EntityKind<StatedCount, FactId> FACT = new EntityKind<>(6, "fact", StatedCount.class,
            StatedCount::id, FactId::of);

    private static final List<EntityKind<?, ?>> ALL = List.of(ORGANISATION, PERSON, LABEL, MEMBERSHIP, EVENT,
            REGISTRATION, FACT);

    private final int index;
    private final String label;
    private final Class<E> type;
    private final Function<E, I> id;
    private final Function<String, I> parseId;

    private EntityKind(int index, String label, Class<E> type, Function<E, I> id, Function<String, I> parseId) {
        this.index = index;
        this.label = label;
        this.type = type;
        this.id = id;
        this.parseId = parseId;
    }

    /** {@return every kind, in the order a registry document lists them} */
    public static List<EntityKind<?, ?>> all() {
        return ALL;
    }

    /**
     * Finds a kind by its {@linkplain #label() label}.
     *
     * @param label the label, for example {@code registration}; not null
     * @return the kind, or empty when no kind has that label
     */
    public static Optional<EntityKind<?, ?>> named(String label) {
        Objects.requireNonNull(label, "label");
        return ALL.stream().filter(k -> k.label.equals(label)).findFirst();
    }

    /** {@return the kind in words, as messages and journal rows name it: {@code organisation}, {@code label}, ...} */
    public String label() {
        return label;
    }

    /** {@return the entity type} */
    public Class<E> type() {
        return type;
    }

    /**
     * Returns an entity's id.
     *
     * @param entity an entity of this kind, not null
     * @return its id
     */
    public I idOf(E entity) {
        return id.apply(Objects.requireNonNull(entity, label));
    }

    /**
     * Reads an id of this kind from its text.
     *
     * @param text the id's text, not null
     * @return the id
     * @throws IllegalArgumentException if the text is not a valid id
     */
    public I parseId(String text) {
        return parseId.apply(Objects.requireNonNull(text, "text"));
    }

    /**
     * Checks that a value is an entity of this kind.
     *
     * @param entity the value, not null
     * @return the value as an entity of this kind
     * @throws IllegalArgumentException if it is not one
     */
    public E cast(Object entity) {
        Objects.requireNonNull(entity, label);
        if (!type.isInstance(entity)) {
            throw new IllegalArgumentException("a " + label + " was expected, not " + entity.getClass().getSimpleName());
        }
        return type.cast(entity);
    }

    /** {@return the kind's position in {@link #all()}, for tables kept by kind} */
    int index() {
        return index;
    }

    /** {@return the kind's label} */
    @Override
    public String toString() {
        return label;
    }
}
