package org.clustermeet.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;

/**
 * Coverage-guided fuzzing of the CSV imports with Jazzer: any bytes are imported, or refused with a
 * {@link CsvImportException} whose every problem has a line, and nothing else is thrown. In every
 * build the seed corpus under {@code src/test/resources/org/clustermeet/interop/csv/CsvImportFuzzTestInputs/}
 * runs as a regression test; to fuzz for real, run
 * {@code JAZZER_FUZZ=1 mvn -pl interop -am test -Dtest=CsvImportFuzzTest}. The registry is
 * illustrative: an association, a member and a workshop in 2031.
 */
class CsvImportFuzzTest {

    private static final EventId WORKSHOP = EventId.of("workshop");
    private static final OrganisationId ORG = OrganisationId.of("org");
    private static final Registry REGISTRY = Registry.builder()
            .add(ClusterAssociation.of(ORG, "Illustrative association", CountryCode.of("PL")))
            .add(Person.of(PersonId.of("p1"), "Given", "Family").withRole(PersonRole.of(ORG, "Member",
                    LocalDate.of(2020, 1, 1))))
            .add(Event.builder(WORKSHOP, "Illustrative workshop", EventKind.MATCHMAKING,
                    EventSchedule.day(LocalDate.of(2031, 1, 15))).capacity(1).build())
            .build();

    private static void assertLocated(CsvImportException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isNotBlank();
        });
        assertThat(e.getMessage()).doesNotContain("\u001B", "\u0000");
    }

    @FuzzTest(maxDuration = "30s")
    void organisationImportNeverThrowsAnythingElse(byte[] data) throws Exception {
        try {
            Registry imported = OrganisationCsv.rfc4180().withMaxBytes(1 << 20).importInto(REGISTRY,
                    new ByteArrayInputStream(data), Optional.empty(), "fuzz.csv");
            assertThat(imported.validate()).isEmpty();
        } catch (CsvImportException e) {
            assertLocated(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void registrationImportNeverThrowsAnythingElse(byte[] data) throws Exception {
        try {
            RegistrationCsv.Import imported = RegistrationCsv.of(CsvDialect.RFC_4180).withMaxBytes(1 << 20)
                    .importInto(REGISTRY, WORKSHOP, new ByteArrayInputStream(data), Optional.empty(),
                            Instant.parse("2030-06-01T00:00:00Z"), "fuzz.csv");
            assertThat(imported.registry().validate()).isEmpty();
        } catch (CsvImportException e) {
            assertLocated(e);
        }
    }
}
