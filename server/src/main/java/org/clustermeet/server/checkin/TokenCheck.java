package org.clustermeet.server.checkin;

import java.util.Objects;

/**
 * What {@link CheckInKey#check(String)} made of a scanned text: a token this key signed, or why
 * it is not one. A refusal is an answer for the person at the door, not an error.
 */
public sealed interface TokenCheck permits TokenCheck.Valid, TokenCheck.Invalid {

    /**
     * A token signed by the key.
     *
     * @param token the token, not null
     */
    record Valid(CheckInToken token) implements TokenCheck {

        /**
         * Validates the answer.
         *
         * @param token the token, not null
         */
        public Valid {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * Not a token signed by the key.
     *
     * @param problem why, not null
     */
    record Invalid(Problem problem) implements TokenCheck {

        /**
         * Validates the answer.
         *
         * @param problem why, not null
         */
        public Invalid {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** Why a scanned text is not a valid token. */
    enum Problem {
        /** Not shaped as a check-in token at all: another code, or a text cut short. */
        NOT_A_TOKEN,
        /** Shaped as a token, but its signature does not match: altered, forged, or from another server's key. */
        BAD_SIGNATURE
    }
}
