package org.clustermeet.core.value;

import java.util.Objects;
import java.util.regex.Pattern;
import org.clustermeet.core.internal.Texts;

/**
 * A telephone number as written, preferably in international form ({@code +48 32 000 00 00}).
 * Personal data: it is left out of every public export and report. Immutable and thread-safe.
 *
 * @param value the number: an optional leading {@code +}, then 5 to 20 digits, optionally
 *              grouped with spaces, hyphens, dots or parentheses; not null
 */
public record PhoneNumber(String value) {

    private static final Pattern SYNTAX = Pattern.compile("\\+?[0-9 ().-]{5,40}");

    /**
     * Validates the number.
     *
     * @param value the number: an optional leading {@code +}, then 5 to 20 digits, optionally
     *     grouped with spaces, hyphens, dots or parentheses; not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if the number is malformed
     */
    public PhoneNumber {
        Objects.requireNonNull(value, "phone number");
        long digits = value.chars().filter(c -> c >= '0' && c <= '9').count();
        if (!SYNTAX.matcher(value).matches() || digits < 5 || digits > 20) {
            throw new IllegalArgumentException("Invalid phone number (optional +, then 5 to 20 digits): \""
                    + Texts.abbreviate(value) + "\"");
        }
    }

    /**
     * Reads a phone number.
     *
     * @param text the number, not null
     * @return the number
     * @throws IllegalArgumentException if the number is malformed
     */
    public static PhoneNumber of(String text) {
        return new PhoneNumber(text);
    }

    /** {@return the number as written, which {@link #of(String)} reads back} */
    @Override
    public String toString() {
        return value;
    }
}
