package org.clustermeet.core.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.registration.Registration;

/**
 * A registration holding a place that it would no longer get: the facts changed after it was
 * accepted (a label expired or was superseded, a role or membership ended, the event moved).
 * Nothing removes it; the organiser decides whether to cancel it or keep it. Immutable and
 * thread-safe.
 *
 * @param registration the registration, holding a place; not null
 * @param refusals     every rule it fails now, at least one; not null
 */
public record IneligibleRegistration(Registration registration, List<Refusal> refusals) {

    /**
     * Validates the record.
     *
     * @param registration the registration, not null
     * @param refusals     every rule it fails now, at least one; not null
     * @throws IllegalArgumentException if there is no refusal
     */
    public IneligibleRegistration {
        Objects.requireNonNull(registration, "registration");
        refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("an ineligible registration " + registration.id()
                    + " needs at least one refusal");
        }
    }

    /** {@return why, one sentence per failed rule, in English} */
    public List<String> reasons() {
        return refusals.stream().map(Refusal::describe).toList();
    }

    /**
     * Returns why, in a language.
     *
     * @param locale the language (Polish for {@code pl}, else English), not null
     * @return one sentence per failed rule
     */
    public List<String> reasons(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return refusals.stream().map(r -> r.describe(locale)).toList();
    }
}
