package org.clustermeet.core.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of days, both ends inclusive, open-ended when {@code until} is empty: the time a role,
 * a membership or a name holds. Immutable and thread-safe.
 *
 * @param from  the first day, not null
 * @param until the last day, if the period has ended or an end is known; not before {@code from}
 */
public record DateRange(LocalDate from, Optional<LocalDate> until) {

    /**
     * Validates the range.
     *
     * @param from  the first day, not null
     * @param until the last day, if the period has ended or an end is known; not before {@code from}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        until.ifPresent(u -> {
            if (u.isBefore(from)) {
                throw new IllegalArgumentException("until " + u + " is before from " + from);
            }
        });
    }

    /**
     * Returns an open-ended range.
     *
     * @param from the first day, not null
     * @return the range from that day on
     */
    public static DateRange of(LocalDate from) {
        return new DateRange(from, Optional.empty());
    }

    /**
     * Returns a closed range.
     *
     * @param from  the first day, not null
     * @param until the last day, not before {@code from}
     * @return the range
     * @throws IllegalArgumentException if {@code until} is before {@code from}
     */
    public static DateRange of(LocalDate from, LocalDate until) {
        return new DateRange(from, Optional.of(Objects.requireNonNull(until, "until")));
    }

    /**
     * Returns a copy that ends on the given day.
     *
     * @param lastDay the last day, not before {@code from}
     * @return the closed range, or {@code this} if it already ends on that day
     */
    public DateRange withUntil(LocalDate lastDay) {
        return until.equals(Optional.of(lastDay)) ? this : of(from, lastDay);
    }

    /**
     * Tells whether the range contains a day.
     *
     * @param day the day, not null
     * @return true when {@code from <= day} and, if the range ends, {@code day <= until}
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /**
     * Tells whether two ranges share at least one day.
     *
     * @param other the other range, not null
     * @return true when they overlap
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        boolean thisStartsBeforeOtherEnds = other.until.map(u -> !from.isAfter(u)).orElse(true);
        boolean otherStartsBeforeThisEnds = until.map(u -> !other.from.isAfter(u)).orElse(true);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** {@return {@code from..until}, or {@code from..} when open-ended} */
    @Override
    public String toString() {
        return from + ".." + until.map(LocalDate::toString).orElse("");
    }
}
