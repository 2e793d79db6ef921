package org.clustermeet.core.event;

import java.util.Objects;
import java.util.OptionalInt;

import org.clustermeet.core.internal.Texts;

/**
 * A named place within a venue where sessions take place, with its capacity where known. Sessions
 * name their room, so that two sessions in one room at the same time can be found. Immutable.
 *
 * @param name     the name, unique within the venue, not blank
 * @param capacity how many people it seats, if known (at least 1); not null
 */
public record Room(String name, OptionalInt capacity) {

    /**
     * Validates the room.
     *
     * @param name     the name, not blank
     * @param capacity how many people it seats, if known; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or the capacity below 1
     */
    public Room {
        Texts.requireText("room name", name);
        Objects.requireNonNull(capacity, "capacity");
        if (capacity.isPresent() && capacity.getAsInt() < 1) {
            throw new IllegalArgumentException("Invalid value for capacity of room " + name + " (at least 1): "
                    + capacity.getAsInt());
        }
    }

    /**
     * Returns a room whose capacity is not known.
     *
     * @param name the name, not blank
     * @return the room
     */
    public static Room named(String name) {
        return new Room(name, OptionalInt.empty());
    }

    /**
     * Returns a room with its capacity.
     *
     * @param name     the name, not blank
     * @param capacity how many people it seats, at least 1
     * @return the room
     */
    public static Room of(String name, int capacity) {
        return new Room(name, OptionalInt.of(capacity));
    }
}
