package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.core.registry.TestRegistry.ECA;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.OPEN_EVENT;
import static org.clustermeet.core.registry.TestRegistry.SAC;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.time.LocalDate;
import java.util.List;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.eligibility.EligibilityRule;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.junit.jupiter.api.Test;

/** Eligibility policies evaluated by the registry on the event's date. */
class EligibilityTest {

    private final Registry base = TestRegistry.build();

    private List<String> failures(EligibilityRule policy, LocalDate day, int person, OrganisationId org,
                                  EventRole role) {
        EventId id = EventId.of("e");
        Registry r = base.edit().put(Event.builder(id, "E", EventKind.WEBINAR, EventSchedule.day(day))
                .eligibility(policy).build()).apply();
        return RegistrationWorkflow.checkEligibility(r, id, TestRegistry.person(person), org, role).failures();
    }

    @Test
    void clusterIsAMemberOfTheAllianceThroughItsAssociation() {
        assertThat(failures(EligibilityPolicy.memberOf(ECA), LocalDate.of(2020, 2, 28), 0, SAC,
                EventRole.CLUSTER_MANAGER)).isEmpty();
    }

    @Test
    void clusterIsNotAMemberOfTheAllianceBeforeItWasFounded() {
        assertThat(failures(EligibilityPolicy.memberOf(ECA), LocalDate.of(2019, 9, 8), 0, SAC,
                EventRole.CLUSTER_MANAGER))
                .containsExactly("Illustrative aviation cluster is not a member of European Clusters Alliance on "
                        + "2019-09-08, directly or through an association");
    }

    @Test
    void directMembershipCounts() {
        assertThat(failures(EligibilityPolicy.memberOf(ZP), LocalDate.of(2019, 12, 4), 0, SAC,
                EventRole.CLUSTER_MANAGER)).isEmpty();
    }

    @Test
    void labelNotYetValidSaysFromWhen() {
        assertThat(failures(EligibilityPolicy.holdsLabel(LabelLevel.GOLD), LocalDate.of(2019, 2, 28), 1, GOLD_DE,
                EventRole.CLUSTER_MANAGER))
                .containsExactly("Gold cluster DE holds no GOLD label valid on 2019-02-28: its GOLD label is valid "
                        + "only from 2019-03-01");
    }

    @Test
    void goldSatisfiesASilverMinimum() {
        assertThat(failures(EligibilityPolicy.holdsLabel(LabelLevel.SILVER), LocalDate.of(2019, 12, 4), 1, GOLD_DE,
                EventRole.CLUSTER_MANAGER)).isEmpty();
    }

    @Test
    void associationHoldsNoLabel() {
        assertThat(failures(EligibilityPolicy.holdsLabel(LabelLevel.BRONZE), LocalDate.of(2019, 12, 4), 3, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE))
                .containsExactly("Polish Clusters Employers' Association holds no BRONZE or higher label valid on "
                        + "2019-12-04: it is a cluster association, and only cluster organisations hold labels");
    }

    @Test
    void notExcludesWhatItsPolicyAccepts() {
        assertThat(failures(EligibilityPolicy.not(EligibilityPolicy.hasEventRole(EventRole.OBSERVER)),
                LocalDate.of(2019, 12, 4), 1, GOLD_DE, EventRole.OBSERVER))
                .singleElement().asString().contains("is excluded").contains("registers as observer");
        assertThat(failures(EligibilityPolicy.not(EligibilityPolicy.hasEventRole(EventRole.OBSERVER)),
                LocalDate.of(2019, 12, 4), 1, GOLD_DE, EventRole.SPEAKER)).isEmpty();
    }

    @Test
    void customPredicateFailsWithItsDescription() {
        EligibilityRule polishOnly = EligibilityRule.custom("represents a Polish organisation",
                c -> c.organisation() instanceof org.clustermeet.core.organisation.ClusterOrganisation co
                        && co.country().value().equals("PL"));
        assertThat(failures(polishOnly, LocalDate.of(2019, 12, 4), 0, SAC, EventRole.CLUSTER_MANAGER)).isEmpty();
        assertThat(failures(polishOnly, LocalDate.of(2019, 12, 4), 1, GOLD_DE, EventRole.CLUSTER_MANAGER))
                .containsExactly("Gold cluster DE (Given1 Family1) does not meet the rule: represents a Polish organisation");
    }

    @Test
    void allOfReportsEveryFailure() {
        EligibilityPolicy both = EligibilityPolicy.allOf(EligibilityPolicy.holdsLabel(LabelLevel.GOLD),
                EligibilityPolicy.memberOf(ZP));
        assertThat(failures(both, LocalDate.of(2019, 12, 4), 1, GOLD_DE, EventRole.CLUSTER_MANAGER))
                .containsExactly("Gold cluster DE is not a member of Polish Clusters Employers' Association on "
                        + "2019-12-04, directly or through an association");
        assertThat(failures(both, LocalDate.of(2019, 12, 4), 0, SAC, EventRole.CLUSTER_MANAGER)).hasSize(1);
    }

    @Test
    void policiesDescribeThemselves() {
        assertThat(EligibilityPolicy.anyOf(EligibilityPolicy.holdsLabel(LabelLevel.GOLD),
                EligibilityPolicy.hasEventRole(EventRole.SPEAKER)).describe())
                .isEqualTo("(represents a cluster organisation holding a GOLD label valid on the event date or "
                        + "registers as speaker)");
    }

    @Test
    void eligibilityCanBeCheckedWithoutRegistering() {
        assertThat(RegistrationWorkflow.checkEligibility(base, TestRegistry.GOLD_EVENT, TestRegistry.person(0), SAC, EventRole.CLUSTER_MANAGER)
                .failures()).containsExactly("Illustrative aviation cluster holds no GOLD label valid on 2019-12-04: "
                + "its GOLD label expired on 2019-02-28",
                "Illustrative aviation cluster is a cluster organisation, not a cluster association");
        assertThat(RegistrationWorkflow.checkEligibility(base, TestRegistry.GOLD_EVENT, TestRegistry.person(1), GOLD_DE,
                EventRole.CLUSTER_MANAGER).isEligible()).isTrue();
        assertThat(base.registrations()).isEmpty();
    }

    @Test
    void eventWithoutPolicyAcceptsAnyone() {
        assertThat(RegistrationWorkflow.register(base, request("x", OPEN_EVENT, 3, ZP, EventRole.OBSERVER, 0)).outcome())
                .isInstanceOf(RegistrationOutcome.Accepted.class);
    }
}
