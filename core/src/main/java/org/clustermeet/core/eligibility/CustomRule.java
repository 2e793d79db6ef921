package org.clustermeet.core.eligibility;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule of the user's own, written in code. Two custom rules are equal only when they share the
 * predicate instance. It is not an {@link EligibilityPolicy}, so documents cannot hold it.
 *
 * @param description the rule in words, used in refusals; not blank
 * @param predicate   true when the applicant satisfies the rule; not null
 */
public record CustomRule(String description, Predicate<EligibilityContext> predicate) implements EligibilityRule {

    /**
     * Validates the rule.
     *
     * @param description the rule in words, used in refusals; not blank
     * @param predicate   true when the applicant satisfies the rule; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the description is blank
     */
    public CustomRule {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("custom rule description must not be blank");
        }
        Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public EligibilityResult evaluate(EligibilityContext context) {
        return predicate.test(context) ? EligibilityResult.eligible()
                : EligibilityResult.refused(Refusal.of(Refusal.Reason.CUSTOM_RULE_FAILED, context.organisationNames(),
                context.person().fullName(), description));
    }

    @Override
    public String describe() {
        return description;
    }
}
