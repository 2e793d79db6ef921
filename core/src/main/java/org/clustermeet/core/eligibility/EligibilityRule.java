package org.clustermeet.core.eligibility;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.clustermeet.core.id.OrganisationId;

/**
 * A rule deciding who may register for an event, judged on the event's first day. The rules that
 * can be written to a document form the sealed family {@link EligibilityPolicy}; a rule written in
 * Java code ({@link #custom}) works the same way in the registry but stays outside that family.
 */
public interface EligibilityRule {

    /**
     * Judges an applicant.
     *
     * @param context the applicant, the day and the registry's facts; not null
     * @return eligible, or every reason why not
     */
    EligibilityResult evaluate(EligibilityContext context);

    /** {@return the rule in words, for example "registers as cluster manager"} */
    String describe();

    /**
     * Returns the associations and alliances this rule asks membership of, so that a registry
     * can check that they exist and have members.
     *
     * @return the groups' ids, possibly repeated; empty for most rules
     */
    default Stream<OrganisationId> referencedGroups() {
        return Stream.empty();
    }

    /**
     * Returns this rule as a writable policy.
     *
     * @return this rule when it is an {@link EligibilityPolicy}; empty for rules written in code
     */
    default Optional<EligibilityPolicy> asPolicy() {
        return Optional.empty();
    }

    /**
     * A rule of the user's own, written in code, with a description for refusals. It cannot be
     * saved in a document.
     *
     * @param description the rule in words, not blank
     * @param predicate   true when the applicant satisfies the rule, not null
     * @return the rule
     */
    static EligibilityRule custom(String description, Predicate<EligibilityContext> predicate) {
        return new CustomRule(description, predicate);
    }
}
