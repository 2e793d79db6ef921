package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.EventId;

/**
 * When, and where known at which event, an association or alliance was founded: the European
 * Clusters Alliance on 9 September 2019 at the Regional Economic and Diplomacy Summit in Warsaw.
 * Immutable and thread-safe.
 *
 * @param date    the founding day, not null
 * @param atEvent the event at which it was founded, if known; not null
 */
public record Founding(LocalDate date, Optional<EventId> atEvent) {

    /**
     * Validates the founding.
     *
     * @param date    the founding day, not null
     * @param atEvent the event at which it was founded, if known; not null
     * @throws NullPointerException if an argument is null
     */
    public Founding {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(atEvent, "atEvent");
    }

    /**
     * Returns a founding on a day, at no recorded event.
     *
     * @param date the founding day, not null
     * @return the founding
     */
    public static Founding on(LocalDate date) {
        return new Founding(date, Optional.empty());
    }

    /**
     * Returns a founding on a day at an event.
     *
     * @param date  the founding day, not null
     * @param event the event, not null
     * @return the founding
     */
    public static Founding on(LocalDate date, EventId event) {
        return new Founding(date, Optional.of(Objects.requireNonNull(event, "event")));
    }
}
