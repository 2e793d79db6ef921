package org.clustermeet.core.event;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A span of time with a start and an end in one IANA time zone (for example
 * {@code Europe/Brussels}), so that a daylight-saving change never shifts it. Immutable and
 * thread-safe.
 *
 * @param start the start, in a region-based zone; not null
 * @param end   the end, after {@code start}, in the same zone; not null
 */
public record TimeSlot(ZonedDateTime start, ZonedDateTime end) {

    /**
     * Validates the slot.
     *
     * @param start the start, in a region-based zone; not null
     * @param end   the end, after {@code start}, in the same zone; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the end is not after the start, the zones differ, or the
     *                                  zone is a fixed offset rather than an IANA region
     */
    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getZone() instanceof ZoneOffset) {
            throw new IllegalArgumentException("time zone must be an IANA region such as Europe/Brussels, "
                    + "not the fixed offset " + start.getZone());
        }
        if (!start.getZone().equals(end.getZone())) {
            throw new IllegalArgumentException("start zone " + start.getZone() + " differs from end zone "
                    + end.getZone());
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
    }

    /**
     * Tells whether another slot lies wholly inside this one.
     *
     * @param other the other slot, not null
     * @return true when it starts no earlier and ends no later than this one
     */
    public boolean contains(TimeSlot other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** {@return {@code start/end} in ISO-8601 form with zones} */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
