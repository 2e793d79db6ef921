package org.clustermeet.core.id;

/**
 * Identifies a person within a registry.
 *
 * <p>Immutable and thread-safe. The value is non-blank, at most 128 characters, and made of
 * ASCII letters, digits and {@code . _ : -}, so that both slugs and UUIDs fit.
 *
 * @param value the identifier text, not null
 */
public record PersonId(String value) implements Comparable<PersonId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, too long or has other characters
     */
    public PersonId {
        Identifiers.check("person id", value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws IllegalArgumentException if the text is not a valid identifier
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    /** {@return the identifier text, exactly as {@link #of(String)} reads it} */
    @Override
    public String toString() {
        return value;
    }
}
