package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.DAY;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.OPEN_EVENT;
import static org.clustermeet.core.registry.TestRegistry.SAC;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.RegistrationWindow;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.report.Attendance;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registration rules: who may represent whom, promotion re-checks, the
 * registration window and cancelled events, each at its boundaries.
 */
class RegistrationRulesTest {

    private static final PersonId KRYSTOWSKI = PersonId.of("krzysztof-krystowski");

    private final Registry registry = TestRegistry.build();

    private static RegistrationOutcome outcome(Registry registry, RegistrationRequest request) {
        return RegistrationWorkflow.register(registry, request).outcome();
    }

    private static List<Refusal.Reason> reasons(RegistrationOutcome outcome) {
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Refused.class);
        return ((RegistrationOutcome.Refused) outcome).refusals().stream().map(Refusal::reason).toList();
    }

    private Registry withPerson(Person person) {
        return registry.edit().put(person).apply();
    }

    // ------------------------------------------------------------ who may represent whom

    @Test
    void aPersonWithoutARoleAtTheOrganisationIsRefusedNamingPersonOrganisationAndDay() {
        // person 1 works for the Gold cluster DE, not for ZP
        RegistrationOutcome o = outcome(registry, request("r1", GOLD_EVENT, 1, ZP,
                EventRole.ASSOCIATION_REPRESENTATIVE, 0));
        assertThat(o).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r -> assertThat(r.reasons())
                .containsExactly("Given1 Family1 holds no role at Polish Clusters Employers' Association on "
                        + "2019-12-04 and so cannot represent it"));
    }

    @ParameterizedTest(name = "role {0}..{1}: accepted {2}")
    @CsvSource({
            "2015-01-01, 2019-12-03, false",   // ended the day before the event
            "2015-01-01, 2019-12-04, true",    // ends on the event's day
            "2019-12-04, 2020-12-31, true",    // begins on the event's day
            "2019-12-05, 2020-12-31, false",   // begins the day after
    })
    void theRoleMustBeHeldOnTheEventsFirstDay(LocalDate from, LocalDate until, boolean accepted) {
        Registry r = withPerson(Person.of(KRYSTOWSKI, "Krzysztof", "Krystowski")
                .withRole(new PersonRole(ZP, "President", DateRange.of(from, until))));
        RegistrationOutcome o = outcome(r, new RegistrationRequest(RegistrationId.of("r1"), GOLD_EVENT, KRYSTOWSKI,
                ZP, EventRole.ASSOCIATION_REPRESENTATIVE, Instant.parse("2019-11-01T10:00:00Z")));
        if (accepted) {
            assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
        } else {
            assertThat(reasons(o)).containsExactly(Refusal.Reason.NO_ROLE_AT_ORGANISATION);
        }
    }

    @Test
    void aPersonWithRolesAtTwoOrganisationsRepresentsTheOneTheRegistrationNames() {
        Registry r = withPerson(Person.of(KRYSTOWSKI, "Krzysztof", "Krystowski")
                .withRole(PersonRole.of(ZP, "President", LocalDate.of(2016, 1, 1)))
                .withRole(PersonRole.of(SAC, "President", LocalDate.of(2016, 1, 1))));
        RegistrationResult asZp = RegistrationWorkflow.register(r, new RegistrationRequest(RegistrationId.of("r1"),
                OPEN_EVENT, KRYSTOWSKI, ZP, EventRole.SPEAKER, Instant.parse("2019-11-01T10:00:00Z")));
        assertThat(asZp.outcome()).isInstanceOf(RegistrationOutcome.Accepted.class);
        assertThat(asZp.registry().registration(RegistrationId.of("r1")).orElseThrow().organisation()).isEqualTo(ZP);
        assertThat(RegistrationWorkflow.checkEligibility(r, OPEN_EVENT, KRYSTOWSKI, SAC, EventRole.SPEAKER)
                .isEligible()).isTrue();
        assertThat(RegistrationWorkflow.checkEligibility(r, OPEN_EVENT, KRYSTOWSKI, GOLD_DE, EventRole.SPEAKER)
                .isEligible()).isFalse();
    }

    @Test
    void anEventMayWaiveTheAffiliationForSomeRoles() {
        Event open = registry.event(OPEN_EVENT).orElseThrow().toBuilder().waiveAffiliationFor(EventRole.SPEAKER)
                .build();
        Registry r = registry.edit().put(open).apply();
        assertThat(outcome(r, request("r1", OPEN_EVENT, 1, ZP, EventRole.SPEAKER, 0)))
                .isInstanceOf(RegistrationOutcome.Accepted.class);
        assertThat(reasons(outcome(r, request("r2", OPEN_EVENT, 2, ZP, EventRole.OBSERVER, 0))))
                .containsExactly(Refusal.Reason.NO_ROLE_AT_ORGANISATION);
    }

    // ------------------------------------------------------------ promotion re-checks

    private Registry fullGoldEventWithTwoWaiting() {
        Registry r = TestRegistry.withGoldEventRegistrations(4);
        assertThat(RegistrationWorkflow.waitingList(r, GOLD_EVENT)).extracting(x -> x.id().value())
                .containsExactly("r3", "r4");
        return r;
    }

    @Test
    void aWaitlistedRegistrationWhoseOrganisationLostItsLabelIsRefusedAndTheNextPromoted() {
        Registry r = fullGoldEventWithTwoWaiting().edit().remove(LabelId.of("de-gold-2019")).apply();
        CancellationResult result = RegistrationWorkflow.cancel(r, RegistrationId.of("r2"));
        assertThat(result.promotions().refused()).singleElement().satisfies(refused -> {
            assertThat(refused.registration().id().value()).isEqualTo("r3");
            assertThat(refused.registration().state()).isEqualTo(RegistrationState.REFUSED);
            assertThat(refused.reasons()).containsExactly(
                    "Gold cluster DE holds no GOLD label valid on 2019-12-04: it has no GOLD label on record",
                    "Gold cluster DE is a cluster organisation, not a cluster association");
        });
        assertThat(result.promoted()).hasValueSatisfying(p -> assertThat(p.id().value()).isEqualTo("r4"));
        assertThat(result.registry().registration(RegistrationId.of("r3")).orElseThrow().state())
                .isEqualTo(RegistrationState.REFUSED);
        assertThat(RegistrationWorkflow.waitingList(result.registry(), GOLD_EVENT)).isEmpty();
        assertThat(result.registry().validate()).isEmpty();
    }

    @Test
    void whenNobodyOnTheWaitingListQualifiesThePlaceStaysFree() {
        Registry r = fullGoldEventWithTwoWaiting().edit().remove(LabelId.of("de-gold-2019")).apply();
        // r4's person left ZP the day before the event
        Person p8 = r.person(TestRegistry.person(8)).orElseThrow();
        Person left = new Person(p8.id(), p8.givenName(), p8.familyName(), p8.email(), p8.phone(),
                List.of(new PersonRole(ZP, "Manager", DateRange.of(LocalDate.of(2015, 1, 1), DAY.minusDays(1)))),
                p8.namePublication());
        CancellationResult result = RegistrationWorkflow.cancel(r.edit().put(left).apply(), RegistrationId.of("r2"));
        assertThat(result.promoted()).isEmpty();
        assertThat(result.promotions().refused()).extracting(x -> x.registration().id().value())
                .containsExactly("r3", "r4");
        assertThat(result.promotions().refused().get(1).refusals()).extracting(Refusal::reason)
                .containsExactly(Refusal.Reason.NO_ROLE_AT_ORGANISATION);
        assertThat(result.registry().validate()).isEmpty();
    }

    @Test
    void raisingTheCapacityAlsoReChecksTheWaitingList() {
        Registry r = fullGoldEventWithTwoWaiting().edit().remove(LabelId.of("de-gold-2019")).apply();
        EventChangeResult result = RegistrationWorkflow.changeEvent(r, r.event(GOLD_EVENT).orElseThrow()
                .withCapacity(3));
        assertThat(result.promotions().refused()).extracting(x -> x.registration().id().value())
                .containsExactly("r3");
        assertThat(result.promotions().promoted()).extracting(x -> x.id().value()).containsExactly("r4");
    }

    @Test
    void theReportOfAGoldOnlyMeetingShowsNoClusterWithoutLabelAfterPromotions() {
        Registry r = fullGoldEventWithTwoWaiting().edit().remove(LabelId.of("de-gold-2019")).apply();
        r = RegistrationWorkflow.cancel(r, RegistrationId.of("r1")).registry();
        // r1 (the only Gold cluster DE place) is gone; r3 was refused, r4 (an association) promoted
        assertThat(EventReports.of(r).report(GOLD_EVENT).clusterOrganisationsWithoutLabel()).isZero();
    }

    // ------------------------------------------------------------ registration window

    @ParameterizedTest(name = "request at {0}: accepted {1}")
    @CsvSource({
            "2019-12-03T22:59:59.999Z, true",    // the last instant before the (whole-day) event starts in Brussels
            "2019-12-03T23:30:00Z, false",       // 00:30 in Brussels on the event's day
            "2019-12-05T10:00:00Z, false",       // the day after
    })
    void byDefaultRegistrationClosesWhenTheEventStartsInTheVenuesTimeZone(Instant at, boolean accepted) {
        RegistrationOutcome o = outcome(registry, new RegistrationRequest(RegistrationId.of("r1"), GOLD_EVENT,
                TestRegistry.person(1), GOLD_DE, EventRole.CLUSTER_MANAGER, at));
        if (accepted) {
            assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
        } else {
            assertThat(o).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r -> assertThat(r.reasons())
                    .containsExactly("registration for event gold-event closed at 2019-12-03T23:00:00Z; the request "
                            + "arrived at " + at));
        }
    }

    @ParameterizedTest(name = "request at {0}: {1}")
    @CsvSource({
            "2019-10-31T23:59:59Z, REGISTRATION_NOT_YET_OPEN",
            "2019-11-01T00:00:00Z, ",
            "2019-11-30T23:59:59Z, ",
            "2019-12-01T00:00:00Z, REGISTRATION_CLOSED",
    })
    void anExplicitWindowIsCheckedAgainstTheArrivalTime(Instant at, Refusal.Reason expected) {
        Event e = registry.event(GOLD_EVENT).orElseThrow().toBuilder().registrationWindow(RegistrationWindow.of(
                Instant.parse("2019-11-01T00:00:00Z"), Instant.parse("2019-12-01T00:00:00Z"))).build();
        Registry r = registry.edit().put(e).apply();
        RegistrationOutcome o = outcome(r, new RegistrationRequest(RegistrationId.of("r1"), GOLD_EVENT,
                TestRegistry.person(1), GOLD_DE, EventRole.CLUSTER_MANAGER, at));
        if (expected == null) {
            assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
        } else {
            assertThat(reasons(o)).containsExactly(expected);
        }
    }

    @Test
    void aWholeDayEventWithoutAVenueInEuropeClosesAtMidnightUtc() {
        Event online = Event.builder(EventId.of("online"), "Online", EventKind.WEBINAR, EventSchedule.day(TestRegistry.DAY))
                .build();
        Event abroad = online.toBuilder().venue(Venue.inCity("Washington", CountryCode.of("US"))).build();
        assertThat(online.registrationCloses()).isEqualTo(Instant.parse("2019-12-04T00:00:00Z"));
        assertThat(abroad.registrationCloses()).isEqualTo(Instant.parse("2019-12-04T00:00:00Z"));
    }

    @Test
    void aWholeDayEventInWarsawClosesAtMidnightInWarsaw() {
        Event warsaw = Event.builder(EventId.of("warsaw"), "Warsaw", EventKind.THEMATIC_MEETING,
                EventSchedule.day(LocalDate.of(2020, 7, 1))).venue(Venue.inCity("Warsaw", CountryCode.of("PL"))).build();
        assertThat(warsaw.registrationCloses()).isEqualTo(Instant.parse("2020-06-30T22:00:00Z"));
    }

    @Test
    void aTimedEventClosesAtItsStartTime() {
        Event timed = Event.builder(EventId.of("timed"), "Timed", EventKind.WEBINAR, EventSchedule.timed(
                new TimeSlot(ZonedDateTime.parse("2019-12-04T10:00+01:00[Europe/Brussels]"),
                        ZonedDateTime.parse("2019-12-04T12:00+01:00[Europe/Brussels]")))).build();
        assertThat(timed.registrationCloses()).isEqualTo(Instant.parse("2019-12-04T09:00:00Z"));
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefused() {
        assertThatThrownBy(() -> RegistrationWindow.of(Instant.parse("2019-12-01T00:00:00Z"),
                Instant.parse("2019-11-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registration window closes at 2019-11-01T00:00:00Z, not after it opens at "
                        + "2019-12-01T00:00:00Z");
    }

    // ------------------------------------------------------------ cancelled events

    @Test
    void cancellingAnEventClosesItsRegistrationsAsCancelledByTheOrganiser() {
        Registry r = fullGoldEventWithTwoWaiting();
        Registry cancelled = RegistrationWorkflow.cancelEvent(r, GOLD_EVENT).registry();
        assertThat(cancelled.event(GOLD_EVENT).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.registrationsFor(GOLD_EVENT)).extracting(Registration::state)
                .containsOnly(RegistrationState.CANCELLED_BY_ORGANISER).hasSize(4);
        assertThat(cancelled.validate()).isEmpty();
    }

    @Test
    void anActiveRegistrationAtACancelledEventIsAnIntegrityProblem() {
        Registry r = fullGoldEventWithTwoWaiting();
        assertThatThrownBy(() -> r.edit().put(r.event(GOLD_EVENT).orElseThrow().withStatus(EventStatus.CANCELLED))
                .apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("registration r1: is REGISTERED although event gold-event is cancelled");
    }

    @Test
    void aHeldEventCannotBeCancelled() {
        Registry r = registry.edit().put(registry.event(GOLD_EVENT).orElseThrow().withStatus(EventStatus.HELD))
                .apply();
        assertThatThrownBy(() -> RegistrationWorkflow.cancelEvent(r, GOLD_EVENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event gold-event is HELD; only a PLANNED or POSTPONED event can be cancelled");
    }

    // ------------------------------------------------------------ attendance in reports

    @Test
    void beforeTheEventTheReportCountsPlacesAndTheWaitingList() {
        EventReport report = EventReports.of(fullGoldEventWithTwoWaiting()).report(GOLD_EVENT);
        assertThat(report.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(report.attendance()).isEqualTo(new Attendance(2, 0, 0, 2, 0, 0, 0));
        assertThat(report.participants()).isEqualTo(2);
    }

    @Test
    void aHeldEventWithNobodyMarkedAsAttendedReportsNoParticipantsButNoShows() {
        Registry r = fullGoldEventWithTwoWaiting();
        r = r.edit().put(r.event(GOLD_EVENT).orElseThrow().withStatus(EventStatus.HELD)).apply();
        EventReport report = EventReports.of(r).report(GOLD_EVENT);
        assertThat(report.participants()).isZero();
        assertThat(report.clusterOrganisations()).isEmpty();
        assertThat(report.attendance()).isEqualTo(new Attendance(0, 0, 2, 2, 0, 0, 0));
    }

    @Test
    void aHeldEventCountsTheAttendedAsParticipantsAndTheRestAsNoShows() {
        Registry r = RegistrationWorkflow.markAttended(fullGoldEventWithTwoWaiting(), RegistrationId.of("r1")).registry();
        r = r.edit().put(r.event(GOLD_EVENT).orElseThrow().withStatus(EventStatus.HELD)).apply();
        EventReport report = EventReports.of(r).report(GOLD_EVENT);
        assertThat(report.participants()).isEqualTo(1);
        assertThat(report.clusterOrganisations()).containsExactly(GOLD_DE);
        assertThat(report.attendance()).isEqualTo(new Attendance(0, 1, 1, 2, 0, 0, 0));
    }

    @Test
    void aCancelledEventsReportSaysSoAndShowsTheRegistrationsItClosed() {
        Registry r = RegistrationWorkflow.cancel(fullGoldEventWithTwoWaiting(), RegistrationId.of("r4")).registry();
        EventReport report = EventReports.of(RegistrationWorkflow.cancelEvent(r, GOLD_EVENT).registry()).report(GOLD_EVENT);
        assertThat(report.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(report.participants()).isZero();
        assertThat(report.attendance()).isEqualTo(new Attendance(0, 0, 0, 0, 1, 3, 0));
        assertThat(report.attendance().total()).isEqualTo(4);
    }

    // ------------------------------------------------------------ dated counts in reports

    @ParameterizedTest(name = "counts from {0}: {1} SMEs")
    @CsvSource({"2019-12-03, 55", "2019-12-04, 55", "2019-12-05, 50"})
    void theReportUsesTheMemberCountsInForceOnTheEventsDay(LocalDate asOf, long smes) {
        var gold = (org.clustermeet.core.organisation.ClusterOrganisation) registry.organisation(GOLD_DE).orElseThrow();
        Registry r = registry.edit().put(gold.toBuilder().membersAsOf(asOf, 61, 55).build()).apply();
        r = RegistrationWorkflow.register(r, request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0))
                .registry();
        assertThat(EventReports.of(r).report(GOLD_EVENT).smesRepresented()).isEqualTo(smes);
    }
}
