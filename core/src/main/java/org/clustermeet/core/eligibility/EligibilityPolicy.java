package org.clustermeet.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.registration.EventRole;

/**
 * Who may register for an event, judged on the event's date. Policies compose:
 * <pre>{@code
 * EligibilityPolicy goldManagersOrAssociations = EligibilityPolicy.anyOf(
 *         EligibilityPolicy.allOf(EligibilityPolicy.hasEventRole(EventRole.CLUSTER_MANAGER),
 *                                 EligibilityPolicy.holdsLabel(LabelLevel.GOLD)),
 *         EligibilityPolicy.representsKind(OrganisationKind.CLUSTER_ASSOCIATION,
 *                                          OrganisationKind.LABELLING_BODY));
 * }</pre>
 * A failed evaluation names every rule that failed. All members are immutable records; a
 * {@link Custom} policy is as thread-safe as its predicate.
 */
public sealed interface EligibilityPolicy {

    /**
     * Judges an applicant.
     *
     * @param context the applicant, the date and registry lookups; not null
     * @return eligible, or every reason why not
     */
    EligibilityResult evaluate(EligibilityContext context);

    /** Returns the rule in words, for example "holds a GOLD label valid on the event date". */
    String describe();

    /**
     * Returns the associations and alliances this policy asks membership of, so that a registry
     * can check that they exist and have members.
     *
     * @return the groups' ids, possibly repeated; empty for most policies
     */
    default Stream<OrganisationId> referencedGroups() {
        return Stream.empty();
    }

    /**
     * All of the policies must hold.
     *
     * @param policies the policies, at least one
     * @return the combined policy
     */
    static EligibilityPolicy allOf(EligibilityPolicy... policies) {
        return new AllOf(List.of(policies));
    }

    /**
     * At least one of the policies must hold.
     *
     * @param policies the policies, at least one
     * @return the combined policy
     */
    static EligibilityPolicy anyOf(EligibilityPolicy... policies) {
        return new AnyOf(List.of(policies));
    }

    /**
     * The policy must not hold.
     *
     * @param policy the policy, not null
     * @return the negated policy
     */
    static EligibilityPolicy not(EligibilityPolicy policy) {
        return new Not(policy);
    }

    /**
     * The represented organisation holds a label of at least a level, valid on the event date.
     *
     * @param minimum the lowest acceptable level, not null
     * @return the policy
     */
    static EligibilityPolicy holdsLabel(LabelLevel minimum) {
        return new HoldsLabel(minimum);
    }

    /**
     * The represented organisation is of one of the given kinds.
     *
     * @param kinds the accepted kinds, at least one
     * @return the policy
     */
    static EligibilityPolicy representsKind(OrganisationKind... kinds) {
        return new RepresentsKind(Set.of(kinds));
    }

    /**
     * The represented organisation is a member of an association or alliance on the event date,
     * directly or through an association that is itself a member.
     *
     * @param group the association or alliance, not null
     * @return the policy
     */
    static EligibilityPolicy memberOf(OrganisationId group) {
        return new MemberOf(group);
    }

    /**
     * The applicant asks for one of the given roles.
     *
     * @param roles the accepted roles, at least one
     * @return the policy
     */
    static EligibilityPolicy hasEventRole(EventRole... roles) {
        return new HasEventRole(Set.of(roles));
    }

    /**
     * A rule of the user's own, with a description for refusals.
     *
     * @param description the rule in words, not blank
     * @param predicate   true when the applicant satisfies the rule, not null
     * @return the policy
     */
    static EligibilityPolicy custom(String description, Predicate<EligibilityContext> predicate) {
        return new Custom(description, predicate);
    }

    /**
     * Every policy must hold; a failure lists the reasons of every failing policy.
     *
     * @param policies the policies, at least one; not null
     */
    record AllOf(List<EligibilityPolicy> policies) implements EligibilityPolicy {

        /**
         * Validates the combination.
         *
         * @throws NullPointerException     if the list or an element is null
         * @throws IllegalArgumentException if the list is empty
         */
        public AllOf {
            policies = nonEmptyCopy("allOf", policies);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            List<String> failures = new ArrayList<>();
            for (EligibilityPolicy p : policies) {
                failures.addAll(p.evaluate(context).failures());
            }
            return new EligibilityResult(failures);
        }

