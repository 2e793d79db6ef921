package org.clustermeet.core.value;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.clustermeet.core.internal.Texts;

/**
 * A region as a NUTS code: a two-letter country part followed by one to three upper-case letters
 * or digits, one per level (for example {@code PL2} level 1, {@code PL22} Śląskie at level 2,
 * {@code PL22A} at level 3).
 *
 * <p>NUTS writes {@code EL} for Greece and {@code UK} for the United Kingdom; the code is kept as
 * written, and {@link #country()} gives the ISO country ({@code GR}, {@code GB}). Immutable and
 * thread-safe.
 *
 * @param value the code as written in the NUTS classification, not null
 */
public record NutsCode(String value) implements Comparable<NutsCode> {

    /**
     * Codes already checked, one instance each, which {@link #of(String)} returns: a registry
     * names a few hundred regions many times. Bounded (the classification has about 1,500 codes at
     * its three levels), so that odd input cannot grow it.
     */
    private static final Map<String, NutsCode> SHARED = new ConcurrentHashMap<>();
    private static final int MAX_SHARED = 4096;

    /**
     * Validates the code.
     *
     * @param value the code as written in the NUTS classification, not null
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if the syntax is wrong or the country part is not a country
     */
    public NutsCode {
        Objects.requireNonNull(value, "NUTS code");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("Invalid NUTS code (country code + 1 to 3 upper-case "
                    + "letters or digits, e.g. PL22): \"" + Texts.abbreviate(value) + "\"");
        }
        String country = value.substring(0, 2);
        try {
            CountryCode.of(country);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid NUTS code \"" + value + "\": " + country
                    + " is not a country code", e);
        }
    }

    /** {@code [A-Z]{2}[A-Z0-9]{1,3}}, checked without a regular expression: codes are read by the thousand. */
    private static boolean wellFormed(String value) {
        int length = value.length();
        if (length < 3 || length > 5) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && (i < 2 || !(c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the NUTS code with the given text.
     *
     * @param code the code, not null
     * @return the NUTS code
     * @throws IllegalArgumentException if the code is invalid
     */
    public static NutsCode of(String code) {
        Objects.requireNonNull(code, "NUTS code");
        NutsCode known = SHARED.get(code);
        if (known != null) {
            return known;
        }
        NutsCode checked = new NutsCode(code);
        if (SHARED.size() < MAX_SHARED) {
            SHARED.putIfAbsent(code, checked);
        }
        return checked;
    }

    /** {@return the ISO country of the region; {@code EL} and {@code UK} map to {@code GR} and {@code GB}} */
    public CountryCode country() {
        return CountryCode.of(value.substring(0, 2));
    }

    /** {@return the NUTS level: 1, 2 or 3} */
    public int level() {
        return value.length() - 2;
    }

    /**
     * Tells whether this region lies in the given country.
     *
     * @param country the country, not null
     * @return true when the country parts agree ({@code EL30} lies in {@code GR})
     */
    public boolean isIn(CountryCode country) {
        return country().equals(Objects.requireNonNull(country, "country"));
    }

    @Override
    public int compareTo(NutsCode other) {
        return value.compareTo(other.value);
    }

    /** {@return the code as written, which {@link #of(String)} reads back} */
    @Override
    public String toString() {
        return value;
    }
}
