package org.clustermeet.core.id;

/**
 * Identifies an organisation (cluster organisation, association, alliance, public authority or labelling body) within a registry.
 *
 * <p>Immutable and thread-safe. The value is non-blank, at most 128 characters, and made of
 * ASCII letters, digits and {@code . _ : -}, so that both slugs and UUIDs fit.
 *
 * @param value the identifier text, not null
 */
public record OrganisationId(String value) implements Comparable<OrganisationId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, too long or has other characters
     */
    public OrganisationId {
        Identifiers.check("organisation id", value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws IllegalArgumentException if the text is not a valid identifier
     */
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    @Override
    public int compareTo(OrganisationId other) {
        return value.compareTo(other.value);
    }

    /** {@return the identifier text, exactly as {@link #of(String)} reads it} */
    @Override
    public String toString() {
        return value;
    }
}
