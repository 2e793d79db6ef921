package org.clustermeet.examples;

import java.io.PrintStream;
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
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.CancellationResult;
import org.clustermeet.core.workflow.RegistrationResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * Example 3: a meeting for Gold-label cluster managers with two places. Registrations are
 * accepted, waitlisted and refused with their reasons; a cancellation promotes the waiting list.
 * All data here is illustrative.
 */
public final class EligibilityDemo {

    static final EventId EVENT = EventId.of("illustrative-gold-managers-2019");
    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);

    private EligibilityDemo() {
    }

    /**
     * Prints the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static Registry run(PrintStream out) {
        OrganisationId esca = OrganisationId.of("esca");
        RegistryBuilder b = Registry.builder()
                .add(new LabellingBody(esca, NameHistory.of("ESCA"), List.of(), Optional.empty(), Optional.empty()))
                .add(Event.builder(EVENT, "Illustrative meeting of Gold-label cluster managers",
                                EventKind.THEMATIC_MEETING, EventSchedule.day(DAY))
                        .venue(Venue.inCity("Brussels", CountryCode.of("BE")))
                        .capacity(2)
                        .eligibility(EligibilityPolicy.allOf(EligibilityPolicy.hasEventRole(EventRole.CLUSTER_MANAGER),
                                EligibilityPolicy.holdsLabel(LabelLevel.GOLD)))
                        .build());
        String[] clusters = {"A", "B", "C", "D"};
        LocalDate[] assessed = {LocalDate.of(2018, 5, 10), LocalDate.of(2019, 1, 20), LocalDate.of(2019, 6, 3),
                LocalDate.of(2017, 2, 14)};
        for (int i = 0; i < clusters.length; i++) {
            OrganisationId id = OrganisationId.of("illustrative-cluster-" + clusters[i].toLowerCase(java.util.Locale.ROOT));
            b.add(ClusterOrganisation.builder(id, "Illustrative Cluster " + clusters[i], CountryCode.of("DE"))
                    .members(50, 40).listedOnEccp(true).build());
            b.add(QualityLabel.gold(LabelId.of(id.value() + "-gold"), id, esca, assessed[i], GoldAssessment.of("85", 2)));
            b.add(Person.of(PersonId.of("manager-" + clusters[i].toLowerCase(java.util.Locale.ROOT)), "Illustrative",
                    "Manager " + clusters[i]).withRole(PersonRole.of(id, "Cluster manager", LocalDate.of(2015, 1, 1))
                    .withKind(RoleKind.MANAGER)));
        }
        b.add(Person.of(PersonId.of("observer"), "Illustrative", "Observer")
                .withRole(PersonRole.of(OrganisationId.of("illustrative-cluster-a"), "Staff", LocalDate.of(2015, 1, 1))
                        .withKind(RoleKind.STAFF)));
        Registry registry = b.build();
        out.println("Event: " + registry.event(EVENT).orElseThrow().title() + ", " + DAY + ", 2 places");
        out.println("Rule: " + registry.event(EVENT).orElseThrow().eligibility().orElseThrow().describe());
        registry = register(registry, out, 1, "a", "a", EventRole.CLUSTER_MANAGER);
        registry = register(registry, out, 2, "b", "b", EventRole.CLUSTER_MANAGER);
        registry = register(registry, out, 3, "c", "c", EventRole.CLUSTER_MANAGER);
        registry = register(registry, out, 4, "d", "d", EventRole.CLUSTER_MANAGER);
        registry = register(registry, out, 5, "observer", "a", EventRole.OBSERVER);
        CancellationResult cancelled = RegistrationWorkflow.cancel(registry, RegistrationId.of("r1"));
        out.println("Cancelled r1; promoted from the waiting list: "
                + cancelled.promoted().map(r -> r.id() + " (" + r.person() + ")").orElse("nobody"));
        registry = cancelled.registry();
        out.println("Places taken: " + registry.registrationsFor(EVENT).stream().filter(r -> r.holdsPlace()).count()
                + " of 2; waiting: " + RegistrationWorkflow.waitingList(registry, EVENT).size());
        out.println("Note: every organisation and person here is illustrative.");
        return registry;
    }

    private static Registry register(Registry registry, PrintStream out, int n, String person, String cluster,
                                     EventRole role) {
        RegistrationRequest request = new RegistrationRequest(RegistrationId.of("r" + n), EVENT,
                PersonId.of(person.equals("observer") ? "observer" : "manager-" + person),
                OrganisationId.of("illustrative-cluster-" + cluster), role,
                Instant.parse("2019-11-01T09:00:00Z").plusSeconds(60L * n));
        RegistrationResult result = RegistrationWorkflow.register(registry, request);
        out.println(result.outcome().describe());
        return result.registry();
    }
}