        @Override
        public String describe() {
            return policies.stream().map(EligibilityPolicy::describe).collect(Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public Stream<OrganisationId> referencedGroups() {
            return policies.stream().flatMap(EligibilityPolicy::referencedGroups);
        }
    }

    /**
     * At least one policy must hold; a failure lists the reasons of every alternative.
     *
     * @param policies the alternatives, at least one; not null
     */
    record AnyOf(List<EligibilityPolicy> policies) implements EligibilityPolicy {

        /**
         * Validates the combination.
         *
         * @throws NullPointerException     if the list or an element is null
         * @throws IllegalArgumentException if the list is empty
         */
        public AnyOf {
            policies = nonEmptyCopy("anyOf", policies);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            List<String> failures = new ArrayList<>();
            for (EligibilityPolicy p : policies) {
                EligibilityResult r = p.evaluate(context);
                if (r.isEligible()) {
                    return r;
                }
                failures.addAll(r.failures());
            }
            return new EligibilityResult(failures);
        }

        @Override
        public String describe() {
            return policies.stream().map(EligibilityPolicy::describe).collect(Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public Stream<OrganisationId> referencedGroups() {
            return policies.stream().flatMap(EligibilityPolicy::referencedGroups);
        }
    }

    /**
     * The policy must not hold.
     *
     * @param policy the negated policy, not null
     */
    record Not(EligibilityPolicy policy) implements EligibilityPolicy {

        /**
         * Validates the negation.
         *
         * @throws NullPointerException if {@code policy} is null
         */
        public Not {
            Objects.requireNonNull(policy, "policy");
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            return policy.evaluate(context).isEligible()
                    ? EligibilityResult.failed(context.organisationName() + " (" + context.person().fullName()
                    + ") is excluded: the rule \"" + policy.describe() + "\" holds")
                    : EligibilityResult.eligible();
        }

        @Override
        public String describe() {
            return "not " + policy.describe();
        }

        @Override
        public Stream<OrganisationId> referencedGroups() {
            return policy.referencedGroups();
        }
    }

    /**
     * The represented organisation holds a label of at least {@code minimum}, valid on the event date.
     *
     * @param minimum the lowest acceptable level, not null
     */
    record HoldsLabel(LabelLevel minimum) implements EligibilityPolicy {

        /**
         * Validates the rule.
         *
         * @throws NullPointerException if {@code minimum} is null
         */
        public HoldsLabel {
            Objects.requireNonNull(minimum, "minimum");
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            LocalDate day = context.date();
            List<QualityLabel> candidates = context.labelsOf(context.organisation().id()).stream()
                    .filter(l -> l.level().isAtLeast(minimum)).toList();
            if (candidates.stream().anyMatch(l -> l.isValidOn(day))) {
                return EligibilityResult.eligible();
            }
            String levels = levelText();
            String head = context.organisationName() + " holds no " + levels + " label valid on " + day + ": ";
            Optional<QualityLabel> lastExpired = candidates.stream().filter(l -> l.validUntil().isBefore(day))
                    .max(Comparator.comparing(QualityLabel::validUntil));
            if (lastExpired.isPresent()) {
                QualityLabel l = lastExpired.get();
                return EligibilityResult.failed(head + "its " + l.level() + " label expired on " + l.validUntil());
            }
            Optional<QualityLabel> future = candidates.stream().min(Comparator.comparing(QualityLabel::validFrom));
            if (future.isPresent()) {
                QualityLabel l = future.get();
                return EligibilityResult.failed(head + "its " + l.level() + " label is valid only from " + l.validFrom());
            }
            if (context.organisation().kind() != OrganisationKind.CLUSTER_ORGANISATION) {
                return EligibilityResult.failed(head + "it is a " + context.organisation().kind().label()
                        + ", and only cluster organisations hold labels");
            }
            return EligibilityResult.failed(head + "it has no " + levels + " label on record");
        }

        private String levelText() {
            return minimum == LabelLevel.GOLD ? "GOLD" : minimum + " or higher";
        }

        @Override
        public String describe() {
            return "represents a cluster organisation holding a " + levelText() + " label valid on the event date";
        }
    }

    /**
     * The represented organisation is of one of the given kinds.
     *
     * @param kinds the accepted kinds, at least one; not null
     */
    record RepresentsKind(Set<OrganisationKind> kinds) implements EligibilityPolicy {

        /**
         * Validates the rule.
         *
         * @throws NullPointerException     if the set or an element is null
         * @throws IllegalArgumentException if the set is empty
         */
        public RepresentsKind {
            kinds = nonEmptyEnumSet("representsKind", kinds, OrganisationKind.class);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            OrganisationKind kind = context.organisation().kind();
            return kinds.contains(kind) ? EligibilityResult.eligible()
                    : EligibilityResult.failed(context.organisationName() + " is a " + kind.label()
                    + ", not " + kindsText());
        }

        private String kindsText() {
            return kinds.stream().map(OrganisationKind::label).collect(Collectors.joining(" or a ", "a ", ""));
        }

        @Override
        public String describe() {
            return "represents " + kindsText();
        }
    }

    /**
     * The represented organisation is a member of {@code group} on the event date, directly or
     * through an association that is itself a member.
     *
     * @param group the association or alliance, not null
     */
    record MemberOf(OrganisationId group) implements EligibilityPolicy {

        /**
         * Validates the rule.
         *
         * @throws NullPointerException if {@code group} is null
         */
        public MemberOf {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public Stream<OrganisationId> referencedGroups() {
            return Stream.of(group);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            if (context.isMemberOn(context.organisation().id(), group, context.date())) {
                return EligibilityResult.eligible();
            }
            String groupName = context.organisation(group).map(o -> o.nameOn(context.date()).english())
                    .orElse(group.value());
            return EligibilityResult.failed(context.organisationName() + " is not a member of " + groupName
                    + " on " + context.date() + ", directly or through an association");
        }

        @Override
        public String describe() {
            return "represents a member of " + group + " on the event date";
        }
    }

    /**
     * The applicant asks for one of the given roles.
     *
     * @param roles the accepted roles, at least one; not null
     */
    record HasEventRole(Set<EventRole> roles) implements EligibilityPolicy {

        /**
         * Validates the rule.
         *
         * @throws NullPointerException     if the set or an element is null
         * @throws IllegalArgumentException if the set is empty
         */
        public HasEventRole {
            roles = nonEmptyEnumSet("hasEventRole", roles, EventRole.class);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            return roles.contains(context.role()) ? EligibilityResult.eligible()
                    : EligibilityResult.failed(context.person().fullName() + " registers as "
                    + context.role().label() + ", not as " + rolesText());
        }

        private String rolesText() {
            return roles.stream().map(EventRole::label).collect(Collectors.joining(" or "));
        }

        @Override
        public String describe() {
            return "registers as " + rolesText();
        }
    }

    /**
     * A rule of the user's own. Two custom policies are equal only when they share the predicate
     * instance.
     *
     * @param description the rule in words, used in refusals; not blank
     * @param predicate   true when the applicant satisfies the rule; not null
     */
    record Custom(String description, Predicate<EligibilityContext> predicate) implements EligibilityPolicy {

        /**
         * Validates the rule.
         *
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the description is blank
         */
        public Custom {
            Objects.requireNonNull(description, "description");
            if (description.isBlank()) {
                throw new IllegalArgumentException("custom policy description must not be blank");
            }
            Objects.requireNonNull(predicate, "predicate");
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            return predicate.test(context) ? EligibilityResult.eligible()
                    : EligibilityResult.failed(context.organisationName() + " (" + context.person().fullName()
                    + ") does not meet the rule: " + description);
        }

        @Override
        public String describe() {
            return description;
        }
    }

    private static List<EligibilityPolicy> nonEmptyCopy(String what, List<EligibilityPolicy> policies) {
        List<EligibilityPolicy> copy = List.copyOf(Objects.requireNonNull(policies, what));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one policy");
        }
        return copy;
    }

    private static <E extends Enum<E>> Set<E> nonEmptyEnumSet(String what, Set<E> values, Class<E> type) {
        Objects.requireNonNull(values, what);
        values.forEach(v -> Objects.requireNonNull(v, what + " element"));
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one value");
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
