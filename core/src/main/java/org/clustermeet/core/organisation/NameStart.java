package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an organisation's name history begins: either the day its first name began (it was
 * founded or named then), or the earliest day a source attests the first name, before which the
 * name is not known. Immutable and thread-safe.
 *
 * @param day  the day, not null
 * @param kind what the day means, not null
 */
public record NameStart(LocalDate day, Kind kind) {

    /** What the day of a {@link NameStart} means. */
    public enum Kind {
        /** The first name began on that day; before it the organisation had no name. */
        BEGAN,
        /** The first name is attested from that day; any earlier name is not recorded. */
        UNKNOWN_BEFORE
    }

    /**
     * Validates the start.
     *
     * @param day  the day, not null
     * @param kind what the day means, not null
     * @throws NullPointerException if an argument is null
     */
    public NameStart {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the start of a first name that began on a day.
     *
     * @param day the day, not null
     * @return the start
     */
    public static NameStart began(LocalDate day) {
        return new NameStart(day, Kind.BEGAN);
    }

    /**
     * Returns the start of a first name attested from a day, unknown before it.
     *
     * @param day the day, not null
     * @return the start
     */
    public static NameStart unknownBefore(LocalDate day) {
        return new NameStart(day, Kind.UNKNOWN_BEFORE);
    }

    /** {@return "its first name began on 2006-09-01" or "its name before 2019-09-09 is not recorded"} */
    @Override
    public String toString() {
        return kind == Kind.BEGAN ? "its first name began on " + day : "its name before " + day + " is not recorded";
    }
}
