package org.clustermeet.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.internal.Texts;

/**
 * Where an event takes place. Immutable and thread-safe.
 *
 * @param name    the building or place, if known (sources often give only the city); not null
 * @param city    the city, not blank
 * @param country the country, not null
 * @param rooms   the rooms sessions may take place in, each name once; not null
 */
public record Venue(Optional<String> name, String city, CountryCode country, List<Room> rooms) {

    /**
     * Validates the venue.
     *
     * @param name    the building or place, if known (sources often give only the city); not null
     * @param city    the city, not blank
     * @param country the country, not null
     * @param rooms   the rooms, each name once; not null
     * @throws NullPointerException     if an argument or room is null
     * @throws IllegalArgumentException if a text is blank or two rooms have one name
     */
    public Venue {
        Objects.requireNonNull(name, "name");
        name.ifPresent(n -> Texts.requireText("venue name", n));
        Texts.requireText("venue city", city);
        Objects.requireNonNull(country, "country");
        rooms = List.copyOf(Objects.requireNonNull(rooms, "rooms"));
        Set<String> names = new HashSet<>();
        for (Room room : rooms) {
            if (!names.add(room.name())) {
                throw new IllegalArgumentException("venue " + city + ": room \"" + room.name() + "\" occurs twice");
            }
        }
    }

    /**
     * Returns a venue without rooms.
     *
     * @param name    the building or place, if known; not null
     * @param city    the city, not blank
     * @param country the country, not null
     */
    public Venue(Optional<String> name, String city, CountryCode country) {
        this(name, city, country, List.of());
    }

    /**
     * Returns a copy with these rooms.
     *
     * @param rooms the rooms, each name once; not null
     * @return the changed copy
     */
    public Venue withRooms(List<Room> rooms) {
        return new Venue(name, city, country, rooms);
    }

    /**
     * Returns the room of this name.
     *
     * @param roomName the name, not null
     * @return the room, or empty if the venue has none of that name
     */
    public Optional<Room> room(String roomName) {
        Objects.requireNonNull(roomName, "roomName");
        return rooms.stream().filter(r -> r.name().equals(roomName)).findFirst();
    }

    /**
     * Returns a venue known only by its city.
     *
     * @param city    the city, not blank
     * @param country the country, not null
     * @return the venue
     */
    public static Venue inCity(String city, CountryCode country) {
        return new Venue(Optional.empty(), city, country);
    }

    /**
     * Returns a named venue.
     *
     * @param name    the building or place, not blank
     * @param city    the city, not blank
     * @param country the country, not null
     * @return the venue
     */
    public static Venue of(String name, String city, CountryCode country) {
        return new Venue(Optional.of(Objects.requireNonNull(name, "name")), city, country);
    }

    /** {@return {@code name, city, country}, or {@code city, country} when the name is unknown} */
    @Override
    public String toString() {
        return name.map(n -> n + ", ").orElse("") + city + ", " + country.englishName();
    }
}
