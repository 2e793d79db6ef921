package org.clustermeet.server.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The SMTP server the registration server sends its mails through, and how patiently. Read from a
 * properties file whose password, if any, is in a file of its own, so that neither appears on a
 * command line:
 * <pre>
 * host = smtp.example.org
 * port = 587
 * security = starttls
 * user = clustermeet@example.org
 * password-file = smtp.password
 * from = Cluster meetings &lt;meetings@example.org&gt;
 * </pre>
 * Immutable; {@link #toString()} never shows the password.
 *
 * @param host       the SMTP server's host, not blank
 * @param port       its port, 1 to 65535
 * @param security   how the connection is protected, not null
 * @param user       the user to log in as, if the server wants a login; not null
 * @param password   the password, present exactly when {@code user} is; not null
 * @param from       the sender's address, as a mail's {@code From} shows it, not blank
 * @param poll       how often the outbox is looked at, at least 10 ms
 * @param firstRetry how long after a first failed attempt a mail is tried again (doubling each
 *                   time, up to an hour), at least 10 ms
 * @param attempts   how many attempts before a mail is given up, at least 1
 */
public record MailSettings(String host, int port, Security security, Optional<String> user, Optional<String> password,
                           String from, Duration poll, Duration firstRetry, int attempts) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** None: only for a server on the same machine or network, or in tests. */
        NONE,
        /** A plain connection upgraded with STARTTLS, which is required (port 587). */
        STARTTLS,
        /** TLS from the start (port 465). */
        TLS
    }

    private static final Set<String> KEYS = Set.of("host", "port", "security", "user", "password-file", "from");

    /**
     * Validates the settings.
     *
     * @param host       not blank
     * @param port       1 to 65535
     * @param security   not null
     * @param user       not null
     * @param password   not null, present exactly when user is
     * @param from       not blank
     * @param poll       at least 10 ms
     * @param firstRetry at least 10 ms
     * @param attempts   at least 1
     * @throws IllegalArgumentException naming the setting and its value (never the password)
     */
    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(firstRetry, "firstRetry");
        if (host.isBlank() || host.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("mail host must be a host name, not \"" + host + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mail port must be 1 to 65535, not " + port);
        }
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("a mail user needs a password, and a password a user");
        }
        if (from.isBlank() || from.indexOf('@') < 0 || from.chars().anyMatch(c -> c < ' ')) {
            throw new IllegalArgumentException("mail from must be an e-mail address, not \"" + from + "\"");
        }
        if (poll.toMillis() < 10 || firstRetry.toMillis() < 10) {
            throw new IllegalArgumentException("mail poll and firstRetry must be at least 10 ms");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("mail attempts must be at least 1, not " + attempts);
        }
    }

    /**
     * Returns settings for a server without login: mails looked at every 5 seconds, tried again
     * after a minute (then 2, 4, ... up to an hour), given up after 10 attempts.
     *
     * @param host     the host
     * @param port     the port
     * @param security the protection
     * @param from     the sender's address
     * @return the settings
     */
    public static MailSettings of(String host, int port, Security security, String from) {
        return new MailSettings(host, port, security, Optional.empty(), Optional.empty(), from,
                Duration.ofSeconds(5), Duration.ofMinutes(1), 10);
    }

    /**
     * Reads settings from a properties file (UTF-8): {@code host} and {@code from} are required;
     * {@code security} is {@code starttls} (the default), {@code tls} or {@code none}; {@code port}
     * defaults to 587, 465 or 25 accordingly; {@code user} comes with {@code password-file}, a
     * file (relative to this one's folder) holding the password on its first line.
     *
     * @param file the file, not null
     * @return the settings
     * @throws IllegalArgumentException naming the file and the setting at fault
     * @throws IOException              if a file cannot be read
     */
    public static MailSettings read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown setting \"" + key + "\" (known: host, port, "
                        + "security, user, password-file, from)");
            }
        }
        String where = file + ": ";
        String host = required(p, "host", where);
        String from = required(p, "from", where);
        Security security;
        try {
            security = Security.valueOf(p.getProperty("security", "starttls").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "security must be starttls, tls or none, not \""
                    + p.getProperty("security").strip() + "\"");
        }
        int port;
        String portText = p.getProperty("port");
        try {
            port = portText == null ? switch (security) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            } : Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "port must be a number, not \"" + portText.strip() + "\"");
        }
        Optional<String> user = Optional.ofNullable(p.getProperty("user")).map(String::strip).filter(u -> !u.isEmpty());
        Optional<String> password = Optional.empty();
        String passwordFile = p.getProperty("password-file");
        if (passwordFile != null) {
            Path resolved = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."))
                    .resolve(passwordFile.strip());
            String text = Files.readString(resolved, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (text.isEmpty()) {
                throw new IllegalArgumentException(where + "the password file " + resolved + " is empty");
            }
            password = Optional.of(text);
        }
        try {
            return new MailSettings(host, port, security, user, password, from, Duration.ofSeconds(5),
                    Duration.ofMinutes(1), 10);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    /**
     * @param poll       how often the outbox is looked at
     * @param firstRetry how long after a first failure a mail is tried again
     * @param attempts   how many attempts before giving up
     * @return a copy with this patience
     */
    public MailSettings withPatience(Duration poll, Duration firstRetry, int attempts) {
        return new MailSettings(host, port, security, user, password, from, poll, firstRetry, attempts);
    }

    /** {@return the settings, the password hidden} */
    @Override
    public String toString() {
        return "MailSettings[" + security.name().toLowerCase(Locale.ROOT) + "://" + user.map(u -> u + "@").orElse("")
                + host + ":" + port + ", from " + from + (password.isPresent() ? ", password hidden" : "") + "]";
    }

    private static String required(Properties p, String key, String where) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + "\"" + key + "\" is required");
        }
        return value.strip();
    }
}
