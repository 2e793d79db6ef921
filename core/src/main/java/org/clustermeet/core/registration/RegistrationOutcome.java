package org.clustermeet.core.registration;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.internal.Texts;

/**
 * The answer to a {@link RegistrationRequest}: a place, a place on the waiting list, or a refusal
 * that names every rule that failed. A refusal is a business outcome, not an error.
 */
public sealed interface RegistrationOutcome {

    /** {@return a one-line description a person understands, in English} */
    default String describe() {
        return describe(Locale.ENGLISH);
    }

    /**
     * Returns a one-line description in a language: Polish for {@code pl}, else English.
     *
     * @param locale the language, not null
     * @return the description
     */
    String describe(Locale locale);

    /**
     * The person has a place.
     *
     * @param registration the stored registration, in state REGISTERED; not null
     */
    record Accepted(Registration registration) implements RegistrationOutcome {

        /**
         * Validates the outcome.
         *
         * @param registration the stored registration, in state REGISTERED; not null
         * @throws NullPointerException if {@code registration} is null
         */
        public Accepted {
            Objects.requireNonNull(registration, "registration");
        }

        @Override
        public String describe(Locale locale) {
            return Texts.isPolish(locale) ? "rejestracja " + registration.id() + " przyjęta"
                    : "registration " + registration.id() + " accepted";
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
         * @param registration the stored registration, in state WAITLISTED; not null
         * @param position     the place on the waiting list, from 1
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
        public String describe(Locale locale) {
            return Texts.isPolish(locale)
                    ? "rejestracja " + registration.id() + " na liście oczekujących, miejsce " + position
                    : "registration " + registration.id() + " waitlisted at position " + position;
        }
    }

    /**
     * The registration is refused; nothing was stored.
     *
     * @param request  the refused request, not null
     * @param refusals every rule that failed, as data; at least one
     */
    record Refused(RegistrationRequest request, List<Refusal> refusals) implements RegistrationOutcome {

        /**
         * Validates the outcome.
         *
         * @param request  the refused request, not null
         * @param refusals every rule that failed, as data; at least one
         * @throws NullPointerException     if an argument or refusal is null
         * @throws IllegalArgumentException if there is no refusal
         */
        public Refused {
            Objects.requireNonNull(request, "request");
            refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }

        /** {@return every failed rule as an English sentence, in the order of {@link #refusals()}} */
        public List<String> reasons() {
            return refusals.stream().map(Refusal::describe).toList();
        }

        /**
         * Returns every failed rule as a sentence in a language, in the order of {@link #refusals()}.
         *
         * @param locale the language (Polish for {@code pl}, else English), not null
         * @return the sentences
         */
        public List<String> reasons(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            return refusals.stream().map(r -> r.describe(locale)).toList();
        }

        @Override
        public String describe(Locale locale) {
            return (Texts.isPolish(locale) ? "rejestracja " + request.id() + " odrzucona: "
                    : "registration " + request.id() + " refused: ") + String.join("; ", reasons(locale));
        }
    }
}
