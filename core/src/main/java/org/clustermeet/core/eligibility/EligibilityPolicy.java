package org.clustermeet.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelHistory;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.value.LocalizedText;

/**
 * The eligibility rules that a document can hold: a sealed family of records that compose.
 * <pre>{@code
 * EligibilityPolicy goldManagersOrAssociations = EligibilityPolicy.anyOf(
 *         EligibilityPolicy.allOf(EligibilityPolicy.hasEventRole(EventRole.CLUSTER_MANAGER),
 *                                 EligibilityPolicy.holdsLabel(LabelLevel.GOLD)),
 *         EligibilityPolicy.representsKind(OrganisationKind.CLUSTER_ASSOCIATION,
 *                                          OrganisationKind.LABELLING_BODY));
 * }</pre>
 * Each kind evaluates itself; a failed evaluation names every rule that failed, as
 * {@link Refusal}s. Code that must tell the kinds apart (a writer, for example) uses a
 * {@link Visitor}. All members are immutable records.
 */
public sealed interface EligibilityPolicy extends EligibilityRule {

    /**
     * Calls the visitor's method for this kind of policy.
     *
     * @param visitor the visitor, not null
     * @param <R>     what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    @Override
    default Optional<EligibilityPolicy> asPolicy() {
        return Optional.of(this);
    }

    /**
     * One method per kind of policy.
     *
     * @param <R> what each method returns
     */
    interface Visitor<R> {
        /**
         * Visits an {@link AllOf} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R allOf(AllOf policy);

        /**
         * Visits an {@link AnyOf} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R anyOf(AnyOf policy);

        /**
         * Visits an {@link Not} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R not(Not policy);

        /**
         * Visits an {@link HoldsLabel} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R holdsLabel(HoldsLabel policy);

        /**
         * Visits an {@link RepresentsKind} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R representsKind(RepresentsKind policy);

        /**
         * Visits an {@link MemberOf} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R memberOf(MemberOf policy);

        /**
         * Visits an {@link HasEventRole} policy.
         *
         * @param policy the policy, not null
         * @return the visitor's result
         */
        R hasEventRole(HasEventRole policy);
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
     * Every policy must hold; a failure lists the reasons of every failing policy.
     *
     * @param policies the policies, at least one; not null
     */
    record AllOf(List<EligibilityPolicy> policies) implements EligibilityPolicy {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.allOf(this);
        }

        /**
         * Validates the combination.
         *
         * @param policies the policies, at least one; not null
         * @throws NullPointerException     if the list or an element is null
         * @throws IllegalArgumentException if the list is empty
         */
        public AllOf {
            policies = PolicyArguments.nonEmptyCopy("allOf", policies);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            List<Refusal> refusals = new ArrayList<>();
            for (EligibilityPolicy p : policies) {
                refusals.addAll(p.evaluate(context).refusals());
            }
            return new EligibilityResult(refusals);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anyOf(this);
        }

        /**
         * Validates the combination.
         *
         * @param policies the alternatives, at least one; not null
         * @throws NullPointerException     if the list or an element is null
         * @throws IllegalArgumentException if the list is empty
         */
        public AnyOf {
            policies = PolicyArguments.nonEmptyCopy("anyOf", policies);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            List<Refusal> refusals = new ArrayList<>();
            for (EligibilityPolicy p : policies) {
                EligibilityResult r = p.evaluate(context);
                if (r.isEligible()) {
                    return r;
                }
                refusals.addAll(r.refusals());
            }
            return new EligibilityResult(refusals);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }

        /**
         * Validates the negation.
         *
         * @param policy the negated policy, not null
         * @throws NullPointerException if {@code policy} is null
         */
        public Not {
            Objects.requireNonNull(policy, "policy");
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            return policy.evaluate(context).isEligible()
                    ? EligibilityResult.refused(Refusal.of(Refusal.Reason.EXCLUDED, context.organisationNames(),
                    context.person().fullName(), policy.describe()))
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.holdsLabel(this);
        }

