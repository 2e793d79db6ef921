package org.clustermeet.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;

import java.util.List;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.Test;

/**
 * "Who may attend?" for the illustrative registry's Gold-only event: Gold-label cluster managers,
 * or anyone representing a cluster association.
 */
class WhoMayAttendTest {

    private static final Registry REGISTRY = TestRegistry.build();

    private static List<String> people(List<WhoMayAttend.Candidate> candidates) {
        return candidates.stream().map(c -> c.person().id().value()).toList();
    }

    @Test
    void clusterManagersOfTheGoldHolderAndTheAssociationsPeopleMayRegisterAsManagers() {
        assertThat(people(WhoMayAttend.eligible(REGISTRY, GOLD_EVENT, EventRole.CLUSTER_MANAGER)))
                .containsExactly("p1", "p11", "p13", "p16", "p18", "p3", "p6", "p8");
    }

    @Test
    void inAnotherRoleOnlyTheAssociationsPeopleMayRegister() {
        assertThat(people(WhoMayAttend.eligible(REGISTRY, GOLD_EVENT, EventRole.OBSERVER)))
                .containsExactly("p13", "p18", "p3", "p8");
    }

    @Test
    void everyPersonWithARoleThatDayIsACandidateInEveryEventRole() {
        List<WhoMayAttend.Candidate> all = WhoMayAttend.of(REGISTRY, GOLD_EVENT);

        assertThat(all).hasSize(20 * EventRole.values().length);
        assertThat(all).extracting(WhoMayAttend.Candidate::role).isSorted();
    }

    @Test
    void thoseWhoMayNotAreGivenEveryReason() {
        WhoMayAttend.Candidate expired = WhoMayAttend.of(REGISTRY, GOLD_EVENT).stream()
                .filter(c -> c.person().id().equals(PersonId.of("p0")) && c.role() == EventRole.CLUSTER_MANAGER)
                .findFirst().orElseThrow();

        assertThat(expired.mayRegister()).isFalse();
        assertThat(expired.result().failures()).anySatisfy(f -> assertThat(f).contains("expired on 2019-02-28"))
                .anySatisfy(f -> assertThat(f).contains("not a cluster association"));
    }

    @Test
    void theAnswerIsWhatTheWorkflowDecides() {
        for (WhoMayAttend.Candidate c : WhoMayAttend.of(REGISTRY, GOLD_EVENT)) {
            assertThat(RegistrationWorkflow.checkEligibility(REGISTRY, GOLD_EVENT, c.person().id(),
                    c.organisation().id(), c.role())).isEqualTo(c.result());
        }
    }

    @Test
    void someoneWithoutARoleOnTheEventsFirstDayIsNoCandidate() {
        Registry withNewcomer = REGISTRY.edit().put(Person.of(PersonId.of("newcomer"), "New", "Comer")).apply();

        assertThat(WhoMayAttend.of(withNewcomer, GOLD_EVENT)).noneMatch(c -> c.person().id().value().equals("newcomer"));
    }

    @Test
    void anUnknownEventIsRefused() {
        assertThatThrownBy(() -> WhoMayAttend.of(REGISTRY, EventId.of("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no event with id nowhere in the registry");
    }
}
