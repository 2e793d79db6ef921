package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.ZP;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.registry.TestRegistry;
import org.junit.jupiter.api.Test;

class SharedRegistryTest {

    private static final Actor ACTOR = Actor.of("secretariat");
    private static final Instant NOON = Instant.parse("2019-11-01T12:00:00Z");

    private final WorkflowRegistry shared = new SharedRegistry(TestRegistry.build(),
            Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void registerNowGivesIdsNumberedByStepAndArrivalsThatIncreaseWhileTheClockStandsStill() {
        RegistrationResult first = shared.registerNow(GOLD_EVENT, TestRegistry.person(1), GOLD_DE,
                EventRole.CLUSTER_MANAGER, AttendanceMode.IN_PERSON, ACTOR);
        RegistrationResult second = shared.registerNow(GOLD_EVENT, TestRegistry.person(3), ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON, ACTOR);
        Registration r1 = ((RegistrationOutcome.Accepted) first.outcome()).registration();
        Registration r2 = ((RegistrationOutcome.Accepted) second.outcome()).registration();
        assertThat(r1.id()).isEqualTo(RegistrationId.of("r-1"));
        assertThat(r2.id()).isEqualTo(RegistrationId.of("r-2"));
        assertThat(r1.registeredAt()).contains(NOON);
        assertThat(r2.registeredAt()).contains(NOON.plusNanos(1));
    }

    @Test
    void anEventsRevisionCountsItsOwnChangesAndNotItsRegistrations() {
        assertThat(shared.revision(GOLD_EVENT)).isZero();
        shared.registerNow(GOLD_EVENT, TestRegistry.person(1), GOLD_DE, EventRole.CLUSTER_MANAGER,
                AttendanceMode.IN_PERSON, ACTOR);
        assertThat(shared.revision(GOLD_EVENT)).as("a registration is not a change of the event").isZero();

        org.clustermeet.core.event.Event event = shared.registry().event(GOLD_EVENT).orElseThrow();
        shared.changeEvent(event.withCapacity(event.capacity().orElse(10) + 1), ACTOR);
        assertThat(shared.revision(GOLD_EVENT)).isEqualTo(1);

        org.clustermeet.core.event.Event changed = shared.registry().event(GOLD_EVENT).orElseThrow();
        shared.edit(e -> e.put(changed.toBuilder().localTitle("pl", "Spotkanie").build()), ACTOR);
        assertThat(shared.revision(GOLD_EVENT)).as("an edit that puts the event").isEqualTo(2);
    }

    @Test
    void aRefusedRequestDoesNotCountAsAStep() {
        RegistrationResult refused = shared.registerNow(GOLD_EVENT, TestRegistry.person(1), ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON, ACTOR);
        RegistrationResult accepted = shared.registerNow(GOLD_EVENT, TestRegistry.person(1), GOLD_DE,
                EventRole.CLUSTER_MANAGER, AttendanceMode.IN_PERSON, ACTOR);
        assertThat(refused.outcome()).isInstanceOf(RegistrationOutcome.Refused.class);
        assertThat(accepted.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Accepted.class,
                a -> assertThat(a.registration().id()).isEqualTo(RegistrationId.of("r-1")));
    }

    @Test
    void eachStepPublishesTheRegistryItAnswers() {
        RegistrationResult result = shared.registerNow(GOLD_EVENT, TestRegistry.person(1), GOLD_DE,
                EventRole.CLUSTER_MANAGER, AttendanceMode.IN_PERSON, ACTOR);
        assertThat(shared.registry()).isSameAs(result.registry());
        AttendanceResult attended = shared.markAttended(RegistrationId.of("r-1"), ACTOR);
        assertThat(shared.registry()).isSameAs(attended.registry());
    }

    @Test
    void anEditIsOneStepAndAFailedEditPublishesNothing() {
        Registry before = shared.registry();
        EditResult removed = shared.edit(e -> e.remove(LabelId.of("fr-silver-2019")), ACTOR);
        assertThat(removed.changes().size()).isEqualTo(1);
        assertThat(shared.registry().label(LabelId.of("fr-silver-2019"))).isEmpty();
        Registry after = shared.registry();
        assertThatThrownBy(() -> shared.edit(e -> e.remove(TestRegistry.SAC), ACTOR))
                .isInstanceOf(RegistryIntegrityException.class);
        assertThat(shared.registry()).isSameAs(after).isNotEqualTo(before);
    }

    @Test
    void aChangeSetAppliesAsAnEdit() {
        Registry other = TestRegistry.build().edit().remove(LabelId.of("fr-silver-2019")).apply();
        EditResult result = shared.apply(TestRegistry.build().edit().remove(LabelId.of("fr-silver-2019")).changes(),
                ACTOR);
        assertThat(result.registry()).isEqualTo(other);
    }

    @Test
    void theHistoryKeepsWhatHappenedWhenAndWhoAsked() {
        shared.registerNow(GOLD_EVENT, TestRegistry.person(1), GOLD_DE, EventRole.CLUSTER_MANAGER,
                AttendanceMode.IN_PERSON, ACTOR);
        shared.markAttended(RegistrationId.of("r-1"), Actor.of("front-desk"));
        assertThat(shared.history(RegistrationId.of("r-1"))).extracting(HistoryEntry::describe).containsExactly(
                "2019-11-01 12:00 UTC r-1 registered by secretariat", "2019-11-01 12:00 UTC r-1 attended by front-desk");
        assertThat(shared.history(TestRegistry.person(1))).hasSize(2);
        assertThat(shared.history(GOLD_EVENT)).extracting(HistoryEntry::sequence).containsExactly(1L, 2L);
    }

    @Test
    void everyStepNamesWhoAsked() {
        assertThatThrownBy(() -> shared.cancel(RegistrationId.of("r-1"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("actor");
    }

    @Test
    void eachHistoryHoldsOnlyWhatConcernsItsRegistrationPersonOrEvent() {
        shared.registerNow(GOLD_EVENT, TestRegistry.person(1), GOLD_DE, EventRole.CLUSTER_MANAGER,
                AttendanceMode.IN_PERSON, ACTOR);
        RegistrationResult open = shared.registerNow(TestRegistry.OPEN_EVENT, TestRegistry.person(3), ZP,
                EventRole.OBSERVER, AttendanceMode.IN_PERSON, ACTOR);
        assertThat(open.outcome()).as(open.outcome().describe()).isInstanceOf(RegistrationOutcome.Accepted.class);

        assertThat(shared.history(RegistrationId.of("r-1"))).extracting(HistoryEntry::sequence).containsExactly(1L);
        assertThat(shared.history(RegistrationId.of("r-2"))).extracting(HistoryEntry::sequence).containsExactly(2L);
        assertThat(shared.history(TestRegistry.person(3))).extracting(HistoryEntry::sequence).containsExactly(2L);
        assertThat(shared.history(TestRegistry.OPEN_EVENT)).extracting(HistoryEntry::sequence).containsExactly(2L);
        assertThat(shared.history(TestRegistry.person(2))).isEmpty();
    }
}
