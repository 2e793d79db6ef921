package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.junit.jupiter.api.Test;

/** What each workflow step did, in the words a history shows. */
class HappeningTest {

    private static Registry withThreeRegistrations() {
        return TestRegistry.withGoldEventRegistrations(3);
    }

    @Test
    void aWaitlistedRequestSaysItsPosition() {
        Registry r = withThreeRegistrations();
        RegistrationResult result = RegistrationWorkflow.register(r, request("r4", GOLD_EVENT, 8, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, 3));
        assertThat(Happening.of(result)).extracting(Happening::describe).containsExactly("r4 waitlisted (position 2)");
    }

    @Test
    void aRefusedRequestLeavesNothingToTell() {
        RegistrationResult refused = RegistrationWorkflow.register(TestRegistry.build(), request("r1", GOLD_EVENT, 1,
                ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 0));
        assertThat(Happening.of(refused)).isEmpty();
    }

    @Test
    void aCancellationTellsTheRefusedAndThePromotedWithWhy() {
        Registry r = RegistrationWorkflow.register(withThreeRegistrations(), request("r4", GOLD_EVENT, 8, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, 3)).registry().edit().remove(LabelId.of("de-gold-2019")).apply();
        CancellationResult result = RegistrationWorkflow.cancel(r, RegistrationId.of("r2"));
        assertThat(Happening.of(result)).extracting(Happening::describe).containsExactly("r2 cancelled",
                "r3 refused on promotion: Gold cluster DE holds no GOLD label valid on 2019-12-04: it has no GOLD "
                        + "label on record; Gold cluster DE is a cluster organisation, not a cluster association",
                "r4 promoted (after r2 was cancelled)");
    }

    @Test
    void promotionsAndRefusalsAreToldInWaitingListOrder() {
        Registry r = TestRegistry.withGoldEventRegistrations(4);
        r = RegistrationWorkflow.register(r, request("r5", GOLD_EVENT, 11, TestRegistry.GOLD_DE,
                EventRole.CLUSTER_MANAGER, 4)).registry();
        r = RegistrationWorkflow.register(r, request("r6", GOLD_EVENT, 13, ZP, EventRole.ASSOCIATION_REPRESENTATIVE,
                5)).registry();
        r = r.edit().remove(LabelId.of("de-gold-2019")).apply();
        EventChangeResult raised = RegistrationWorkflow.changeEvent(r, r.event(GOLD_EVENT).orElseThrow()
                .withCapacity(4));
        assertThat(Happening.of(raised)).extracting(h -> h.registration().map(Object::toString).orElse("event") + " "
                + h.kind().words()).containsExactly("event event changed", "r3 refused on promotion", "r4 promoted",
                "r5 refused on promotion", "r6 promoted");
    }

    @Test
    void cancellingAnEventTellsTheEventAndEveryRegistrationItClosed() {
        EventCancellationResult result = RegistrationWorkflow.cancelEvent(withThreeRegistrations(), GOLD_EVENT);
        assertThat(Happening.of(result)).extracting(Happening::describe).containsExactly("gold-event event cancelled",
                "r1 cancelled by organiser", "r2 cancelled by organiser", "r3 cancelled by organiser");
    }

    @Test
    void theStatesAloneTellWhatTheyCanWithoutPositionsOrReasons() {
        Registry r = RegistrationWorkflow.register(withThreeRegistrations(), request("r4", GOLD_EVENT, 8, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, 3)).registry().edit().remove(LabelId.of("de-gold-2019")).apply();
        CancellationResult result = RegistrationWorkflow.cancel(r, RegistrationId.of("r2"));
        assertThat(Happening.fromStates(result.changes(), false)).extracting(Happening::describe)
                .containsExactly("r2 cancelled", "r3 refused on promotion", "r4 promoted");
    }

    @Test
    void anEditNamesEachEntityPutOrRemoved() {
        Registry r = TestRegistry.build();
        EditResult edit = new SharedRegistry(r).edit(e -> e.remove(LabelId.of("fr-silver-2019")), Actor.LIBRARY);
        assertThat(Happening.of(edit)).extracting(Happening::describe)
                .containsExactly("edited (removed label fr-silver-2019)");
    }

    @Test
    void theStatesAloneTellARegistrationAsRegisteredAndAnEventChangeFirst() {
        RegistrationResult registered = RegistrationWorkflow.register(TestRegistry.build(), request("r1", GOLD_EVENT, 1,
                TestRegistry.GOLD_DE, EventRole.CLUSTER_MANAGER, 0));
        Registry r = TestRegistry.withGoldEventRegistrations(4);
        EventChangeResult raised = RegistrationWorkflow.changeEvent(r, r.event(GOLD_EVENT).orElseThrow().withCapacity(3));

        assertThat(Happening.fromStates(registered.changes(), false)).extracting(Happening::describe)
                .containsExactly("r1 registered");
        assertThat(Happening.fromStates(raised.changes(), false)).extracting(h -> h.kind().words())
                .containsExactly("event changed", "promoted");
    }

    @Test
    void raisingAnEventsOnlineCapacityPromotesTheOnlineWaitingListAndSaysSo() {
        org.clustermeet.core.id.EventId hybrid = org.clustermeet.core.id.EventId.of("hybrid");
        java.util.function.IntFunction<org.clustermeet.core.event.Event> withOnlinePlaces = online ->
                org.clustermeet.core.event.Event.builder(hybrid, "Hybrid meeting",
                        org.clustermeet.core.event.EventKind.THEMATIC_MEETING,
                        org.clustermeet.core.event.EventSchedule.day(TestRegistry.DAY))
                        .venue(org.clustermeet.core.event.Venue.inCity("Brussels",
                                org.clustermeet.core.value.CountryCode.of("BE")))
                        .delivery(org.clustermeet.core.event.Delivery.hybrid(
                                org.clustermeet.core.value.WebLink.of("https://example.org/hybrid")))
                        .capacity(1).onlineCapacity(online).build();
        Registry r = TestRegistry.build().edit().put(withOnlinePlaces.apply(1)).apply();
        for (int i = 0; i < 3; i++) {
            r = RegistrationWorkflow.register(r, request("h" + i, hybrid, i, TestRegistry.employer(i),
                    EventRole.OBSERVER, i).attending(i == 0
                    ? org.clustermeet.core.participation.AttendanceMode.IN_PERSON
                    : org.clustermeet.core.participation.AttendanceMode.ONLINE)).registry();
        }

        EventChangeResult raised = RegistrationWorkflow.changeEvent(r, withOnlinePlaces.apply(2));

        assertThat(raised.promotions().promoted()).extracting(reg -> reg.id().value()).containsExactly("h2");
        assertThat(Happening.of(raised)).extracting(Happening::describe).containsExactly("hybrid event changed",
                "h2 promoted (after places were added)");
    }
}
