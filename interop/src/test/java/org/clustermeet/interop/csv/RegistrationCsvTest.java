package org.clustermeet.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;

/**
 * Participants to CSV and registrations from it. The workshop, association and people are
 * illustrative (invented, not from the domain facts); registration is open in January 2030.
 */
class RegistrationCsvTest {

    private static final EventId WORKSHOP = EventId.of("workshop");
    private static final OrganisationId ORG = OrganisationId.of("association");
    private static final Instant JANUARY = Instant.parse("2030-01-10T09:00:00Z");

    static Registry workshop() {
        var b = Registry.builder().add(ClusterAssociation.of(ORG, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(WORKSHOP, "Illustrative workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2030, 2, 1))).capacity(2).build());
        for (int i = 0; i < 4; i++) {
            b.add(Person.of(PersonId.of("p" + i), "Given" + i, "Family" + i)
                    .withEmail(EmailAddress.of("p" + i + "@example.org"))
                    .withNamePublication(i == 0 ? NamePublication.YES : NamePublication.NOT_ASKED)
                    .withRole(PersonRole.of(ORG, "Member", LocalDate.of(2029, 1, 1))));
        }
        return b.build();
    }

    private static String export(Registry registry, boolean personal) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationCsv.of(CsvDialect.RFC_4180).write(registry, WORKSHOP, personal, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RegistrationCsv.Import importText(Registry registry, String text) throws Exception {
        return RegistrationCsv.of(CsvDialect.RFC_4180).importInto(registry, WORKSHOP,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Optional.empty(), JANUARY,
                "registrations.csv");
    }

    @Test
    void importedLinesGoThroughTheWorkflowInFileOrderAndEachOutcomeIsReported() throws Exception {
        RegistrationCsv.Import result = importText(workshop(), """
                person id;organisation id;role
                p0;association;observer
                p1;association;ASSOCIATION_REPRESENTATIVE
                p2;association;observer
                p0;association;observer
                """);

        assertThat(result.lines()).extracting(RegistrationCsv.Line::toString).containsExactly(
                "line 2: registration workshop-csv-2 accepted",
                "line 3: registration workshop-csv-3 accepted",
                "line 4: registration workshop-csv-4 waitlisted at position 1",
                "line 5: registration workshop-csv-5 refused: Given0 Family0 is already registered for event workshop "
                        + "(registration workshop-csv-2, REGISTERED)");
        assertThat(result.registry().registrationsFor(WORKSHOP)).hasSize(3);
    }

    @Test
    void everyProblemIsReportedAndNothingIsRegistered() {
        assertThatThrownBy(() -> importText(workshop(), """
                person id,organisation id,role,attends,registered at,registration id
                nobody,association,observer,,,
                p1,nowhere,chef,by pigeon,yesterday,
                p2,association,observer,,,r 1
                """))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                        .extracting(CsvProblem::toString).containsExactly(
                                "line 2, column person id: no person with id nobody in the registry",
                                "line 3, column role: unknown role \"chef\" (known: cluster-manager, "
                                        + "association-representative, labelling-body-representative, speaker, organiser, "
                                        + "observer)",
                                "line 3, column attends: unknown attendance (in-person or online) \"by pigeon\" "
                                        + "(known: in-person, online, hybrid)",
                                "line 3, column registered at: \"yesterday\" is not an instant like 2019-11-20T09:00:00Z",
                                "line 3, column organisation id: no organisation with id nowhere in the registry",
                                "line 4, column registration id: Invalid registration id (letters, digits and "
                                        + ". _ : - only): \"r 1\" has '\\u0020' at index 1"));
    }

    @Test
    void exportingEveryRegistrationThenImportingGivesTheSameRegistrations() throws Exception {
        Registry registry = workshop();
        for (int i = 0; i < 3; i++) {
            registry = RegistrationWorkflow.register(registry, new RegistrationRequest(RegistrationId.of("r" + i),
                    WORKSHOP, PersonId.of("p" + i), ORG, EventRole.OBSERVER, JANUARY.plusSeconds(i))).registry();
        }

        RegistrationCsv.Import imported = importText(workshop(), export(registry, true));

        assertThat(imported.registry().registrations()).isEqualTo(registry.registrations());
        assertThat(imported.lines()).extracting(l -> l.outcome().getClass().getSimpleName())
                .containsExactly("Accepted", "Accepted", "Waitlisted");
    }

    @Test
    void thePublicExportNamesOnlyThoseWhoAgreedAndHasNoContactDetails() throws Exception {
        Registry registry = workshop();
        for (int i = 0; i < 3; i++) {
            registry = RegistrationWorkflow.register(registry, new RegistrationRequest(RegistrationId.of("r" + i),
                    WORKSHOP, PersonId.of("p" + i), ORG, EventRole.OBSERVER, JANUARY.plusSeconds(i))).registry();
        }

        String published = export(registry, false);

        assertThat(published).isEqualTo("name,organisation,country,role,attends\r\n"
                + "Given0 Family0,Illustrative association,PL,observer,in-person\r\n"
                + "a participant from Illustrative association,Illustrative association,PL,observer,in-person\r\n");
        assertThat(export(registry, true)).contains("p1@example.org", "waitlisted");
    }

    @Test
    void theBrusselsMeetingsPublicListHasNoEmailAddress() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationCsv.of(CsvDialect.EXCEL).write(Brussels2019.registry(), Brussels2019.MEETING, false, out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("@").contains("Krzysztof Krystowski");
        assertThat(text.split("\r\n")).hasSize(71);
    }

    @Test
    void anUnknownEventIsNamed() {
        assertThatThrownBy(() -> RegistrationCsv.of(CsvDialect.RFC_4180).write(workshop(), EventId.of("nothing"),
                false, new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no event with id nothing in the registry");
    }

}
