package org.clustermeet.core.id;

/**
 * Identifies a membership of an organisation in an association or alliance within a registry.
 *
 * <p>Immutable and thread-safe. The value is non-blank, at most 128 characters, and made of
 * ASCII letters, digits and {@code . _ : -}, so that both slugs and UUIDs fit.
 *
 * @param value the identifier text, not null
 */
public record MembershipId(String value) implements Comparable<MembershipId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, too long or has other characters
     */
    public MembershipId {
        Identifiers.check("membership id", value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws IllegalArgumentException if the text is not a valid identifier
     */
    public static MembershipId of(String value) {
        return new MembershipId(value);
    }

    @Override
    public int compareTo(MembershipId other) {
        return value.compareTo(other.value);
    }

    /** {@return the identifier text, exactly as {@link #of(String)} reads it} */
    @Override
    public String toString() {
        return value;
    }
}
