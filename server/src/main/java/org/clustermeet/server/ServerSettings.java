package org.clustermeet.server;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.server.mail.MailSettings;

/**
 * How a registration server listens and what it allows: the address and port, the organisers who
 * may log in, the largest request body, how many answers one address may send a minute, the
 * secret of the badges' check-in codes, the SMTP server mails go through, and how long personal
 * data is kept after a person's last event.
 * Immutable; start from {@link #defaults()} and change with the {@code withX} copies.
 *
 * @param bind             the address to listen on, such as {@code 127.0.0.1}; not blank
 * @param port             the port, 0 for any free one, at most 65535
 * @param organisers       who may log in as an organiser, not null
 * @param maxRequestBytes  the largest request body accepted, at least 1024
 * @param answersPerMinute how many form or API answers one client address may send a minute, at least 1
 * @param clock            the clock for invitations, sessions and arrival times, not null
 * @param checkInKey       the secret that signs badges' check-in codes and checks them at the door;
 *                         without it the badge and check-in pages say how to give one; not null
 * @param mail             the SMTP server mails go through; without it they are kept in the
 *                         store's outbox and listed; not null
 * @param retainMonths     the retention period: when set, the server erases, when it starts and
 *                         then daily, the personal data of everyone whose every registration is
 *                         for an event that ended longer ago ({@code RegistryStore.retain}); not
 *                         null (may be empty: nobody is erased)
 */
public record ServerSettings(String bind, int port, Organisers organisers, long maxRequestBytes,
                             int answersPerMinute, Clock clock, Optional<CheckInKey> checkInKey,
                             Optional<MailSettings> mail, OptionalInt retainMonths) {

    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;

    /**
     * Validates the settings.
     *
     * @param bind             the address, not blank
     * @param port             0 to 65535
     * @param organisers       not null
     * @param maxRequestBytes  at least 1024
     * @param answersPerMinute at least 1
     * @param clock            not null
     * @param checkInKey       not null (may be empty)
     * @param mail             not null (may be empty)
     * @param retainMonths     not null; at least 1 when set
     * @throws IllegalArgumentException naming the setting and its value
     */
    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(organisers, "organisers");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(checkInKey, "checkInKey");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(retainMonths, "retainMonths");
        if (retainMonths.isPresent() && retainMonths.getAsInt() < 1) {
            throw new IllegalArgumentException("retainMonths must be at least 1, not " + retainMonths.getAsInt());
        }
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind must name an address, such as 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, not " + maxRequestBytes);
        }
        if (answersPerMinute < 1) {
            throw new IllegalArgumentException("answersPerMinute must be at least 1, not " + answersPerMinute);
        }
    }

    /** {@return 127.0.0.1:8080, no organisers, requests up to 64 KiB, 30 answers a minute per address, no check-in key} */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", DEFAULT_PORT, Organisers.none(), 64 * 1024, 30, Clock.systemUTC(),
                Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    /**
     * @param bind the address to listen on
     * @return a copy listening there
     */
    public ServerSettings withBind(String bind) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey, mail,
                retainMonths);
    }

    /**
     * @param port the port, 0 for any free one
     * @return a copy listening on it
     */
    public ServerSettings withPort(int port) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey, mail,
                retainMonths);
    }

    /**
     * @param organisers who may log in
     * @return a copy with these organisers
     */
    public ServerSettings withOrganisers(Organisers organisers) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey, mail,
                retainMonths);
    }

    /**
     * @param answersPerMinute answers a minute per client address
     * @return a copy with this limit
     */
    public ServerSettings withAnswersPerMinute(int answersPerMinute) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey, mail,
                retainMonths);
    }

    /**
     * @param checkInKey the secret of badges' check-in codes, as read by {@link CheckInKey#read}
     * @return a copy printing badges and checking people in with it
     */
    public ServerSettings withCheckInKey(CheckInKey checkInKey) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock,
                Optional.of(Objects.requireNonNull(checkInKey, "checkInKey")), mail, retainMonths);
    }

    /**
     * @param mail the SMTP server to send the outbox's mails through
     * @return a copy that sends mails
     */
    public ServerSettings withMail(MailSettings mail) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey,
                Optional.of(Objects.requireNonNull(mail, "mail")), retainMonths);
    }

    /**
     * @param clock the clock
     * @return a copy with this clock
     */
    public ServerSettings withClock(Clock clock) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey, mail,
                retainMonths);
    }

    /**
     * @param months the retention period in months, at least 1
     * @return a copy that erases, at start and daily, the personal data of everyone past it
     */
    public ServerSettings withRetention(int months) {
        return new ServerSettings(bind, port, organisers, maxRequestBytes, answersPerMinute, clock, checkInKey, mail,
                OptionalInt.of(months));
    }
}
