package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an edit did: entities put (added, or replaced when the id existed) and entities removed,
 * in the order they were made. A {@link RegistryEdit} produces one, every step of the registration
 * workflow returns one with its result, a store journals exactly one per change, and
 * {@link Registry#apply(ChangeSet)} applies one, checked as an edit is.
 * <pre>{@code
 * ChangeSet changes = ChangeSet.builder().put(EntityKind.LABEL, label).remove(EntityKind.PERSON, personId).build();
 * Registry next = registry.apply(changes);
 * }</pre>
 * Immutable and thread-safe.
 */
public final class ChangeSet {

    private static final ChangeSet EMPTY = new ChangeSet(List.of());

    /** One change: an entity put, or an entity removed by id. */
    public sealed interface Change permits Put, Remove {

        /** {@return the kind of entity changed} */
        EntityKind<?, ?> kind();

        /** {@return the id of the entity changed} */
        Object id();
    }

    /**
     * An entity put: added, or replacing the one with its id.
     *
     * @param kind   the entity's kind, not null
     * @param entity the entity, not null and of that kind
     * @param <E>    the entity type
     */
    public record Put<E>(EntityKind<E, ?> kind, E entity) implements Change {

        /**
         * Validates the change.
         *
         * @param kind   the entity's kind, not null
         * @param entity the entity, not null and of that kind
         * @throws IllegalArgumentException if the entity is not of that kind
         */
        public Put {
            Objects.requireNonNull(kind, "kind");
            entity = kind.cast(entity);
        }

        @Override
        public Object id() {
            return kind.idOf(entity);
        }

        /** {@return {@code put KIND ID}} */
        @Override
        public String toString() {
            return "put " + kind + " " + id();
        }
    }

    /**
     * An entity removed.
     *
     * @param kind the entity's kind, not null
     * @param id   the entity's id, not null
     * @param <I>  the id type
     */
    public record Remove<I extends Comparable<? super I>>(EntityKind<?, I> kind, I id) implements Change {

        /**
         * Validates the change.
         *
         * @param kind the entity's kind, not null
         * @param id   the entity's id, not null
         */
        public Remove {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        /** {@return {@code remove KIND ID}} */
        @Override
        public String toString() {
            return "remove " + kind + " " + id;
        }
    }

    private final List<Change> changes;

    private ChangeSet(List<Change> changes) {
        this.changes = changes;
    }

    /** {@return the change set that changes nothing} */
    public static ChangeSet empty() {
        return EMPTY;
    }

    /**
     * Returns the change set made of these changes, in this order.
     *
     * @param changes the changes, not null, no element null
     * @return the change set
     */
    public static ChangeSet of(List<? extends Change> changes) {
        List<Change> copy = List.copyOf(Objects.requireNonNull(changes, "changes"));
        return copy.isEmpty() ? EMPTY : new ChangeSet(copy);
    }

    /** {@return a builder that collects changes in order} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the changes, in the order they were made} */
    public List<Change> changes() {
        return changes;
    }

    /** {@return whether nothing is put or removed} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** {@return the number of changes} */
    public int size() {
        return changes.size();
    }

    /**
     * Returns the ids of one kind that are put or removed.
     *
     * @param kind the kind, not null
     * @param <I>  the id type
     * @return the ids, in id order
     */
    public <I extends Comparable<? super I>> SortedSet<I> touched(EntityKind<?, I> kind) {
        Objects.requireNonNull(kind, "kind");
        SortedSet<I> ids = new TreeSet<>();
        for (Change change : changes) {
            if (change.kind() == kind) {
                ids.add(idOf(change, kind));
            }
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    @SuppressWarnings("unchecked") // a change of this kind has an id of this kind's id type
    private static <I extends Comparable<? super I>> I idOf(Change change, EntityKind<?, I> kind) {
        return (I) change.id();
    }

    /**
     * Returns the entities of one kind that are put, as last put.
     *
     * @param kind the kind, not null
     * @param <E>  the entity type
     * @return the entities put, in the order of their last change, without those removed after being put
     */
    public <E> List<E> puts(EntityKind<E, ?> kind) {
        Objects.requireNonNull(kind, "kind");
        Map<Object, E> entities = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.kind() != kind) {
                continue;
            }
            entities.remove(change.id());
            if (change instanceof Put<?> put) {
                entities.put(put.id(), kind.cast(put.entity()));
            }
        }
        return List.copyOf(entities.values());
    }

    /**
     * Returns this change set followed by another, as one.
     *
     * @param next the changes made after these, not null
     * @return both, in order
     */
    public ChangeSet then(ChangeSet next) {
        Objects.requireNonNull(next, "next");
        if (next.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return next;
        }
        List<Change> all = new ArrayList<>(changes);
        all.addAll(next.changes);
        return new ChangeSet(List.copyOf(all));
    }

    /** Two change sets are equal when they make equal changes in the same order. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ChangeSet c && changes.equals(c.changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    /** {@return the changes in words, for example {@code ChangeSet[put registration r-1, remove label l-2]}} */
    @Override
    public String toString() {
        return "ChangeSet" + changes;
    }

    /** Collects changes in order; not thread-safe. */
    public static final class Builder {

        private final List<Change> changes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an entity put.
         *
         * @param kind   the entity's kind, not null
         * @param entity the entity, not null
         * @param <E>    the entity type
         * @return this builder
         */
        public <E> Builder put(EntityKind<E, ?> kind, E entity) {
            changes.add(new Put<>(kind, entity));
            return this;
        }

        /**
         * Adds an entity removed.
         *
         * @param kind the entity's kind, not null
         * @param id   the entity's id, not null
         * @param <I>  the id type
         * @return this builder
         */
        public <I extends Comparable<? super I>> Builder remove(EntityKind<?, I> kind, I id) {
            changes.add(new Remove<>(kind, id));
            return this;
        }

        /**
         * Adds a change.
         *
         * @param change the change, not null
         * @return this builder
         */
        public Builder add(Change change) {
            changes.add(Objects.requireNonNull(change, "change"));
            return this;
        }

        /** {@return the change set, in the order the changes were added} */
        public ChangeSet build() {
            return ChangeSet.of(changes);
        }
    }
}
