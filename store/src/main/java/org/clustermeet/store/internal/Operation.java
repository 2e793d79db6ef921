package org.clustermeet.store.internal;

import java.util.Objects;

import org.clustermeet.core.registry.RegistryEdit;

/** One step of a journalled change: an entity put, or an entity removed by id. */
public sealed interface Operation {

    /** {@return the kind of entity the operation is about} */
    EntityKind<?, ?> kind();

    /** Adds the operation to an edit. */
    void addTo(RegistryEdit edit);

    /**
     * Puts an entity (adds it, or replaces the one with its id).
     *
     * @param kind   the entity's kind, not null
     * @param entity the entity, not null
     * @param <E>    the entity type
     */
    record Put<E>(EntityKind<E, ?> kind, E entity) implements Operation {

        /** Validates the operation.
         *
         * @param kind   the entity's kind, not null
         * @param entity the entity, not null
         * @param <E>    the entity type
         */
        public Put {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public void addTo(RegistryEdit edit) {
            kind.put(edit, entity);
        }
    }

    /**
     * Removes an entity.
     *
     * @param kind the entity's kind, not null
     * @param id   the entity's id, not null
     * @param <I>  the id type
     */
    record Remove<I>(EntityKind<?, I> kind, I id) implements Operation {

        /** Validates the operation.
         *
         * @param kind the entity's kind, not null
         * @param id   the entity's id, not null
         * @param <I>  the id type
         */
        public Remove {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public void addTo(RegistryEdit edit) {
            kind.remove(edit, id);
        }
    }
}
