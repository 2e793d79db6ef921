package org.clustermeet.core.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link WorkflowRegistry}'s history: what happened, in which step, when and at
 * whose request. Immutable and thread-safe.
 *
 * @param sequence  the number of the step that changed the registry (a store's journal sequence), at least 1
 * @param at        when the change was recorded, not null
 * @param actor     who asked for it; empty for rows written before actors were recorded
 * @param happening what happened, not null
 */
public record HistoryEntry(long sequence, Instant at, Optional<Actor> actor, Happening happening) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * Validates the entry.
     *
     * @param sequence  the journal row's sequence number, at least 1
     * @param at        when the change was recorded, not null
     * @param actor     who asked for it, not null (may be empty)
     * @param happening what happened, not null
     * @throws IllegalArgumentException if the sequence number is below 1
     */
    public HistoryEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, found " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(happening, "happening");
    }

    /** {@return the entry in words, for example {@code 2030-01-10 09:00 UTC r-3 waitlisted (position 1) by cli}} */
    public String describe() {
        return MINUTES.format(at) + " " + happening.describe() + actor.map(a -> " by " + a).orElse("");
    }
}
