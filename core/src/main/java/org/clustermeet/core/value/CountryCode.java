package org.clustermeet.core.value;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The civil time of European countries, for days given without times: the zone of each
     * country's capital (mainland Portugal and Spain, metropolitan France, Denmark and Norway, not
     * their islands or territories elsewhere).
     */
    private static final Map<String, ZoneId> ZONES = zones("AT Europe/Vienna", "BE Europe/Brussels",
            "BG Europe/Sofia", "HR Europe/Zagreb", "CY Asia/Nicosia", "CZ Europe/Prague", "DK Europe/Copenhagen",
            "EE Europe/Tallinn", "FI Europe/Helsinki", "FR Europe/Paris", "DE Europe/Berlin", "GR Europe/Athens",
            "HU Europe/Budapest", "IE Europe/Dublin", "IT Europe/Rome", "LV Europe/Riga", "LT Europe/Vilnius",
            "LU Europe/Luxembourg", "MT Europe/Malta", "NL Europe/Amsterdam", "PL Europe/Warsaw", "PT Europe/Lisbon",
            "RO Europe/Bucharest", "SK Europe/Bratislava", "SI Europe/Ljubljana", "ES Europe/Madrid",
            "SE Europe/Stockholm", "IS Atlantic/Reykjavik", "LI Europe/Vaduz", "NO Europe/Oslo", "CH Europe/Zurich",
            "GB Europe/London", "AL Europe/Tirane", "BA Europe/Sarajevo", "ME Europe/Podgorica", "MK Europe/Skopje",
            "RS Europe/Belgrade", "MD Europe/Chisinau", "UA Europe/Kiev", "TR Europe/Istanbul",
            "AD Europe/Andorra", "MC Europe/Monaco", "SM Europe/San_Marino", "VA Europe/Vatican");

    private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /** One instance per country, which {@link #of(String)} returns: a registry names few countries many times. */
    private static final Map<String, CountryCode> SHARED = shared();

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
        String iso = normalise(code);
        CountryCode shared = SHARED.get(iso);
        return shared != null ? shared : new CountryCode(iso); // the constructor says what is wrong
    }

    private static Map<String, CountryCode> shared() {
        Map<String, CountryCode> shared = new HashMap<>();
        for (String code : ISO_CODES) {
            shared.put(code, new CountryCode(code));
        }
        return Map.copyOf(shared);
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

    /**
     * Returns the civil time of the country, for days given without times (a whole-day event
     * begins at midnight there): the zone of the country's capital, for European countries.
     *
     * @return the zone, or empty for a country outside Europe, where several zones may apply
     */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(ZONES.get(value));
    }

    private static Map<String, ZoneId> zones(String... pairs) {
        Map<String, ZoneId> zones = new HashMap<>();
        for (String pair : pairs) {
            zones.put(pair.substring(0, 2), ZoneId.of(pair.substring(3)));
        }
        return Map.copyOf(zones);
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
