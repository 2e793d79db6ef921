package org.clustermeet.server.checkin;

import java.util.Objects;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.RegistrationId;

/**
 * What a badge's QR code carries: a registration and its event, signed by a {@link CheckInKey},
 * as the text a scanner types ({@code CM1/event/registration/signature}). The text holds no name
 * and no personal data: a lost badge tells a finder nothing but two ids. Immutable.
 *
 * @param event        the event the badge admits to, not null
 * @param registration the registration, not null
 * @param text         the signed text the QR code holds, not blank
 */
public record CheckInToken(EventId event, RegistrationId registration, String text) {

    /**
     * Validates the token.
     *
     * @param event        the event, not null
     * @param registration the registration, not null
     * @param text         the signed text, not blank
     * @throws IllegalArgumentException if the text is blank
     */
    public CheckInToken {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text of check-in token for registration " + registration
                    + " must not be blank");
        }
    }

    /** {@return the signed text} */
    @Override
    public String toString() {
        return text;
    }
}
