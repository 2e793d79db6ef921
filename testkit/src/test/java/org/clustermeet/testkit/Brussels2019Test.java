package org.clustermeet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's first acceptance test: the Brussels meeting of 4 December 2019, computed from data. */
class Brussels2019Test {

    private static Registry registry;
    private static EventReport report;

    @BeforeAll
    static void build() {
        registry = Brussels2019.registry();
        report = EventReports.of(registry).report(Brussels2019.MEETING);
    }

    @Test
    void registryIsConsistent() {
        assertThat(registry.validate()).isEmpty();
    }

    @Test
    void meetingWasHeldInBrusselsOnFourthDecember2019() {
        assertThat(report.date()).isEqualTo("2019-12-04");
        assertThat(report.venue()).hasValueSatisfying(v -> assertThat(v.city()).isEqualTo("Brussels"));
        assertThat(registry.event(Brussels2019.MEETING).orElseThrow().status()).isEqualTo(EventStatus.HELD);
    }

    @Test
    void fiftyGoldLabelledClusterOrganisationsTookPart() {
        assertThat(report.clusterOrganisations()).hasSize(50);
        assertThat(report.clusterOrganisationsByLabel()).containsEntry(LabelLevel.GOLD, 50)
                .containsEntry(LabelLevel.SILVER, 0).containsEntry(LabelLevel.BRONZE, 0);
        assertThat(report.clusterOrganisationsWithoutLabel()).isZero();
    }

    @Test
    void theyCameFromSeventeenCountries() {
        assertThat(report.countries()).hasSize(17).extracting(c -> c.value()).contains("PL", "GR");
    }

