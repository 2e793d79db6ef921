package org.clustermeet.core.id;

/**
 * Identifies a quality label within a registry.
 *
 * <p>Immutable and thread-safe. The value is non-blank, at most 128 characters, and made of
 * ASCII letters, digits and {@code . _ : -}, so that both slugs and UUIDs fit.
 *
 * @param value the identifier text, not null
 */
public record LabelId(String value) implements Comparable<LabelId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, too long or has other characters
     */
    public LabelId {
        Identifiers.check("label id", value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws IllegalArgumentException if the text is not a valid identifier
     */
    public static LabelId of(String value) {
        return new LabelId(value);
    }

    @Override
    public int compareTo(LabelId other) {
        return value.compareTo(other.value);
    }

    /** {@return the identifier text, exactly as {@link #of(String)} reads it} */
    @Override
    public String toString() {
        return value;
    }
}
