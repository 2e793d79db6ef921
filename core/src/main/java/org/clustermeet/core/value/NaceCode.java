package org.clustermeet.core.value;

import java.util.Objects;
import java.util.regex.Pattern;
import org.clustermeet.core.internal.Texts;

/**
 * An economic activity as a NACE Rev. 2 code: a section letter ({@code C}), a division
 * ({@code 30}), a group ({@code 30.3}) or a class ({@code 30.30}). Immutable and thread-safe.
 *
 * @param value the code, not null
 */
public record NaceCode(String value) implements Comparable<NaceCode> {

    private static final Pattern SYNTAX = Pattern.compile("[A-U]|\\d{2}(\\.\\d{1,2})?");

    /**
     * Validates the code.
     *
     * @param value the code, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if the code is not a NACE Rev. 2 section, division, group or class
     */
    public NaceCode {
        Objects.requireNonNull(value, "NACE code");
        if (!SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid NACE Rev. 2 code (section A-U, or 30, 30.3, "
                    + "30.30): \"" + Texts.abbreviate(value) + "\"");
        }
    }

    /**
     * Returns the NACE code with the given text.
     *
     * @param code the code, not null
     * @return the NACE code
     * @throws IllegalArgumentException if the code is invalid
     */
    public static NaceCode of(String code) {
        return new NaceCode(code);
    }

    @Override
    public int compareTo(NaceCode other) {
        return value.compareTo(other.value);
    }

    /** {@return the code, which {@link #of(String)} reads back} */
    @Override
    public String toString() {
        return value;
    }
}
