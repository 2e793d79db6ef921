package org.clustermeet.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret of a personal invitation link: 32 random bytes, written as 43 characters of
 * URL-safe Base64. Whoever holds it may answer the invitation, so the store keeps only its
 * SHA-256 {@linkplain #hash() hash}, and {@link #toString()} never shows it. Immutable.
 *
 * @param value the 43 characters, not null
 */
public record InvitationToken(String value) {

    private static final int BYTES = 32;
    private static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Checks the form: 43 characters of URL-safe Base64.
     *
     * @param value the token's text, not null
     * @throws IllegalArgumentException if it has another length or other characters (the message
     *                                  does not repeat them)
     */
    public InvitationToken {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("an invitation token is " + LENGTH
                    + " characters of A-Z, a-z, 0-9, - and _; this one is not");
        }
    }

    /** {@return a new token from a cryptographically strong random source} */
    public static InvitationToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * Reads a token from a link or a form.
     *
     * @param text the text, not null
     * @return the token
     * @throws IllegalArgumentException if the text is not a token
     */
    public static InvitationToken parse(String text) {
        return new InvitationToken(text);
    }

    /**
     * Tells whether a text has a token's form, without throwing.
     *
     * @param text any text, may be null
     * @return true for 43 characters of URL-safe Base64
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** {@return the SHA-256 of the token, in lower-case hexadecimal: what the store keeps} */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@return a placeholder: the token is a secret} */
    @Override
    public String toString() {
        return "InvitationToken[hidden]";
    }
}
