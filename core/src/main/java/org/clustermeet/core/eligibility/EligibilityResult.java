package org.clustermeet.core.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The verdict of an eligibility rule: eligible, or every refusal. Refusals are data (a reason and
 * its arguments); {@link #failures()} renders them in English.
 *
 * @param refusals why the applicant is not eligible; empty when eligible; not null
 */
public record EligibilityResult(List<Refusal> refusals) {

    private static final EligibilityResult ELIGIBLE = new EligibilityResult(List.of());

    /**
     * Validates the result.
     *
     * @param refusals why the applicant is not eligible; empty when eligible; not null
     * @throws NullPointerException if the list or an element is null
     */
    public EligibilityResult {
        refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
    }

    /** {@return the verdict that admits the applicant} */
    public static EligibilityResult eligible() {
        return ELIGIBLE;
    }

    /**
     * Returns a verdict with one refusal.
     *
     * @param refusal the refusal, not null
     * @return the verdict
     */
    public static EligibilityResult refused(Refusal refusal) {
        return new EligibilityResult(List.of(refusal));
    }

    /** {@return whether the applicant is eligible} */
    public boolean isEligible() {
        return refusals.isEmpty();
    }

    /** {@return the refusals in English, one sentence each} */
    public List<String> failures() {
        return refusals.stream().map(Refusal::describe).toList();
    }

    /**
     * Returns the refusals in a language, one sentence each.
     *
     * @param locale the language (Polish for {@code pl}, else English), not null
     * @return the sentences
     */
    public List<String> failures(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return refusals.stream().map(r -> r.describe(locale)).toList();
    }
}