        /**
         * Validates the rule.
         *
         * @param minimum the lowest acceptable level, not null
         * @throws NullPointerException if {@code minimum} is null
         */
        public HoldsLabel {
            Objects.requireNonNull(minimum, "minimum");
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            LocalDate day = context.date();
            List<QualityLabel> labels = context.labelsOf(context.organisation().id());
            Optional<QualityLabel> governing = LabelHistory.latestBegun(labels, day);
            if (governing.isPresent()) {
                QualityLabel l = governing.get();
                if (l.validUntil().isBefore(day)) {
                    return refused(Refusal.Reason.LABEL_EXPIRED, context, l.level(), l.validUntil());
                }
                return l.level().isAtLeast(minimum) ? EligibilityResult.eligible()
                        : refused(Refusal.Reason.LABEL_BELOW_MINIMUM, context, l.level(), l.assessedOn());
            }
            Optional<QualityLabel> future = labels.stream().min(Comparator.comparing(QualityLabel::validFrom));
            if (future.isPresent()) {
                QualityLabel l = future.get();
                return refused(Refusal.Reason.LABEL_NOT_YET_VALID, context, l.level(), l.validFrom());
            }
            if (context.organisation().kind() != OrganisationKind.CLUSTER_ORGANISATION) {
                return refused(Refusal.Reason.NOT_A_LABEL_HOLDER, context, context.organisation().kind());
            }
            return refused(Refusal.Reason.NO_LABEL_ON_RECORD, context);
        }

        private EligibilityResult refused(Refusal.Reason reason, EligibilityContext context, Object... more) {
            List<Object> arguments = new ArrayList<>(List.of(context.organisationNames(), minimum, context.date()));
            arguments.addAll(List.of(more));
            return EligibilityResult.refused(new Refusal(reason, arguments));
        }

        @Override
        public String describe() {
            return "represents a cluster organisation holding a " + RefusalText.levels(minimum)
                    + " label valid on the event date";
        }
    }

    /**
     * The represented organisation is of one of the given kinds.
     *
     * @param kinds the accepted kinds, at least one; not null
     */
    record RepresentsKind(Set<OrganisationKind> kinds) implements EligibilityPolicy {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.representsKind(this);
        }

        /**
         * Validates the rule.
         *
         * @param kinds the accepted kinds, at least one; not null
         * @throws NullPointerException     if the set or an element is null
         * @throws IllegalArgumentException if the set is empty
         */
        public RepresentsKind {
            kinds = PolicyArguments.nonEmptyEnumSet("representsKind", kinds, OrganisationKind.class);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            OrganisationKind kind = context.organisation().kind();
            return kinds.contains(kind) ? EligibilityResult.eligible()
                    : EligibilityResult.refused(Refusal.of(Refusal.Reason.WRONG_KIND, context.organisationNames(), kind,
                    kinds));
        }

        @Override
        public String describe() {
            return "represents " + RefusalText.kinds(kinds);
        }
    }

    /**
     * The represented organisation is a member of {@code group} on the event date, directly or
     * through an association that is itself a member.
     *
     * @param group the association or alliance, not null
     */
    record MemberOf(OrganisationId group) implements EligibilityPolicy {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.memberOf(this);
        }

        /**
         * Validates the rule.
         *
         * @param group the association or alliance, not null
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
            LocalizedText groupName = context.organisation(group).map(o -> o.displayNameOn(context.date()))
                    .orElse(LocalizedText.english(group.value()));
            return EligibilityResult.refused(Refusal.of(Refusal.Reason.NOT_A_MEMBER, context.organisationNames(),
                    groupName, context.date()));
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hasEventRole(this);
        }

        /**
         * Validates the rule.
         *
         * @param roles the accepted roles, at least one; not null
         * @throws NullPointerException     if the set or an element is null
         * @throws IllegalArgumentException if the set is empty
         */
        public HasEventRole {
            roles = PolicyArguments.nonEmptyEnumSet("hasEventRole", roles, EventRole.class);
        }

        @Override
        public EligibilityResult evaluate(EligibilityContext context) {
            return roles.contains(context.role()) ? EligibilityResult.eligible()
                    : EligibilityResult.refused(Refusal.of(Refusal.Reason.WRONG_ROLE, context.person().fullName(),
                    context.role(), roles));
        }

        @Override
        public String describe() {
            return "registers as " + RefusalText.roles(roles);
        }
    }
}
