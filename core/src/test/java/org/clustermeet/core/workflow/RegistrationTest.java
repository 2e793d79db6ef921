package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.MINISTRY;
import static org.clustermeet.core.registry.TestRegistry.OPEN_EVENT;
import static org.clustermeet.core.registry.TestRegistry.SAC;
import static org.clustermeet.core.registry.TestRegistry.SILVER_FR;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.report.EventReports;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private final Registry registry = TestRegistry.build();

    private static Registry accepted(RegistrationResult result) {
        assertThat(result.outcome()).isInstanceOf(RegistrationOutcome.Accepted.class);
        return result.registry();
    }

    @Test
    void goldManagerIsAccepted() {
        RegistrationResult result = RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0));
        assertThat(result.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Accepted.class,
                a -> assertThat(a.registration().state()).isEqualTo(RegistrationState.REGISTERED));
        assertThat(result.registry().registration(RegistrationId.of("r1"))).isPresent();
        assertThat(registry.registration(RegistrationId.of("r1"))).as("the old registry is unchanged").isEmpty();
    }

    @Test
    void expiredGoldLabelIsRefusedWithTheExpiryDay() {
        RegistrationResult result = RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 0, SAC, EventRole.CLUSTER_MANAGER, 0));
        assertThat(result.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r ->
                assertThat(r.reasons()).contains("Illustrative aviation cluster holds no GOLD label valid on 2019-12-04: "
                        + "its GOLD label expired on 2019-02-28"));
        assertThat(result.registry()).isSameAs(registry);
    }

    @Test
    void refusalNamesEveryFailingRule() {
        RegistrationResult result = RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 2, SILVER_FR, EventRole.OBSERVER, 0));
        assertThat(result.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r ->
                assertThat(r.reasons()).containsExactly(
                        "Given2 Family2 registers as observer, not as cluster manager",
                        "Silver cluster FR holds no GOLD label valid on 2019-12-04: the label in force is its SILVER label "
                                + "assessed on 2019-05-01",
                        "Silver cluster FR is a cluster organisation, not a cluster association"));
    }

    @Test
    void associationRepresentativeIsAcceptedThroughTheOtherAlternative() {
        accepted(RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 3, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 0)));
    }

    @Test
    void beyondCapacityRegistrationsAreWaitlistedInOrder() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0)));
        r = accepted(RegistrationWorkflow.register(r, request("r2", GOLD_EVENT, 3, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 1)));
        RegistrationResult third = RegistrationWorkflow.register(r, request("r3", GOLD_EVENT, 6, GOLD_DE, EventRole.CLUSTER_MANAGER, 2));
        assertThat(third.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                w -> assertThat(w.position()).isEqualTo(1));
        RegistrationResult fourth = RegistrationWorkflow.register(third.registry(), request("r4", GOLD_EVENT, 8, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, 3));
        assertThat(fourth.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                w -> assertThat(w.position()).isEqualTo(2));
        assertThat(RegistrationWorkflow.waitingList(fourth.registry(), GOLD_EVENT)).extracting(x -> x.id().value()).containsExactly("r3", "r4");
    }

    @Test
    void cancellingAnAcceptedRegistrationPromotesTheFirstOnTheWaitingList() {
        Registry r = fullGoldEventWithTwoWaiting();
        CancellationResult result = RegistrationWorkflow.cancel(r, RegistrationId.of("r1"));
        assertThat(result.cancelled().state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(result.promoted()).hasValueSatisfying(p -> {
            assertThat(p.id().value()).isEqualTo("r3");
            assertThat(p.state()).isEqualTo(RegistrationState.REGISTERED);
        });
        assertThat(RegistrationWorkflow.waitingList(result.registry(), GOLD_EVENT)).extracting(x -> x.id().value()).containsExactly("r4");
        assertThat(result.registry().validate()).isEmpty();
    }

    @Test
    void cancellingAWaitlistedRegistrationPromotesNobody() {
        Registry r = fullGoldEventWithTwoWaiting();
        CancellationResult result = RegistrationWorkflow.cancel(r, RegistrationId.of("r3"));
        assertThat(result.promoted()).isEmpty();
        assertThat(RegistrationWorkflow.waitingList(result.registry(), GOLD_EVENT)).extracting(x -> x.id().value()).containsExactly("r4");
    }

    @Test
    void raisingTheCapacityByAPlainEditIsRefusedWhilePeopleWait() {
        Registry r = fullGoldEventWithTwoWaiting();
        assertThatThrownBy(() -> r.edit().put(r.event(GOLD_EVENT).orElseThrow().withCapacity(3)).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessage("cannot store event gold-event: 1 problem: registration r3: is waitlisted although event "
                        + "gold-event has 1 free places");
    }

    @Test
    void raisingTheCapacityPromotesTheWaitingList() {
        Registry r = fullGoldEventWithTwoWaiting();
        Registry raised = RegistrationWorkflow.changeEvent(r, r.event(GOLD_EVENT).orElseThrow().withCapacity(3)).registry();
        assertThat(raised.registration(RegistrationId.of("r3")).orElseThrow().state())
                .isEqualTo(RegistrationState.REGISTERED);
        assertThat(RegistrationWorkflow.waitingList(raised, GOLD_EVENT)).hasSize(1);
    }

    @Test
    void loweringTheCapacityBelowThePlacesTakenIsRefused() {
        Registry r = fullGoldEventWithTwoWaiting();
        assertThatThrownBy(() -> r.edit().put(r.event(GOLD_EVENT).orElseThrow().withCapacity(1)).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("event gold-event: 2 registrations hold a place, above the capacity of 1");
    }

    @Test
    void secondRegistrationOfOnePersonIsRefused() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 0)));
        RegistrationResult again = RegistrationWorkflow.register(r, request("r2", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 1));
        assertThat(again.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, x ->
                assertThat(x.reasons()).containsExactly(
                        "Given4 Family4 is already registered for event open-event (registration r1, REGISTERED)"));
    }

    @Test
    void personMayRegisterAgainAfterCancelling() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 0)));
        r = RegistrationWorkflow.cancel(r, RegistrationId.of("r1")).registry();
        accepted(RegistrationWorkflow.register(r, request("r2", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 1)));
    }

    @Test
    void cancelledEventRefusesRegistrations() {
        Registry r = registry.edit().put(registry.event(OPEN_EVENT).orElseThrow().withStatus(EventStatus.CANCELLED)).apply();
        RegistrationResult result = RegistrationWorkflow.register(r, request("r1", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 0));
        assertThat(result.outcome().describe()).isEqualTo("registration r1 refused: event open-event (Open webinar) is cancelled");
    }

    @Test
    void eventWithoutCapacityAcceptsEveryone() {
        Registry r = registry;
        for (int i = 0; i < 20; i++) {
            r = accepted(RegistrationWorkflow.register(r, request("r" + i, OPEN_EVENT, i, TestRegistry.employer(i),
                    EventRole.OBSERVER, i)));
        }
        assertThat(r.registrationsFor(OPEN_EVENT)).hasSize(20);
    }

    @Test
    void takenRegistrationIdIsAnArgumentError() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 0)));
        assertThatThrownBy(() -> RegistrationWorkflow.register(r, request("r1", OPEN_EVENT, 5, MINISTRY, EventRole.OBSERVER, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("registration id r1 is already taken");
    }

    @Test
    void unknownPersonIsAnArgumentErrorNamingTheId() {
        assertThatThrownBy(() -> RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 99, MINISTRY, EventRole.OBSERVER, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no person with id p99 in the registry");
    }

    @Test
    void cancellingTwiceIsAnArgumentError() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 0)));
        Registry cancelled = RegistrationWorkflow.cancel(r, RegistrationId.of("r1")).registry();
        assertThatThrownBy(() -> RegistrationWorkflow.cancel(cancelled, RegistrationId.of("r1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registration r1 is CANCELLED");
    }

    @Test
    void attendedRegistrationStillHoldsItsPlace() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 4, MINISTRY, EventRole.OBSERVER, 0)));
        Registry attended = RegistrationWorkflow.markAttended(r, RegistrationId.of("r1")).registry();
        assertThat(attended.registration(RegistrationId.of("r1")).orElseThrow().state())
                .isEqualTo(RegistrationState.ATTENDED);
        assertThat(EventReports.of(attended).report(OPEN_EVENT).participants()).isEqualTo(1);
    }

    private Registry fullGoldEventWithTwoWaiting() {
        Registry r = accepted(RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0)));
        r = accepted(RegistrationWorkflow.register(r, request("r2", GOLD_EVENT, 3, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 1)));
        r = RegistrationWorkflow.register(r, request("r3", GOLD_EVENT, 6, GOLD_DE, EventRole.CLUSTER_MANAGER, 2)).registry();
        return RegistrationWorkflow.register(r, request("r4", GOLD_EVENT, 8, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 3)).registry();
    }

    @RepeatedTest(5)
    void registrationsAreFoundByIdInEveryValueAfterAnyMixOfRegisteringAndCancelling(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Registry> values = new ArrayList<>(List.of(registry));
        Registry current = registry;
        int next = 0;
        for (int i = 0; i < 40; i++) {
            if (random.nextInt(2) == 0) {
                // looking one up builds the index, which later values then carry forward
                current.registration(RegistrationId.of("r" + random.nextInt(40)));
            }
            List<Registration> cancellable = current.registrations().stream()
                    .filter(r -> r.state() == RegistrationState.REGISTERED || r.state() == RegistrationState.WAITLISTED)
                    .toList();
            if (random.nextInt(4) == 0 && !cancellable.isEmpty()) {
                current = RegistrationWorkflow.cancel(current, cancellable.get(random.nextInt(cancellable.size())).id()).registry();
            } else {
                current = RegistrationWorkflow.register(current, request("r" + next++, OPEN_EVENT, random.nextInt(5), GOLD_DE,
                        EventRole.OBSERVER, i)).registry();
            }
            values.add(current);
        }
        for (Registry value : values) {
            for (int n = 0; n < 40; n++) {
                RegistrationId id = RegistrationId.of("r" + n);
                assertThat(value.registration(id)).as(id.value())
                        .isEqualTo(value.registrations().stream().filter(r -> r.id().equals(id)).findFirst());
            }
        }
    }

    @Test
    void anIdTakenAfterTheIndexWasBuiltIsStillKnownToBeTaken() {
        Registry first = accepted(RegistrationWorkflow.register(registry, request("r1", OPEN_EVENT, 1, GOLD_DE, EventRole.OBSERVER, 0)));
        assertThat(first.registration(RegistrationId.of("r1"))).isPresent();
        Registry second = accepted(RegistrationWorkflow.register(first, request("r2", OPEN_EVENT, 6, GOLD_DE, EventRole.OBSERVER, 1)));
        assertThatThrownBy(() -> RegistrationWorkflow.register(second, request("r2", OPEN_EVENT, 11, GOLD_DE, EventRole.OBSERVER, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("registration id r2 is already taken");
        assertThat(first.registration(RegistrationId.of("r2"))).as("the earlier value is unchanged").isEmpty();
        assertThat(second.registration(RegistrationId.of("r2"))).isPresent();
    }
}
