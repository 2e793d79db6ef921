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
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.Test;

/** The report of a meeting still to come names the places taken by people who no longer meet its rules (illustrative data). */
class ReportFormatTest {

    private static final EventId MEETING = EventId.of("illustrative-gold-meeting");

    /** A Gold-only meeting moved past the only registrant's label expiry (2021-02-28). */
    private static EventReport movedPastTheLabel() {
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
                        .withRole(PersonRole.of(cluster, "Manager", LocalDate.of(2015, 1, 1))))
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
        return EventReports.of(r).report(MEETING);
    }

    @Test
    void theTextReportCountsAndNamesThePlacesNoLongerEligible() {
        assertThat(ReportFormat.text(movedPastTheLabel(), Locale.ENGLISH))
                .contains("No longer eligible, kept for the organiser to decide: 1 (r-1)\n");
        assertThat(ReportFormat.text(movedPastTheLabel(), Locale.forLanguageTag("pl")))
                .contains("Bez prawa do miejsca, pozostawione do decyzji organizatora: 1 (r-1)\n");
    }

    @Test
    void theJsonReportGivesEachRegistrationWithItsReasons() {
        var json = ReportFormat.json(movedPastTheLabel());
        assertThat(json.get("noLongerEligible").toString())
                .isEqualTo("[{\"registration\":\"r-1\",\"reasons\":[\"label-expired\"]}]");
    }
}
