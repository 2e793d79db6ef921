package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

/** A clash in a programme is an integrity problem of its event, found by building and by editing (illustrative data). */
class ClashIntegrityTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Person ANNA = Person.of(PersonId.of("anna"), "Anna", "Illustrative");

    private static TimeSlot slot(String from, String to) {
        return new TimeSlot(LocalDateTime.parse("2027-05-12T" + from).atZone(WARSAW),
                LocalDateTime.parse("2027-05-12T" + to).atZone(WARSAW));
    }

    private static Event forum(boolean plenaryMayOverlap) {
        Session opening = Session.of(SessionId.of("opening"), 1, "Opening", SessionFormat.PLENARY)
                .withSlot(slot("10:00", "11:00")).withRoom("Hall A").withMayOverlap(plenaryMayOverlap)
                .withContributions(List.of(Contribution.of(ANNA.id(), "Welcome")));
        Session workshop = Session.of(SessionId.of("workshop"), 2, "Workshop", SessionFormat.WORKSHOP)
                .withSlot(slot("10:30", "12:00")).withRoom("Hall A")
                .withContributions(List.of(Contribution.of(ANNA.id(), "Hands on")));
        return Event.builder(EventId.of("forum"), "Illustrative forum", EventKind.CONFERENCE,
                        EventSchedule.timed(slot("09:00", "18:00")))
                .venue(Venue.of("Illustrative Hall", "Warsaw", CountryCode.of("PL")).withRooms(List.of(Room.of("Hall A", 120))))
                .sessions(opening, workshop).build();
    }

    @Test
    void aRegistryWithClashingSessionsIsRefusedWithEveryClashNamed() {
        RegistryIntegrityException refused = catchThrowableOfType(RegistryIntegrityException.class,
                () -> Registry.builder().add(ANNA).add(forum(false)).build());

        assertThat(refused.problems()).extracting(IntegrityProblem::message).containsExactly(
                "sessions opening and workshop are both in room \"Hall A\" from 2027-05-12 10:30 to 11:00 (Europe/Warsaw)",
                "person anna speaks in sessions opening and workshop, which overlap from 2027-05-12 10:30 to 11:00 (Europe/Warsaw)");
    }

    @Test
    void anEditThatMakesAClashIsRefused() {
        Registry registry = Registry.builder().add(ANNA).add(forum(true)).build();

        RegistryIntegrityException refused = catchThrowableOfType(RegistryIntegrityException.class,
                () -> registry.edit().put(forum(false)).apply());

        assertThat(refused.problems()).hasSize(2);
    }

    @Test
    void aSessionMarkedToOverlapKeepsTheRegistryValid() {
        assertThat(Registry.builder().add(ANNA).add(forum(true)).build().validate()).isEmpty();
    }
}
