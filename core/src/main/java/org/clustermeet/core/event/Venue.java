package org.clustermeet.core.event;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.internal.Texts;

/**
 * Where an event takes place. Immutable and thread-safe.
 *
 * @param name    the building or place, if known (sources often give only the city); not null
 * @param city    the city, not blank
 * @param country the country, not null
 */
public record Venue(Optional<String> name, String city, CountryCode country) {

    /**
     * Validates the venue.
     *
     * @param name    the building or place, if known (sources often give only the city); not null
     * @param city    the city, not blank
     * @param country the country, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public Venue {
        Objects.requireNonNull(name, "name");
        name.ifPresent(n -> Texts.requireText("venue name", n));
        Texts.requireText("venue city", city);
        Objects.requireNonNull(country, "country");
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
