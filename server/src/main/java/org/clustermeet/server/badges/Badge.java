package org.clustermeet.server.badges;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.server.checkin.CheckInToken;

/**
 * What one badge shows, in the badge's language. Immutable.
 *
 * @param registration the registration it admits, not null
 * @param name         the person's name, or the word for a participant when the name may not be
 *                     published; not blank
 * @param organisation the organisation's name on the event's first day, not blank
 * @param country      the organisation's country, if it has one; not null
 * @param role         the role at the event, not blank
 * @param token        the check-in token its QR code carries, not null
 */
public record Badge(RegistrationId registration, String name, String organisation, Optional<String> country,
                    String role, CheckInToken token) {

    /**
     * Validates the badge.
     *
     * @param registration the registration, not null
     * @param name         the name shown, not blank
     * @param organisation the organisation, not blank
     * @param country      the country, not null
     * @param role         the role, not blank
     * @param token        the token, not null
     * @throws IllegalArgumentException naming the registration, if a text is blank
     */
    public Badge {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(token, "token");
        requireText(registration, "name", name);
        requireText(registration, "organisation", organisation);
        requireText(registration, "role", role);
    }

    private static void requireText(RegistrationId registration, String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " of the badge of registration " + registration
                    + " must not be blank");
        }
    }
}
