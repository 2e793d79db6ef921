package org.clustermeet.core.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.workflow.RegistrationResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept compiling and true. Keep the two in step. */
class QuickStartTest {

    @Test
    void quickStartRunsAsTheReadmeSays() {
        // --- README quick start begins
        LabellingBody esca = new LabellingBody(OrganisationId.of("esca"),
                NameHistory.of("European Secretariat for Cluster Analysis"), List.of("ESCA"),
                Optional.of(CountryCode.of("DE")), Optional.empty());
        ClusterOrganisation sac = ClusterOrganisation.builder(OrganisationId.of("silesian-aviation-cluster"),
                        "Silesian Aviation Cluster", CountryCode.of("PL"))
                .localName("pl", "Śląski Klaster Lotniczy")
                .region(NutsCode.of("PL22"))
                .ecosystems(IndustrialEcosystem.AEROSPACE_AND_DEFENCE)
                .members(150, 120)                                  // illustrative counts
                .build();
        QualityLabel gold = QualityLabel.gold(LabelId.of("sac-gold-2018"), sac.id(), esca.id(),
                LocalDate.of(2018, 2, 15), GoldAssessment.of("82.0", 2));   // illustrative score
        Person manager = Person.of(PersonId.of("anna-nowak"), "Anna", "Nowak")            // illustrative person
                .withRole(PersonRole.of(sac.id(), "Cluster manager", LocalDate.of(2016, 1, 1)));
        Event meeting = Event.builder(EventId.of("gold-meeting"), "Meeting of Gold-Label cluster managers",
                        EventKind.THEMATIC_MEETING, EventSchedule.day(LocalDate.of(2019, 12, 4)))
                .venue(Venue.inCity("Brussels", CountryCode.of("BE")))
                .capacity(50)
                .eligibility(EligibilityPolicy.allOf(
                        EligibilityPolicy.hasEventRole(EventRole.CLUSTER_MANAGER),
                        EligibilityPolicy.holdsLabel(LabelLevel.GOLD)))
                .build();
        Registry registry = Registry.builder().add(esca).add(sac).add(gold).add(manager).add(meeting).build();

        RegistrationResult result = RegistrationWorkflow.register(registry, new RegistrationRequest(RegistrationId.of("r1"),
                meeting.id(), manager.id(), sac.id(), EventRole.CLUSTER_MANAGER, Instant.parse("2019-11-20T10:00:00Z")));
        System.out.println(result.outcome().describe());            // registration r1 accepted
        registry = result.registry();

        // Which cluster organisations held a valid Gold label on 4 December 2019?
        List<ClusterOrganisation> goldHolders = LabelQueries.of(registry).holders(LabelLevel.GOLD, LocalDate.of(2019, 12, 4));
        goldHolders.forEach(o -> System.out.println(o.name().english()));   // Silesian Aviation Cluster
        // --- README quick start ends

        assertThat(result.outcome().describe()).isEqualTo("registration r1 accepted");
        // the README's edit example
        Registry next = registry.edit().put(sac.withMembers(160, 125)).remove(gold.id()).apply();
        assertThat(next.labels()).isEmpty();
        assertThat(next.clusterOrganisations()).singleElement().satisfies(c -> assertThat(c.smeMembers()).isEqualTo(125));
        assertThat(registry.labels()).containsExactly(gold);
        assertThat(goldHolders).extracting(o -> o.name().english()).containsExactly("Silesian Aviation Cluster");
        assertThat(EventReports.of(registry).report(meeting.id()).clusterOrganisations()).containsExactly(sac.id());
    }
}
