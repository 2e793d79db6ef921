package org.clustermeet.core.value;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.clustermeet.core.internal.Texts;

/**
 * A country as an ISO 3166-1 alpha-2 code, checked against the JDK's list of ISO countries.
 *
 * <p>Eurostat writes {@code EL} for Greece and {@code UK} for the United Kingdom; {@link #of}
 * accepts both and stores the ISO codes {@code GR} and {@code GB}. Immutable and thread-safe.
 *
 * @param value the upper-case ISO 3166-1 alpha-2 code, not null
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /**
     * Validates the code; use {@link #of(String)} to accept Eurostat spellings.
     *
     * @param value the upper-case ISO 3166-1 alpha-2 code, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not an upper-case ISO 3166-1 alpha-2 code
     */
    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!ISO_CODES.contains(value)) {
            throw new IllegalArgumentException("Invalid country code (ISO 3166-1 alpha-2, upper case, "
                    + "or Eurostat's EL/UK): \"" + Texts.abbreviate(value) + "\"");
        }
    }

    /**
     * Reads a country code, accepting Eurostat's {@code EL} (Greece) and {@code UK} (United
     * Kingdom) and normalising them to {@code GR} and {@code GB}.
     *
     * @param code an upper-case two-letter code, not null
     * @return the country
     * @throws IllegalArgumentException if the code is not a known country
     */
    public static CountryCode of(String code) {
        Objects.requireNonNull(code, "country code");
        return new CountryCode(normalise(code));
    }

    /**
     * Returns the ISO spelling of an Eurostat country code ({@code EL}, {@code UK}), or the code
     * itself.
     */
    static String normalise(String code) {
        return switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
    }

    /** {@return the country's English name, for example {@code Poland}} */
    public String englishName() {
        return new Locale("", value).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    /** {@return the ISO code, which {@link #of(String)} reads back} */
    @Override
    public String toString() {
        return value;
    }
}
