package org.clustermeet.core.event;

import java.util.Objects;

import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.Texts;

/**
 * Where an event takes place. Immutable and thread-safe.
 *
 * @param name    the building or place, not blank
 * @param city    the city, not blank
 * @param country the country, not null
 */
public record Venue(String name, String city, CountryCode country) {

    /**
     * Validates the venue.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public Venue {
        Texts.requireText("venue name", name);
        Texts.requireText("venue city", city);
        Objects.requireNonNull(country, "country");
    }

    /** Returns {@code name, city, country}. */
    @Override
    public String toString() {
        return name + ", " + city + ", " + country.englishName();
    }
}
