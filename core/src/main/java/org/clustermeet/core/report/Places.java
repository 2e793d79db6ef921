package org.clustermeet.core.report;

import java.util.Objects;
import java.util.Optional;

/**
 * An event's places as its report shows them: the limits in person and online, and how many
 * registrations hold a place in each. Immutable and thread-safe.
 *
 * @param inPerson      the places in person, if limited; not null
 * @param online        the places online, if limited; not null
 * @param takenInPerson registrations holding a place in person, at least 0
 * @param takenOnline   registrations holding a place online, at least 0
 */
public record Places(Optional<Integer> inPerson, Optional<Integer> online, int takenInPerson, int takenOnline) {

    /**
     * Validates the places.
     *
     * @param inPerson      the places in person, if limited; not null
     * @param online        the places online, if limited; not null
     * @param takenInPerson registrations holding a place in person, at least 0
     * @param takenOnline   registrations holding a place online, at least 0
     * @throws IllegalArgumentException if a count is negative
     */
    public Places {
        Objects.requireNonNull(inPerson, "inPerson");
        Objects.requireNonNull(online, "online");
        if (takenInPerson < 0 || takenOnline < 0) {
            throw new IllegalArgumentException("taken places cannot be negative: " + takenInPerson + " in person, "
                    + takenOnline + " online");
        }
    }

    /** {@return the places in person still free, if limited (never below 0)} */
    public Optional<Integer> leftInPerson() {
        return inPerson.map(c -> Math.max(0, c - takenInPerson));
    }

    /** {@return the places online still free, if limited (never below 0)} */
    public Optional<Integer> leftOnline() {
        return online.map(c -> Math.max(0, c - takenOnline));
    }
}