    @Test
    void theOrganisationsByCountryAddUpToTheFiftyInSeventeenCountries() {
        assertThat(report.clusterOrganisationsByCountry()).hasSize(17);
        assertThat(report.clusterOrganisationsByCountry().keySet()).containsExactlyElementsOf(report.countries());
        assertThat(report.clusterOrganisationsByCountry().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(50);
    }

    @Test
    void everyParticipantIsCountedOnceByRole() {
        assertThat(report.participantsByRole().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(report.participants());
    }

    @Test
    void theyRepresentedMoreThan6500Smes() {
        long expected = report.clusterOrganisations().stream()
                .mapToLong(id -> registry.clusterOrganisations().stream().filter(c -> c.id().equals(id))
                        .findFirst().orElseThrow().smeMembers())
                .sum();
        assertThat(report.smesRepresented()).isEqualTo(expected).isGreaterThan(6_500);
    }

    @Test
    void twentyOtherParticipantsCameFromAssociationsAndLabellingBodies() {
        assertThat(report.otherParticipants()).isEqualTo(20);
        assertThat(report.otherParticipantsByRole()).containsOnlyKeys(EventRole.SPEAKER,
                EventRole.ASSOCIATION_REPRESENTATIVE, EventRole.LABELLING_BODY_REPRESENTATIVE);
        assertThat(report.participants()).isEqualTo(70);
    }

    @Test
    void threeSessionsWithNineProposedTopics() {
        assertThat(report.sessions()).hasSize(3).extracting(EventReport.SessionSummary::order)
                .containsExactly(1, 2, 3);
        assertThat(report.proposedTopics()).isEqualTo(9);
        assertThat(report.sessions().get(1).topics()).isEqualTo(9);
    }

    @Test
    void krystowskiSpokeAboutTheEuropeanClustersAllianceInSessionThree() {
        EventReport.SessionSummary third = report.sessions().get(2);
        assertThat(third.speakers()).containsExactly("Krzysztof Krystowski");
        List<Contribution> talks = registry.event(Brussels2019.MEETING).orElseThrow().sessions().get(2).contributions();
        assertThat(talks).singleElement().satisfies(c -> {
            assertThat(c.speaker()).isEqualTo(Brussels2019.KRYSTOWSKI);
            assertThat(c.title().english()).isEqualTo("The European Clusters Alliance");
        });
    }

    @Test
    void everyParticipatingGoldHolderInTheRegistryIsRepresented() {
        assertThat(report.registryShare().get(LabelLevel.GOLD).represented()).isEqualTo(50);
        assertThat(report.registryShare().get(LabelLevel.GOLD).inRegistry()).isEqualTo(50);
    }

    @Test
    void silesianAviationClusterGoldLabelIsValidOnTheMeetingDay() {
        assertThat(LabelQueries.of(registry).levelInForce(Brussels2019.SILESIAN_AVIATION_CLUSTER, Brussels2019.MEETING_DAY))
                .contains(LabelLevel.GOLD);
    }

    @Test
    void everyInventedOrganisationAndPersonIsMarkedIllustrative() {
        List<String> realOrganisations = List.of("dg-grow", "esca", "eucles", "zp-klastry-polskie",
                "european-clusters-alliance", "pl-ministry-development", "silesian-aviation-cluster");
        assertThat(registry.organisations()).filteredOn(o -> !realOrganisations.contains(o.id().value()))
                .allSatisfy(o -> assertThat(o.name().english()).startsWith("Illustrative"));
        List<PersonId> realPeople = List.of(Brussels2019.KRYSTOWSKI, Brussels2019.EMILEWICZ, Brussels2019.OCIEPA);
        assertThat(registry.people()).filteredOn(p -> !realPeople.contains(p.id()))
                .allSatisfy(p -> assertThat(p.givenName()).contains("Illustrative"));
    }

    @Test
    void theWarsawSummitWasAttendedByTheMinisterAndTheDeputyMinister() {
        assertThat(registry.registrationsFor(Brussels2019.REDS_2019))
                .extracting(r -> registry.person(r.person()).orElseThrow().fullName())
                .containsExactlyInAnyOrder("Jadwiga Emilewicz", "Marcin Ociepa");
    }

    @Test
    void theMeetingRecordsTheArticlesStatedFiguresAndItsPresentationsPage() {
        Event meeting = registry.event(Brussels2019.MEETING).orElseThrow();
        assertThat(meeting.stated(StatedFigure.Figure.SMES_REPRESENTED).orElseThrow().describe())
                .isEqualTo("more than 6,500");
        assertThat(meeting.stated(StatedFigure.Figure.OTHER_PARTICIPANTS).orElseThrow().describe())
                .isEqualTo("about 20");
        assertThat(meeting.stated(StatedFigure.Figure.SHARE_OF_GOLD_LABEL_HOLDERS).orElseThrow().qualifier())
                .isEqualTo(StatedCount.Qualifier.NEARLY);
        assertThat(meeting.stated(StatedFigure.Figure.SECTORS).orElseThrow().items())
                .containsExactly("energy", "health", "automotive", "agri-food");
        assertThat(meeting.materials()).extracting(Object::toString)
                .containsExactly("https://www.clustercollaboration.eu/news/meeting-50-gold-label-clusters");
        assertThat(meeting.sessions().get(1).topics()).filteredOn(t -> t.amongMostPopular())
                .extracting(t -> t.title().english()).containsExactly("Clusters and digital innovation hubs",
                        "The definition of clusters", "Internationalisation");
    }

    @Test
    void refusalsInPolishUseThePolishNamesFromTheData() {
        List<String> reasons = RegistrationWorkflow.checkEligibility(registry, Brussels2019.MEETING,
                Brussels2019.EMILEWICZ, Brussels2019.POLISH_MINISTRY, EventRole.OBSERVER)
                .failures(java.util.Locale.forLanguageTag("pl"));
        assertThat(reasons).contains("osoba Jadwiga Emilewicz nie pełni w dniu 2019-12-04 żadnej funkcji w: "
                + "Ministerstwo Rozwoju, więc nie może jej reprezentować");
    }

    @Test
    void theMinistrysNameIsNotGivenBeforeTheSourcesAttestIt() {
        var ministry = registry.organisation(Brussels2019.POLISH_MINISTRY).orElseThrow();
        assertThat(ministry.nameOn(LocalDate.of(2010, 1, 1))).isEmpty();
        assertThat(ministry.nameOn(Brussels2019.ALLIANCE_FOUNDED).orElseThrow().english())
                .isEqualTo("Ministry of Entrepreneurship and Technology");
    }

    @Test
    void buildingTwiceGivesEqualRegistries() {
        assertThat(Brussels2019.registry()).isEqualTo(registry).hasSameHashCodeAs(registry);
    }
}
