package org.clustermeet.core.workflow;

import java.util.Objects;

/**
 * Who asked for a step of the workflow: a user's name, an API token's name, {@code cli} for the
 * command line. Stores record it with each change, so that the history says who did what. A name
 * is 1 to 64 characters: letters, digits and {@code . _ @ : -}, so that it prints safely in any
 * message or log line. Immutable and thread-safe.
 *
 * @param name the actor's name, not null
 */
public record Actor(String name) {

    /** The command line. */
    public static final Actor CLI = new Actor("cli");

    /** A program using the library that did not say who asked. */
    public static final Actor LIBRARY = new Actor("library");

    private static final int MAX_LENGTH = 64;

    /**
     * Validates the name.
     *
     * @param name the actor's name, not null
     * @throws NullPointerException     if the name is null
     * @throws IllegalArgumentException if the name is empty, too long or has other characters
     */
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("actor name must have 1 to " + MAX_LENGTH + " characters, found "
                    + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || ".-_@:".indexOf(c) >= 0) || Character.isSurrogate(c)) {
                throw new IllegalArgumentException("actor name may hold letters, digits and . _ @ : - only; found "
                        + String.format("U+%04X", (int) c) + " at index " + i);
            }
        }
    }

    /**
     * Returns the actor with this name.
     *
     * @param name the name, not null
     * @return the actor
     * @throws IllegalArgumentException if the name is not valid
     */
    public static Actor of(String name) {
        return new Actor(name);
    }

    /** {@return the name} */
    @Override
    public String toString() {
        return name;
    }
}
