package org.clustermeet.core.registry;

import java.util.Objects;

/**
 * One thing wrong with a registry's content: which entity, and what is wrong with it, for example
 * {@code label sac-gold-2018: holder sac does not exist}. Immutable and thread-safe.
 *
 * @param kind    the kind of entity at fault, not null
 * @param id      the entity's id, not null
 * @param message what is wrong, not null
 */
public record IntegrityProblem(EntityKind<?, ?> kind, String id, String message) {

    /**
     * Validates the problem.
     *
     * @param kind    the kind of entity at fault, not null
     * @param id      the entity's id, not null
     * @param message what is wrong, not null
     * @throws NullPointerException if an argument is null
     */
    public IntegrityProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }

    /** {@return {@code kind id: message}} */
    @Override
    public String toString() {
        return kind.label() + " " + id + ": " + message;
    }
}
