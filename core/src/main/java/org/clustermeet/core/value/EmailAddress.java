package org.clustermeet.core.value;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.text.Echo;

/**
 * An e-mail address. Personal data: it is left out of every public export and report.
 *
 * <p>The check is deliberately practical rather than full RFC 5322: one {@code @}, a non-empty
 * local part without spaces, and a domain with at least one dot. The domain is stored in lower
 * case. Immutable and thread-safe.
 *
 * @param value the address, not null
 */
public record EmailAddress(String value) {

    /** Longest address accepted (RFC 5321 path limit), in characters. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern SYNTAX = Pattern.compile(
            "[^@\\s]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    /**
     * Validates the address and lower-cases its domain.
     *
     * @param value the address, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if the address is malformed or too long
     */
    public EmailAddress {
        Objects.requireNonNull(value, "e-mail address");
        if (value.length() > MAX_LENGTH || !SYNTAX.matcher(value).matches()
                || value.codePoints().anyMatch(Echo::isActive)) {
            throw new IllegalArgumentException("Invalid e-mail address: \"" + Texts.abbreviate(value) + "\"");
        }
        int at = value.indexOf('@');
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an e-mail address.
     *
     * @param text the address, not null
     * @return the address
     * @throws IllegalArgumentException if the address is malformed
     */
    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    /** {@return the address, which {@link #of(String)} reads back} */
    @Override
    public String toString() {
        return value;
    }
}
