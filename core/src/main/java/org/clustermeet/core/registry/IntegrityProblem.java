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
public record IntegrityProblem(EntityKind kind, String id, String message) {

    /** The kinds of entity a registry holds. */
    public enum EntityKind {
        /** An organisation. */
        ORGANISATION("organisation"),
        /** A person. */
        PERSON("person"),
        /** A quality label. */
        LABEL("label"),
        /** A membership. */
        MEMBERSHIP("membership"),
        /** An event, its sessions included. */
        EVENT("event"),
        /** A registration. */
        REGISTRATION("registration"),
        /** A stated fact. */
        FACT("fact");

        private final String label;

        EntityKind(String label) {
            this.label = label;
        }

        /** {@return the kind in words} */
        public String label() {
            return label;
        }
    }

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
