package org.clustermeet.core.id;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Identifies a registration of a person for an event within a registry.
 *
 * <p>Immutable and thread-safe. The value is non-blank, at most 128 characters, and made of
 * ASCII letters, digits and {@code . _ : -}, so that both slugs and UUIDs fit.
 *
 * <p>A value like the other identifiers, which are records of their text: equal, ordered and hashed
 * as its text is, and printed as it. It is written as a class because a registry holds millions of
 * these: it keeps its ASCII characters as bytes, without a {@code String} around them (24 bytes
 * less each), and makes the text when asked for it.
 */
public final class RegistrationId implements Comparable<RegistrationId> {

    /** The identifier's characters, one byte each (they are ASCII). */
    private final byte[] ascii;

    /**
     * Validates the identifier.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, too long or has other characters
     */
    public RegistrationId(String value) {
        this.ascii = Identifiers.check("registration id", value).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws IllegalArgumentException if the text is not a valid identifier
     */
    public static RegistrationId of(String value) {
        return new RegistrationId(value);
    }

    /** {@return the identifier text} */
    public String value() {
        return new String(ascii, StandardCharsets.US_ASCII);
    }

    /** Identifiers compare as their texts do. */
    @Override
    public int compareTo(RegistrationId other) {
        return Arrays.compare(ascii, other.ascii);
    }

    /** Two identifiers are equal when their texts are. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RegistrationId other && Arrays.equals(ascii, other.ascii);
    }

    /** {@return the hash code of the identifier's text, as {@link String#hashCode()} computes it} */
    @Override
    public int hashCode() {
        int h = 0;
        for (byte b : ascii) {
            h = 31 * h + b;
        }
        return h;
    }

    /** {@return the identifier text, exactly as {@link #of(String)} reads it} */
    @Override
    public String toString() {
        return value();
    }
}
