package org.clustermeet.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event takes registrations, judged against each request's arrival time. Either end may
 * be left open: without an opening, registration is open from the event's announcement; without a
 * closing, it closes when the event starts ({@link Event#registrationCloses()}). Immutable and
 * thread-safe.
 *
 * @param opens  the first instant a request is accepted, if set; not null
 * @param closes the instant from which requests are refused, if set; after {@code opens}; not null
 */
public record RegistrationWindow(Optional<Instant> opens, Optional<Instant> closes) {

    /** The window with both ends open: it closes when the event starts. */
    public static final RegistrationWindow UNTIL_START = new RegistrationWindow(Optional.empty(), Optional.empty());

    /**
     * Validates the window.
     *
     * @param opens  the first instant a request is accepted, if set; not null
     * @param closes the instant from which requests are refused, if set; after {@code opens}; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if it closes before or when it opens
     */
    public RegistrationWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
            throw new IllegalArgumentException("registration window closes at " + closes.get()
                    + ", not after it opens at " + opens.get());
        }
    }

    /**
     * Returns a window with both ends set.
     *
     * @param opens  the first instant a request is accepted, not null
     * @param closes the instant from which requests are refused, after {@code opens}; not null
     * @return the window
     */
    public static RegistrationWindow of(Instant opens, Instant closes) {
        return new RegistrationWindow(Optional.of(Objects.requireNonNull(opens, "opens")),
                Optional.of(Objects.requireNonNull(closes, "closes")));
    }

    /**
     * Returns a window open from now on that closes at a given instant.
     *
     * @param closes the instant from which requests are refused, not null
     * @return the window
     */
    public static RegistrationWindow closingAt(Instant closes) {
        return new RegistrationWindow(Optional.empty(), Optional.of(Objects.requireNonNull(closes, "closes")));
    }

    /**
     * Returns a window that opens at a given instant and closes when the event starts.
     *
     * @param opens the first instant a request is accepted, not null
     * @return the window
     */
    public static RegistrationWindow openingAt(Instant opens) {
        return new RegistrationWindow(Optional.of(Objects.requireNonNull(opens, "opens")), Optional.empty());
    }
}
