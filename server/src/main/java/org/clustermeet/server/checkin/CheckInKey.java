package org.clustermeet.server.checkin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.RegistrationId;

/**
 * The server's secret for check-in tokens: signs a registration's badge, and tells at the door
 * whether a scanned code is one it signed. The signature is HMAC-SHA256 over the event and the
 * registration, cut to its first 128 bits (as RFC 2104 allows) so that the QR code stays small
 * enough to scan from a badge. Whoever holds the secret can make badges: it is read from a file,
 * never from a command line, and never printed. Immutable and thread-safe.
 */
public final class CheckInKey {

    /** The fewest characters (or bytes) a secret has: 256 bits of a random text's worth. */
    public static final int MIN_SECRET_LENGTH = 32;
    /** What every token starts with: the format and its version. */
    static final String PREFIX = "CM1";
    private static final char SEPARATOR = '/';
    private static final int SIGNATURE_BYTES = 16;
    /** Longer than any token can be: two ids of at most 128 characters and a signature. */
    private static final int MAX_TOKEN_LENGTH = 320;
    private static final int MAX_FILE_BYTES = 4096;
    private static final String ALGORITHM = "HmacSHA256";
    /** Keeps a token from meaning anything to another use of the same secret. */
    private static final byte[] DOMAIN = "clustermeet check-in v1\n".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private CheckInKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * Returns a key from secret bytes.
     *
     * @param secret at least {@value #MIN_SECRET_LENGTH} bytes; copied
     * @return the key
     * @throws IllegalArgumentException if the secret is too short (the message never shows it)
     */
    public static CheckInKey of(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("a check-in secret has at least " + MIN_SECRET_LENGTH
                    + " bytes, this one " + secret.length);
        }
        return new CheckInKey(secret.clone());
    }

    /** {@return a key made of {@value #MIN_SECRET_LENGTH} random bytes: for a server whose badges need not outlive it} */
    public static CheckInKey random() {
        byte[] secret = new byte[MIN_SECRET_LENGTH];
        new SecureRandom().nextBytes(secret);
        return new CheckInKey(secret);
    }

    /**
     * Reads a key from a file holding the secret as text (white space around it ignored), such as
     * the output of {@code openssl rand -base64 48}.
     *
     * @param file a regular file, not null
     * @return the key
     * @throws IllegalArgumentException naming the file, if it is not a regular file, is larger than
     *                                  4 KiB, or holds fewer than {@value #MIN_SECRET_LENGTH} characters
     * @throws java.nio.file.NoSuchFileException if there is no such file
     * @throws IOException              if the file cannot be read
     */
    public static CheckInKey read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no check-in secret");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("check-in secret " + file + " is not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("check-in secret " + file + " is larger than " + MAX_FILE_BYTES
                    + " bytes: it should hold one line of random text");
        }
        String secret = new String(bytes, StandardCharsets.UTF_8).strip();
        Arrays.fill(bytes, (byte) 0);
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("check-in secret " + file + " holds " + secret.length()
                    + " characters; it needs at least " + MIN_SECRET_LENGTH + " (openssl rand -base64 48 makes one)");
        }
        return new CheckInKey(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs a registration's check-in token.
     *
     * @param event        the registration's event, not null
     * @param registration the registration, not null
     * @return the token
     */
    public CheckInToken sign(EventId event, RegistrationId registration) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(registration, "registration");
        String signature = encode(signature(event, registration));
        return new CheckInToken(event, registration, PREFIX + SEPARATOR + event.value() + SEPARATOR
                + registration.value() + SEPARATOR + signature);
    }

    /**
     * Checks a scanned or typed text: white space around it is ignored.
     *
     * @param text what the scanner typed, not null
     * @return the token, if this key signed it; otherwise why not
     */
    public TokenCheck check(String text) {
        Objects.requireNonNull(text, "text");
        String scanned = text.strip();
        if (scanned.length() > MAX_TOKEN_LENGTH) {
            return new TokenCheck.Invalid(TokenCheck.Problem.NOT_A_TOKEN);
        }
        String[] parts = scanned.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return new TokenCheck.Invalid(TokenCheck.Problem.NOT_A_TOKEN);
        }
        EventId event;
        RegistrationId registration;
        byte[] signature;
        try {
            event = EventId.of(parts[1]);
            registration = RegistrationId.of(parts[2]);
            signature = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return new TokenCheck.Invalid(TokenCheck.Problem.NOT_A_TOKEN);
        }
        if (signature.length != SIGNATURE_BYTES) {
            return new TokenCheck.Invalid(TokenCheck.Problem.NOT_A_TOKEN);
        }
        // compared as texts, so that no second spelling of a signature (its last character's unused bits) passes
        byte[] expected = encode(signature(event, registration)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(parts[3].getBytes(StandardCharsets.US_ASCII), expected)) {
            return new TokenCheck.Invalid(TokenCheck.Problem.BAD_SIGNATURE);
        }
        return new TokenCheck.Valid(new CheckInToken(event, registration, scanned));
    }

    private static String encode(byte[] signature) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private byte[] signature(EventId event, RegistrationId registration) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(DOMAIN);
            mac.update(event.value().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '\n');
            mac.update(registration.value().getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            // every Java platform has HmacSHA256, and any key length is valid for it
            throw new IllegalStateException("HmacSHA256 is not available on this Java platform", e);
        }
    }

    /** {@return a description that never shows the secret} */
    @Override
    public String toString() {
        return "CheckInKey[secret hidden]";
    }
}
