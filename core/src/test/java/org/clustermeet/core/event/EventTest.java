package org.clustermeet.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.SessionId;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);

    private static ZonedDateTime at(int hour, int minute) {
        return ZonedDateTime.of(DAY.atTime(hour, minute), BRUSSELS);
    }

    private static Session session(String id, int order) {
        return Session.of(SessionId.of(id), order, "Session " + order, SessionFormat.PLENARY);
    }

    private static EventBuilder timedMeeting() {
        return Event.builder(EventId.of("m"), "Meeting", EventKind.THEMATIC_MEETING,
                EventSchedule.timed(new TimeSlot(at(9, 0), at(17, 0))));
    }

    @Test
    void sessionInsideTheEventIsAccepted() {
        Event e = timedMeeting().sessions(session("s1", 1).withSlot(new TimeSlot(at(9, 0), at(10, 30)))).build();
        assertThat(e.sessions()).hasSize(1);
    }

    @Test
    void sessionEndingAfterTheEventIsRefused() {
        Session late = session("s1", 1).withSlot(new TimeSlot(at(16, 0), at(17, 1)));
        assertThatThrownBy(() -> timedMeeting().sessions(late).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session s1").hasMessageContaining("lies outside the event");
    }

    @Test
    void sessionOnAnotherDayThanADayScheduleIsRefused() {
        Session nextDay = session("s1", 1).withSlot(new TimeSlot(at(9, 0).plusDays(1), at(10, 0).plusDays(1)));
        assertThatThrownBy(() -> Event.builder(EventId.of("m"), "Meeting", EventKind.THEMATIC_MEETING,
                EventSchedule.day(DAY)).sessions(nextDay).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lies outside the event (2019-12-04)");
    }

    @Test
    void sessionsAreKeptInProgrammeOrder() {
        Event e = timedMeeting().sessions(session("c", 3), session("a", 1), session("b", 2)).build();
        assertThat(e.sessions()).extracting(Session::order).containsExactly(1, 2, 3);
    }

    @Test
    void twoSessionsWithOneOrderAreRefused() {
        assertThatThrownBy(() -> timedMeeting().sessions(session("a", 1), session("b", 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two sessions have order 1");
    }

    @Test
    void repeatedSessionIdIsRefused() {
        assertThatThrownBy(() -> timedMeeting().sessions(session("a", 1), session("a", 2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session id a occurs twice");
    }

    @Test
    void fixedOffsetInsteadOfAnIanaZoneIsRefused() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2019, 12, 4, 9, 0), ZoneOffset.ofHours(1));
        assertThatThrownBy(() -> new TimeSlot(start, start.plusHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IANA region");
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> new TimeSlot(at(10, 0), at(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not after start");
    }

    @Test
    void slotAcrossTheDaylightSavingChangeKeepsItsLocalTimes() {
        ZonedDateTime before = ZonedDateTime.of(LocalDateTime.of(2019, 10, 27, 1, 0), BRUSSELS);
        ZonedDateTime after = ZonedDateTime.of(LocalDateTime.of(2019, 10, 27, 5, 0), BRUSSELS);
        TimeSlot slot = new TimeSlot(before, after);
        assertThat(slot.end().toLocalTime()).hasToString("05:00");
        assertThat(java.time.Duration.between(slot.start(), slot.end())).hasHours(5);
    }

    @Test
    void sideEventWithoutParentIsRefused() {
        assertThatThrownBy(() -> Event.builder(EventId.of("side"), "Side", EventKind.SIDE_EVENT,
                EventSchedule.day(DAY)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must name its parent event");
    }

    @Test
    void eventCannotBeItsOwnParent() {
        assertThatThrownBy(() -> timedMeeting().parent(EventId.of("m")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its own parent");
    }

    @Test
    void eventOpenToAnyoneCannotRestrictWhoMayAttend() {
        assertThatThrownBy(() -> timedMeeting().openRegistration(true)
                .eligibility(org.clustermeet.core.eligibility.EligibilityPolicy.holdsLabel(
                        org.clustermeet.core.label.LabelLevel.GOLD)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event m is open to anyone (openRegistration) and cannot restrict who may attend "
                        + "(eligibility)");
    }

    @Test
    void eventsAreClosedToSelfRegistrationUnlessOpened() {
        assertThat(timedMeeting().build().openRegistration()).isFalse();
        assertThat(timedMeeting().openRegistration(true).build().toBuilder().build().openRegistration()).isTrue();
    }

    @Test
    void capacityBelowOneIsRefused() {
        assertThatThrownBy(() -> timedMeeting().capacity(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity of event m")
                .hasMessageContaining(": 0");
    }

    @Test
    void dayRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> EventSchedule.days(DAY, DAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before first day");
    }

    @Test
    void languagesAreNormalised() {
        assertThat(timedMeeting().languages("EN", "pl").build().languages()).containsExactly("en", "pl");
    }

    @Test
    void negativeTopicInterestIsRefused() {
        assertThatThrownBy(() -> new ProposedTopic(org.clustermeet.core.value.LocalizedText.english("t"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interest");
    }

    @Test
    void withStatusReturnsTheSameEventWhenUnchanged() {
        Event e = timedMeeting().build();
        assertThat(e.withStatus(EventStatus.PLANNED)).isSameAs(e);
        assertThat(e.withStatus(EventStatus.HELD).status()).isEqualTo(EventStatus.HELD);
    }
}
