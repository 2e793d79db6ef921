package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;

/**
 * A waitlisted registration that was not promoted when a place freed up, because the person no
 * longer met the event's rules on the registry as it was then (the organisation lost its label,
 * the person left it). The registration is stored as REFUSED; the reasons are kept here, for
 * telling the person. Immutable and thread-safe.
 *
 * @param registration the registration, now REFUSED; not null
 * @param refusals     why it was refused, at least one; not null
 */
public record RefusedPromotion(Registration registration, List<Refusal> refusals) {

    /**
     * Validates the refusal.
     *
     * @param registration the registration, now REFUSED; not null
     * @param refusals     why it was refused, at least one; not null
     * @throws NullPointerException     if an argument or refusal is null
     * @throws IllegalArgumentException if the registration is not REFUSED or there is no reason
     */
    public RefusedPromotion {
        Objects.requireNonNull(registration, "registration");
        refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
        if (registration.state() != RegistrationState.REFUSED) {
            throw new IllegalArgumentException("registration " + registration.id() + " is " + registration.state()
                    + ", not REFUSED");
        }
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("refused promotion of " + registration.id() + " needs a reason");
        }
    }

    /** {@return the reasons as English sentences} */
    public List<String> reasons() {
        return refusals.stream().map(Refusal::describe).toList();
    }

    /**
     * Returns the reasons as sentences in a language.
     *
     * @param locale the language (Polish for {@code pl}, else English), not null
     * @return the sentences
     */
    public List<String> reasons(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return refusals.stream().map(r -> r.describe(locale)).toList();
    }
}
