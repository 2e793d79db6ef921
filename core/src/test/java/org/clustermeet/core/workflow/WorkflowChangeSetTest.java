package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.junit.jupiter.api.Test;

/** Every workflow step answers exactly the changes it made: applied to the registry before it, they give the registry after it. */
class WorkflowChangeSetTest {

    private final Registry start = TestRegistry.build();

    private static Registry fullWithTwoWaiting() {
        return TestRegistry.withGoldEventRegistrations(4);
    }

    private static void assertReplays(Registry before, StepResult result) {
        assertThat(before.apply(result.changes())).isEqualTo(result.registry());
    }

    @Test
    void anAcceptedRegistrationPutsExactlyTheRegistration() {
        RegistrationResult result = RegistrationWorkflow.register(start, request("r1", GOLD_EVENT, 1, GOLD_DE,
                EventRole.CLUSTER_MANAGER, 0));
        assertThat(result.changes().changes()).containsExactly(new ChangeSet.Put<>(EntityKind.REGISTRATION,
                result.registry().registration(RegistrationId.of("r1")).orElseThrow()));
        assertReplays(start, result);
    }

    @Test
    void aRefusedRegistrationChangesNothing() {
        RegistrationResult result = RegistrationWorkflow.register(start, request("r1", GOLD_EVENT, 1, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, 0));
        assertThat(result.changes().isEmpty()).isTrue();
        assertThat(result.registry()).isSameAs(start);
    }

    @Test
    void aCancellationNamesTheCancelledThenTheRefusedAndThePromoted() {
        Registry before = fullWithTwoWaiting().edit().remove(LabelId.of("de-gold-2019")).apply();
        CancellationResult result = RegistrationWorkflow.cancel(before, RegistrationId.of("r2"));
        assertThat(result.changes().changes()).extracting(c -> c.kind().label() + " " + c.id())
                .containsExactly("registration r2", "registration r3", "registration r4");
        assertThat(result.changes().puts(EntityKind.REGISTRATION)).extracting(r -> r.state())
                .containsExactly(RegistrationState.CANCELLED, RegistrationState.REFUSED, RegistrationState.REGISTERED);
        assertReplays(before, result);
    }

    @Test
    void anEventChangePutsTheEventAndThePromotions() {
        Registry before = fullWithTwoWaiting();
        EventChangeResult result = RegistrationWorkflow.changeEvent(before,
                before.event(GOLD_EVENT).orElseThrow().withCapacity(3));
        assertThat(result.changes().touched(EntityKind.EVENT)).containsExactly(GOLD_EVENT);
        assertThat(result.changes().touched(EntityKind.REGISTRATION)).containsExactly(RegistrationId.of("r3"));
        assertReplays(before, result);
    }

    @Test
    void cancellingAnEventPutsTheEventAndEveryRegistrationItClosed() {
        Registry before = fullWithTwoWaiting();
        EventCancellationResult result = RegistrationWorkflow.cancelEvent(before, GOLD_EVENT);
        assertThat(result.event().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(result.cancelled()).extracting(r -> r.id().value()).containsExactly("r1", "r2", "r3", "r4");
        assertThat(result.changes().size()).isEqualTo(5);
        assertReplays(before, result);
    }

    @Test
    void markingAttendancePutsTheAttendedRegistration() {
        Registry before = fullWithTwoWaiting();
        AttendanceResult result = RegistrationWorkflow.markAttended(before, RegistrationId.of("r1"));
        assertThat(result.attended().state()).isEqualTo(RegistrationState.ATTENDED);
        assertThat(result.changes().puts(EntityKind.REGISTRATION)).containsExactly(result.attended());
        assertReplays(before, result);
    }
}
