package org.clustermeet.core.registration;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link RegistrationRequest}: a place, a place on the waiting list, or a refusal
 * that names every rule that failed. A refusal is a business outcome, not an error.
 */
public sealed interface RegistrationOutcome {

    /** Returns a one-line description a person understands. */
    String describe();

    /**
     * The person has a place.
     *
     * @param registration the stored registration, in state REGISTERED; not null
     */
    record Accepted(Registration registration) implements RegistrationOutcome {

        /**
         * Validates the outcome.
         *
         * @throws NullPointerException if {@code registration} is null
         */
        public Accepted {
            Objects.requireNonNull(registration, "registration");
        }

        @Override
        public String describe() {
            return "registration " + registration.id() + " accepted";
        }
    }

    /**
     * The event is full; the person is on the waiting list.
     *
     * @param registration the stored registration, in state WAITLISTED; not null
     * @param position     the place on the waiting list, from 1
     */
    record Waitlisted(Registration registration, int position) implements RegistrationOutcome {

        /**
         * Validates the outcome.
         *
         * @throws NullPointerException     if {@code registration} is null
         * @throws IllegalArgumentException if {@code position} is below 1
         */
        public Waitlisted {
            Objects.requireNonNull(registration, "registration");
            if (position < 1) {
                throw new IllegalArgumentException("Invalid waiting-list position (at least 1): " + position);
            }
        }

        @Override
        public String describe() {
            return "registration " + registration.id() + " waitlisted at position " + position;
        }
    }

    /**
     * The registration is refused; nothing was stored.
     *
     * @param request the refused request, not null
     * @param reasons every rule that failed, in words a person understands; at least one
     */
    record Refused(RegistrationRequest request, List<String> reasons) implements RegistrationOutcome {

        /**
         * Validates the outcome.
         *
         * @throws NullPointerException     if an argument or reason is null
         * @throws IllegalArgumentException if there is no reason
         */
        public Refused {
            Objects.requireNonNull(request, "request");
            reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }

        @Override
        public String describe() {
            return "registration " + request.id() + " refused: " + String.join("; ", reasons);
        }
    }
}
