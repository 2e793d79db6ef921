package org.clustermeet.core.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of an {@link EligibilityPolicy}: eligible, or the reasons why not, each in words a
 * person understands. Immutable and thread-safe.
 *
 * @param failures why the applicant is not eligible; empty when eligible; not null
 */
public record EligibilityResult(List<String> failures) {

    private static final EligibilityResult ELIGIBLE = new EligibilityResult(List.of());

    /**
     * Validates the result.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public EligibilityResult {
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    }

    /** Returns the verdict "eligible". */
    public static EligibilityResult eligible() {
        return ELIGIBLE;
    }

    /**
     * Returns the verdict "not eligible" with one reason.
     *
     * @param reason why not, not null
     * @return the verdict
     */
    public static EligibilityResult failed(String reason) {
        return new EligibilityResult(List.of(reason));
    }

    /** Tells whether the applicant is eligible. */
    public boolean isEligible() {
        return failures.isEmpty();
    }
}
