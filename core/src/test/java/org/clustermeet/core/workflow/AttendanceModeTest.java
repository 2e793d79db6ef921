package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.DAY;
import static org.clustermeet.core.registry.TestRegistry.OPEN_EVENT;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.util.Locale;

import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.value.WebLink;
import org.junit.jupiter.api.Test;

/** Events and sessions in person, online or hybrid; capacity per kind of place. */
class AttendanceModeTest {

    private static final WebLink LINK = WebLink.of("https://example.org/join");
    private static final EventId HYBRID = EventId.of("hybrid");

    /** A hybrid event with one place in person and one online. */
    private static Registry hybrid() {
        return TestRegistry.build().edit().put(Event.builder(HYBRID, "Hybrid meeting", EventKind.THEMATIC_MEETING,
                EventSchedule.day(DAY)).delivery(Delivery.hybrid(LINK)).capacity(1).onlineCapacity(1).build()).apply();
    }

    private static RegistrationRequest at(String id, int person, AttendanceMode attends, int minute) {
        return request(id, HYBRID, person, TestRegistry.employer(person), EventRole.OBSERVER, minute).attending(attends);
    }

    @Test
    void inPersonAndOnlinePlacesAreCountedApart() {
        RegistrationResult first = RegistrationWorkflow.register(hybrid(), at("r1", 1, AttendanceMode.IN_PERSON, 0));
        RegistrationResult second = RegistrationWorkflow.register(first.registry(), at("r2", 2, AttendanceMode.ONLINE, 1));
        RegistrationResult third = RegistrationWorkflow.register(second.registry(), at("r3", 3, AttendanceMode.IN_PERSON, 2));
        RegistrationResult fourth = RegistrationWorkflow.register(third.registry(), at("r4", 4, AttendanceMode.ONLINE, 3));
        assertThat(first.outcome()).isInstanceOf(RegistrationOutcome.Accepted.class);
        assertThat(second.outcome()).as("the online place is free").isInstanceOf(RegistrationOutcome.Accepted.class);
        assertThat(third.outcome()).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                w -> assertThat(w.position()).isEqualTo(1));
        assertThat(fourth.outcome()).as("first in the online queue")
                .isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class, w -> assertThat(w.position()).isEqualTo(1));
        assertThat(fourth.registry().validate()).isEmpty();
        var report = org.clustermeet.core.report.EventReports.of(fourth.registry()).report(HYBRID);
        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.onlineParticipants()).isEqualTo(1);
        assertThat(report.attendance().waitlisted()).isEqualTo(2);
    }

    @Test
    void waitingPositionsAreCountedPerKindOfPlaceAsRegisteringGivesThem() {
        Registry r = hybrid();
        int minute = 0;
        for (String[] a : new String[][] {{"r1", "IN_PERSON"}, {"r2", "ONLINE"}, {"r3", "IN_PERSON"},
                {"r4", "ONLINE"}, {"r5", "IN_PERSON"}}) {
            r = RegistrationWorkflow.register(r, at(a[0], minute + 1, AttendanceMode.valueOf(a[1]), minute)).registry();
            minute++;
        }

        assertThat(RegistrationWorkflow.waitingPositions(r, HYBRID)).isEqualTo(java.util.Map.of(
                RegistrationId.of("r3"), 1, RegistrationId.of("r4"), 1, RegistrationId.of("r5"), 2));
    }

    @Test
    void aFreedOnlinePlaceGoesToTheFirstWaitingOnline() {
        Registry r = hybrid();
        r = RegistrationWorkflow.register(r, at("r1", 1, AttendanceMode.IN_PERSON, 0)).registry();
        r = RegistrationWorkflow.register(r, at("r2", 2, AttendanceMode.ONLINE, 1)).registry();
        r = RegistrationWorkflow.register(r, at("r3", 3, AttendanceMode.IN_PERSON, 2)).registry();
        r = RegistrationWorkflow.register(r, at("r4", 4, AttendanceMode.ONLINE, 3)).registry();
        CancellationResult result = RegistrationWorkflow.cancel(r, RegistrationId.of("r2"));
        assertThat(result.promoted()).hasValueSatisfying(p -> assertThat(p.id().value()).isEqualTo("r4"));
        assertThat(result.registry().registration(RegistrationId.of("r3")).orElseThrow().state())
                .isEqualTo(RegistrationState.WAITLISTED);
    }

    @Test
    void attendingOnlineAnInPersonEventIsRefused() {
        RegistrationOutcome o = RegistrationWorkflow.register(TestRegistry.build(),
                request("r1", OPEN_EVENT, 1, TestRegistry.employer(1), EventRole.OBSERVER, 0)
                        .attending(AttendanceMode.ONLINE)).outcome();
        assertThat(o).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, x -> {
            assertThat(x.reasons()).containsExactly("event open-event cannot be attended online: it is in person");
            assertThat(x.reasons(Locale.forLanguageTag("pl"))).containsExactly(
                    "w wydarzeniu open-event nie można uczestniczyć online: odbywa się ono stacjonarnie");
        });
    }

    @Test
    void anOnlineEventNeedsALinkAndHasNoInPersonPlaces() {
        assertThatThrownBy(() -> new Delivery(AttendanceMode.ONLINE, java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an ONLINE delivery needs its onlineLink");
        assertThatThrownBy(() -> Event.builder(EventId.of("w"), "Webinar", EventKind.WEBINAR, EventSchedule.day(DAY))
                .delivery(Delivery.online(LINK)).capacity(10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event w is online and has no in-person places (capacity 10); limit onlineCapacity instead");
        assertThatThrownBy(() -> Event.builder(EventId.of("m"), "Meeting", EventKind.WEBINAR, EventSchedule.day(DAY))
                .onlineCapacity(10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event m is in person and has no online places (onlineCapacity 10)");
    }

    @Test
    void aSessionMayBeOnlineOnlyInsideAHybridEvent() {
        Session online = Session.of(SessionId.of("s1"), 1, "Online panel", SessionFormat.PANEL)
                .withDelivery(Delivery.online(LINK));
        assertThat(Event.builder(HYBRID, "Hybrid", EventKind.CONFERENCE, EventSchedule.day(DAY))
                .delivery(Delivery.hybrid(LINK)).sessions(online).build().sessions()).containsExactly(online);
        assertThatThrownBy(() -> Event.builder(HYBRID, "In person", EventKind.CONFERENCE, EventSchedule.day(DAY))
                .sessions(online).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event hybrid is IN_PERSON, so session s1 cannot be ONLINE");
    }

    @Test
    void aPersonAttendsInPersonOrOnlineNotHybrid() {
        assertThatThrownBy(() -> request("r1", HYBRID, 1, TestRegistry.employer(1), EventRole.OBSERVER, 0)
                .attending(AttendanceMode.HYBRID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registration request r1: a person attends IN_PERSON or ONLINE, not HYBRID");
    }
}
