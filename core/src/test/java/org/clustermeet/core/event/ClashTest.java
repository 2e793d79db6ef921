package org.clustermeet.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

/** Rooms of a venue, and sessions that cannot both happen (illustrative programme). */
class ClashTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final PersonId ANNA = PersonId.of("anna");
    private static final Venue VENUE = Venue.of("Illustrative Hall", "Warsaw", CountryCode.of("PL"))
            .withRooms(List.of(Room.of("Hall A", 200), Room.named("Room 2")));

    private static TimeSlot slot(String from, String to) {
        return new TimeSlot(LocalDateTime.parse("2027-05-12T" + from).atZone(WARSAW),
                LocalDateTime.parse("2027-05-12T" + to).atZone(WARSAW));
    }

    private static Session session(String id, int order, String from, String to) {
        return Session.of(SessionId.of(id), order, "Illustrative session " + id, SessionFormat.WORKSHOP)
                .withSlot(slot(from, to));
    }

    private static Event event(Session... sessions) {
        return Event.builder(EventId.of("forum"), "Illustrative forum", EventKind.CONFERENCE,
                        EventSchedule.timed(slot("09:00", "18:00")))
                .venue(VENUE).sessions(sessions).build();
    }

    @Test
    void twoSessionsInOneRoomAtOverlappingTimesClashForTheOverlap() {
        Event e = event(session("s1", 1, "10:00", "11:00").withRoom("Hall A"),
                session("s2", 2, "10:30", "12:00").withRoom("Hall A"));

        assertThat(Clash.in(e)).singleElement().satisfies(c -> {
            assertThat(c.room()).contains("Hall A");
            assertThat(c.overlap()).isEqualTo(slot("10:30", "11:00"));
            assertThat(c.describe()).isEqualTo("sessions s1 and s2 are both in room \"Hall A\" from "
                    + "2027-05-12 10:30 to 11:00 (Europe/Warsaw)");
        });
    }

    @Test
    void aSpeakerInTwoOverlappingSessionsClashes() {
        Event e = event(session("s1", 1, "10:00", "11:00").withRoom("Hall A")
                        .withContributions(List.of(Contribution.of(ANNA, "Opening"))),
                session("s2", 2, "10:45", "11:30").withRoom("Room 2")
                        .withContributions(List.of(Contribution.of(ANNA, "Panel"))));

        assertThat(Clash.in(e)).singleElement().satisfies(c -> {
            assertThat(c.speaker()).contains(ANNA);
            assertThat(c.describe()).isEqualTo("person anna speaks in sessions s1 and s2, which overlap from "
                    + "2027-05-12 10:45 to 11:00 (Europe/Warsaw)");
        });
    }

    @Test
    void sessionsThatOnlyTouchDoNotClash() {
        Event e = event(session("s1", 1, "10:00", "11:00").withRoom("Hall A"),
                session("s2", 2, "11:00", "12:00").withRoom("Hall A"));

        assertThat(Clash.in(e)).isEmpty();
    }

    @Test
    void aSessionMarkedToOverlapClashesWithNothing() {
        Event e = event(session("plenary", 1, "10:00", "11:00").withRoom("Hall A").withMayOverlap(true),
                session("s2", 2, "10:00", "11:00").withRoom("Hall A"));

        assertThat(Clash.in(e)).isEmpty();
    }

    @Test
    void sessionsWithoutTimesOrWithoutASharedRoomDoNotClash() {
        Event e = event(Session.of(SessionId.of("s1"), 1, "Untimed", SessionFormat.PANEL).withRoom("Hall A"),
                session("s2", 2, "10:00", "11:00").withRoom("Hall A"),
                session("s3", 3, "10:00", "11:00").withRoom("Room 2"),
                session("s4", 4, "10:00", "11:00"));

        assertThat(Clash.in(e)).isEmpty();
    }

    @Test
    void aSessionInARoomTheVenueDoesNotHaveIsRefusedNamingTheRooms() {
        assertThatThrownBy(() -> event(session("s1", 1, "10:00", "11:00").withRoom("Hall B")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event forum: session s1 is in room \"Hall B\", which the venue does not have "
                        + "(its rooms: Hall A, Room 2)");
    }

    @Test
    void aVenueRefusesTwoRoomsOfOneName() {
        assertThatThrownBy(() -> VENUE.withRooms(List.of(Room.named("Hall A"), Room.of("Hall A", 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("room \"Hall A\" occurs twice");
    }

    @Test
    void aRoomSeatsAtLeastOne() {
        assertThatThrownBy(() -> Room.of("Hall A", 0)).hasMessageContaining("capacity of room Hall A (at least 1): 0");
        assertThat(VENUE.room("Room 2")).contains(Room.named("Room 2"));
        assertThat(VENUE.room("Room 3")).isEqualTo(Optional.empty());
    }
}
