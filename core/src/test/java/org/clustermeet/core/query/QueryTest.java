package org.clustermeet.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.DAY;
import static org.clustermeet.core.registry.TestRegistry.ECA;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.MINISTRY;
import static org.clustermeet.core.registry.TestRegistry.OPEN_EVENT;
import static org.clustermeet.core.registry.TestRegistry.SAC;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.Test;

class QueryTest {

    private final Registry registry = TestRegistry.build();

    private static List<String> ids(List<? extends Organisation> organisations) {
        return organisations.stream().map(o -> o.id().value()).toList();
    }

    @Test
    void goldHoldersOnTheMeetingDay() {
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.GOLD, DAY))).containsExactly("gold-de");
    }

    @Test
    void silverOrHigherHoldersIncludeGold() {
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.SILVER, DAY))).containsExactly("gold-de", "silver-fr");
    }

    @Test
    void goldHoldersOnTheLastDayOfAnExpiredLabelIncludeIt() {
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.GOLD, LocalDate.of(2019, 2, 28)))).containsExactly("sac");
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.GOLD, LocalDate.of(2019, 3, 1)))).containsExactly("gold-de");
    }

    @Test
    void aHolderOfSeveralValidLabelsIsListedOnce() {
        Registry twice = registry.edit().put(QualityLabel.of(LabelId.of("gold-de-bronze"), GOLD_DE, TestRegistry.ESCA,
                LabelLevel.BRONZE, LocalDate.of(2019, 6, 1))).apply();
        assertThat(ids(LabelQueries.of(twice).holders(LabelLevel.BRONZE, DAY))).containsExactly("gold-de", "silver-fr");
        assertThat(ids(LabelQueries.of(twice).holders(LabelLevel.BRONZE, DAY, CountryCode.of("DE")))).containsExactly("gold-de");
    }

    @Test
    void labelHoldersByCountry() {
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.BRONZE, DAY, CountryCode.of("FR")))).containsExactly("silver-fr");
        assertThat(LabelQueries.of(registry).holders(LabelLevel.BRONZE, DAY, CountryCode.of("PL"))).isEmpty();
    }

    @Test
    void labelHoldersByEcosystem() {
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.BRONZE, DAY, IndustrialEcosystem.HEALTH)))
                .containsExactly("gold-de", "silver-fr");
        assertThat(ids(LabelQueries.of(registry).holders(LabelLevel.GOLD, DAY, IndustrialEcosystem.DIGITAL)))
                .containsExactly("gold-de");
    }

    @Test
    void membersOfTheAllianceOn28February2020IncludeMembersOfItsAssociations() {
        assertThat(ids(MembershipQueries.of(registry).membersOn(ECA, LocalDate.of(2020, 2, 28)))).containsExactly("sac", "zp");
        assertThat(ids(MembershipQueries.of(registry).directMembersOn(ECA, LocalDate.of(2020, 2, 28)))).containsExactly("zp");
    }

    @Test
    void allianceHadNoMembersBeforeItsFounding() {
        assertThat(MembershipQueries.of(registry).membersOn(ECA, LocalDate.of(2019, 9, 8))).isEmpty();
    }

    @Test
    void endedMembershipNoLongerCounts() {
        Registry r = registry.edit().put(registry.membership(
                org.clustermeet.core.id.MembershipId.of("sac-in-zp")).orElseThrow().endedOn(LocalDate.of(2019, 12, 31))).apply();
        assertThat(MembershipQueries.of(r).isMemberOn(SAC, ECA, LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(MembershipQueries.of(r).isMemberOn(SAC, ECA, LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void personHoldsSeveralRolesAtOnce() {
        Registry r = registry.edit().put(registry.person(TestRegistry.person(0)).orElseThrow()
                .withRole(PersonRole.of(ZP, "President", LocalDate.of(2019, 1, 1)))).apply();
        assertThat(PeopleQueries.of(r).rolesOn(TestRegistry.person(0), DAY)).extracting(PersonRole::organisation)
                .containsExactly(SAC, ZP);
        assertThat(PeopleQueries.of(r).rolesOn(TestRegistry.person(0), LocalDate.of(2018, 6, 1))).extracting(PersonRole::organisation)
                .containsExactly(SAC);
    }

    @Test
    void personsEventsIncludeRegistrationsAndTalks() {
        Event talk = Event.builder(EventId.of("talk"), "Talk", EventKind.CONFERENCE, EventSchedule.day(DAY.minusDays(30)))
                .sessions(Session.of(SessionId.of("s"), 1, "S", SessionFormat.PANEL)
                        .withContributions(List.of(Contribution.of(TestRegistry.person(1), "Clusters"))))
                .build();
        Registry r = registered(registry.edit().put(talk).apply(),
                request("r1", OPEN_EVENT, 1, GOLD_DE, EventRole.OBSERVER, 0));
        assertThat(PeopleQueries.of(r).eventsOf(TestRegistry.person(1))).extracting(e -> e.id().value()).containsExactly("talk", "open-event");
        assertThat(PeopleQueries.of(r).eventsOf(TestRegistry.person(2))).isEmpty();
    }

    @Test
    void cancelledRegistrationIsNotAmongAPersonsEvents() {
        Registry r = RegistrationWorkflow.cancel(registered(registry,
                request("r1", OPEN_EVENT, 1, GOLD_DE, EventRole.OBSERVER, 0)),
                org.clustermeet.core.id.RegistrationId.of("r1")).registry();
        assertThat(PeopleQueries.of(r).eventsOf(TestRegistry.person(1))).isEmpty();
    }

    @Test
    void retentionFindsThoseWhoseEveryRegistrationIsForAnEventThatEndedBeforeTheDay() {
        Event later = Event.builder(EventId.of("later"), "Later", EventKind.CONFERENCE,
                EventSchedule.day(DAY.plusMonths(6))).build();
        Registry r = registered(registry.edit().put(later).apply(),
                request("r1", OPEN_EVENT, 1, GOLD_DE, EventRole.OBSERVER, 0),
                request("r2", OPEN_EVENT, 6, GOLD_DE, EventRole.OBSERVER, 0),
                request("r3", EventId.of("later"), 6, GOLD_DE, EventRole.OBSERVER, 0));
        assertThat(r.registrations()).hasSize(3);
        LocalDate openEnds = r.event(OPEN_EVENT).orElseThrow().schedule().lastDay();

        assertThat(PeopleQueries.of(r).lastRegisteredBefore(openEnds.plusDays(1))).containsExactly(TestRegistry.person(1));
        assertThat(PeopleQueries.of(r).lastRegisteredBefore(openEnds)).isEmpty();
        assertThat(PeopleQueries.of(r).lastRegisteredBefore(DAY.plusYears(1)))
                .containsExactly(TestRegistry.person(1), TestRegistry.person(6));
    }

    @Test
    void retentionLeavesOutThoseAlreadyErased() {
        Registry r = registered(registry, request("r1", OPEN_EVENT, 1, GOLD_DE, EventRole.OBSERVER, 0));
        Registry erased = r.edit().put(r.person(TestRegistry.person(1)).orElseThrow().erased()).apply();

        assertThat(PeopleQueries.of(erased).lastRegisteredBefore(DAY.plusYears(1))).isEmpty();
    }

    @Test
    void eventsInADateRangeOverlapIt() {
        assertThat(EventQueries.of(registry).eventsBetween(DAY, DAY)).extracting(e -> e.id().value()).containsExactly("gold-event");
        assertThat(EventQueries.of(registry).eventsBetween(DAY.plusDays(11), DAY.plusDays(20))).extracting(e -> e.id().value())
                .containsExactly("open-event");
        assertThat(EventQueries.of(registry).eventsBetween(DAY.minusDays(10), DAY.plusDays(30))).hasSize(2);
    }

    @Test
    void reversedDateRangeIsRefused() {
        assertThatThrownBy(() -> EventQueries.of(registry).eventsBetween(DAY, DAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to 2019-12-03 is before from 2019-12-04");
    }

    @Test
    void participantsByRoleShowTheOrganisationNameOfTheEventDate() {
        Event before = Event.builder(EventId.of("sept"), "September", EventKind.SUMMIT,
                EventSchedule.day(LocalDate.of(2019, 9, 9))).build();
        Registry r = registered(registry.edit().put(before).apply(),
                request("r1", EventId.of("sept"), 4, MINISTRY, EventRole.ORGANISER, -100_000),
                request("r2", OPEN_EVENT, 4, MINISTRY, EventRole.ORGANISER, 0),
                request("r3", OPEN_EVENT, 1, GOLD_DE, EventRole.OBSERVER, 1));
        assertThat(EventQueries.of(r).participantsByRole(EventId.of("sept")).get(EventRole.ORGANISER)).singleElement()
                .satisfies(p -> assertThat(p.organisationName()).isEqualTo("Ministry of Entrepreneurship and Technology"));
        Map<EventRole, List<Participant>> december = EventQueries.of(r).participantsByRole(OPEN_EVENT);
        assertThat(december).containsOnlyKeys(EventRole.OBSERVER, EventRole.ORGANISER);
        assertThat(december.get(EventRole.ORGANISER)).singleElement()
                .satisfies(p -> {
                    assertThat(p.organisationName()).isEqualTo("Ministry of Development");
                    assertThat(p.name()).isEqualTo("Given4 Family4");
                });
    }

    @Test
    void reportCountsEachOrganisationOnceAndComputesShares() {
        Registry r = registered(registry.edit().put(registry.event(GOLD_EVENT).orElseThrow().withCapacity(10)).apply(),
                request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0),
                request("r2", GOLD_EVENT, 6, GOLD_DE, EventRole.CLUSTER_MANAGER, 1),
                request("r3", GOLD_EVENT, 3, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 2));
        EventReport report = EventReports.of(r).report(GOLD_EVENT);
        assertThat(report.participants()).isEqualTo(3);
        assertThat(report.clusterOrganisations()).containsExactly(GOLD_DE);
        assertThat(report.smesRepresented()).isEqualTo(50);
        assertThat(report.countries()).containsExactly(CountryCode.of("DE"));
        assertThat(report.ecosystems()).containsExactlyInAnyOrder(IndustrialEcosystem.HEALTH, IndustrialEcosystem.DIGITAL);
        assertThat(report.otherParticipantsByRole()).containsExactly(Map.entry(EventRole.ASSOCIATION_REPRESENTATIVE, 1));
        assertThat(report.registryShare().get(LabelLevel.GOLD)).isEqualTo(new EventReport.LabelShare(1, 1));
        assertThat(report.registryShare().get(LabelLevel.SILVER)).isEqualTo(new EventReport.LabelShare(1, 2));
        assertThat(report.registryShare().get(LabelLevel.SILVER).ratio()).hasValue(0.5);
    }

    @Test
    void reportOfAnUnknownEventIsAnArgumentError() {
        assertThatThrownBy(() -> EventReports.of(registry).report(EventId.of("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no event with id nope in the registry");
    }

    @Test
    void reportLeavesOutWaitlistedAndCancelledRegistrations() {
        Registry r = registered(registry,
                request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0),
                request("r2", GOLD_EVENT, 3, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 1),
                request("r3", GOLD_EVENT, 8, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 2));
        assertThat(EventReports.of(r).report(GOLD_EVENT).participants()).isEqualTo(2);
        Registry cancelled = RegistrationWorkflow.cancel(r, org.clustermeet.core.id.RegistrationId.of("r1")).registry();
        EventReport report = EventReports.of(cancelled).report(GOLD_EVENT);
        assertThat(report.participants()).isEqualTo(2);
        assertThat(report.clusterOrganisations()).isEmpty();
        assertThat(report.otherParticipants()).isEqualTo(2);
    }

    /** The registry after the requests, each answered in turn. */
    private static Registry registered(Registry registry, RegistrationRequest... requests) {
        Registry r = registry;
        for (RegistrationRequest request : requests) {
            r = RegistrationWorkflow.register(r, request).registry();
        }
        return r;
    }
}
