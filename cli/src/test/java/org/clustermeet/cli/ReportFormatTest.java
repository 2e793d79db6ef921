package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.Test;

/**
 * Reports fit the event's state: a meeting still to come shows its places and waiting list and no
 * attendance, and names the places taken by people who no longer meet its rules (illustrative data).
 */
class ReportFormatTest {

    private static final EventId MEETING = EventId.of("illustrative-gold-meeting");

    /** A Gold-only meeting moved past the only registrant's label expiry (2021-02-28). */
    private static EventReport movedPastTheLabel() {
        return EventReports.of(movedRegistry()).report(MEETING);
    }

    private static Registry movedRegistry() {
        OrganisationId body = OrganisationId.of("illustrative-body");
        OrganisationId cluster = OrganisationId.of("illustrative-cluster");
        Registry r = Registry.builder()
                .add(new LabellingBody(body, NameHistory.of("Illustrative labelling body"), List.of(), Optional.empty(),
                        Optional.empty()))
                .add(ClusterOrganisation.builder(cluster, "Illustrative cluster", CountryCode.of("PL")).members(20, 10)
                        .build())
                .add(QualityLabel.gold(LabelId.of("illustrative-gold"), cluster, body, LocalDate.of(2019, 3, 1),
                        GoldAssessment.of("90", 2)))
                .add(Person.of(PersonId.of("manager"), "Illustrative", "Manager")
                        .withRole(PersonRole.of(cluster, "Manager", LocalDate.of(2015, 1, 1)).withKind(RoleKind.MANAGER)))
                .add(Event.builder(MEETING, "Illustrative Gold meeting", EventKind.THEMATIC_MEETING,
                                EventSchedule.day(LocalDate.of(2020, 6, 1)))
                        .venue(Venue.inCity("Warsaw", CountryCode.of("PL"))).capacity(10)
                        .eligibility(EligibilityPolicy.holdsLabel(LabelLevel.GOLD)).build())
                .build();
        r = RegistrationWorkflow.register(r, new RegistrationRequest(RegistrationId.of("r-1"), MEETING,
                PersonId.of("manager"), cluster, EventRole.CLUSTER_MANAGER, Instant.parse("2020-01-10T09:00:00Z")))
                .registry();
        r = RegistrationWorkflow.changeEvent(r, r.event(MEETING).orElseThrow()
                .withSchedule(EventSchedule.day(LocalDate.of(2021, 6, 1)))).registry();
        return r;
    }

    @Test
    void theTextReportCountsAndNamesThePlacesNoLongerEligible() {
        assertThat(ReportFormat.text(movedPastTheLabel(), Locale.ENGLISH))
                .contains("No longer eligible, kept for the organiser to decide: 1 (r-1)\n");
        assertThat(ReportFormat.text(movedPastTheLabel(), Locale.forLanguageTag("pl")))
                .contains("Bez prawa do miejsca, pozostawione do decyzji organizatora: 1 (r-1)\n");
    }

    @Test
    void aMeetingToComeShowsItsPlacesAndWaitingListAndNoAttendanceNorEmptyHeading() {
        String text = ReportFormat.text(movedPastTheLabel(), Locale.ENGLISH);

        assertThat(text).contains("2021-06-01, Warsaw, Poland\n", "Status: planned\n", "Places in person: 10, left: 9\n",
                "Waiting list: 0\n", "Registrations: 1 registered, 0 waitlisted, 0 cancelled\n",
                "Valid labels on 2021-06-01: 0 gold, 0 silver, 0 bronze, 1 without\n",
                "Countries represented: Poland\n");
        assertThat(text).doesNotContain("attended", "no-shows", "Programme");
    }

    @Test
    void aMeetingToComeIsReportedInPolishWithCountryNamesInPolish() {
        String text = ReportFormat.text(movedPastTheLabel(), Locale.forLanguageTag("pl"));

        assertThat(text).contains("2021-06-01, Warsaw, Polska\n", "Miejsca stacjonarne: 10, wolne: 9\n",
                "Lista oczekujących: 0\n", "Reprezentowane kraje: Polska\n", "1 bez certyfikatu");
        assertThat(text).doesNotContain("obecni", "GOLD");
    }

    @Test
    void theJsonReportOfAMeetingToComeGivesItsPlaces() {
        var json = ReportFormat.json(movedPastTheLabel());

        assertThat(json.get("capacity").asInt()).isEqualTo(10);
        assertThat(json.get("placesLeft").asInt()).isEqualTo(9);
        assertThat(json.get("when").asText()).isEqualTo("2021-06-01");
    }

    @Test
    void theHtmlReportOfAMeetingToComeShowsThePlacesLeftAndNeitherAttendanceNorAnEmptyProgramme() {
        String page = HtmlPages.report(movedRegistry(), MEETING, Locale.ENGLISH);

        assertThat(page).contains("data-figure=\"places-left\" data-value=\"9\"", "of 10", "Warsaw, Poland")
                .doesNotContain("by-attendance", "<h2>Programme");
    }

    @Test
    void theHtmlReportEmbedsTheEventAsSchemaOrgJsonLdThatNoTitleCanBreakOutOf() {
        Registry registry = movedRegistry();
        Registry hostile = registry.edit().put(registry.event(MEETING).orElseThrow().toBuilder()
                .localTitle("en", "Meeting </script><script>alert(1)</script>").build()).apply();

        String page = HtmlPages.report(hostile, MEETING, Locale.ENGLISH);

        assertThat(page).contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
                .doesNotContain("<script>alert(1)");
        assertThat(page.split("<script", -1)).hasSize(2);
    }

    @Test
    void theJsonReportGivesEachRegistrationWithItsReasons() {
        var json = ReportFormat.json(movedPastTheLabel());
        assertThat(json.get("noLongerEligible").toString())
                .isEqualTo("[{\"registration\":\"r-1\",\"reasons\":[\"label-expired\"]}]");
    }
}
