package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public profile never carries e-mail addresses or phone numbers; the default keeps them. */
class PersonalDataTest {

    private static List<String> contactDetails(Registry registry) {
        return registry.people().stream()
                .flatMap(p -> java.util.stream.Stream.concat(p.email().stream().map(Object::toString),
                        p.phone().stream().map(Object::toString)))
                .toList();
    }

    @Test
    void fixturesHoldContactDetails() {
        assertThat(contactDetails(Brussels2019.registry())).hasSizeGreaterThan(100);
        assertThat(contactDetails(Fixtures.full())).contains("anna@example.org");
    }

    @Test
    void publicOutputContainsNoEmailAddressOrPhoneNumberOfTheFixtures() throws Exception {
        RegistryJson publicJson = RegistryJson.defaults().withProfile(Profile.PUBLIC);
        for (Registry registry : List.of(Brussels2019.registry(), Fixtures.full())) {
            String text = publicJson.write(registry);
            assertThat(text).doesNotContain("\"email\"", "\"phone\"", "@");
            for (String detail : contactDetails(registry)) {
                assertThat(text).doesNotContain(detail);
            }
        }
    }

    @Test
    void publicDocumentIsReadableAndIsThePublicView() throws Exception {
        Registry full = Fixtures.full();
        Registry published = RegistryJson.defaults().read(RegistryJson.defaults().withProfile(Profile.PUBLIC).write(full));
        assertThat(published).isEqualTo(PublicView.of(full));
        assertThat(published.organisations()).isEqualTo(full.organisations());
        assertThat(published.labels()).isEqualTo(full.labels());
    }

    @Test
    void publicDocumentHoldsNoArrivalTimeWaitingListOrCancelledRegistration() throws Exception {
        String text = RegistryJson.defaults().withProfile(Profile.PUBLIC).write(Fixtures.full());
        assertThat(text).doesNotContain("\"registeredAt\"", "\"waitlisted\"", "\"cancelled-by-organiser\"",
                "\"refused\"");
        Registry published = RegistryJson.defaults().read(text);
        assertThat(published.registrations()).allSatisfy(r -> {
            assertThat(r.holdsPlace()).isTrue();
            assertThat(r.registeredAt()).isEmpty();
        });
        assertThat(published.registrations()).hasSize((int) Fixtures.full().registrations().stream()
                .filter(r -> r.holdsPlace()).count());
    }

    @Test
    void publicDocumentNamesOnlyPeopleWhoSaidYes() throws Exception {
        Registry brussels = Brussels2019.registry();
        String text = RegistryJson.defaults().withProfile(Profile.PUBLIC).write(brussels);
        assertThat(text).contains("Krzysztof", "Krystowski", "\"participant-0001\"")
                .doesNotContain("Manager 01", "illustrative-manager-01", "illustrative-registration");
        Registry published = RegistryJson.defaults().read(text);
        assertThat(published.people()).filteredOn(p -> !p.isAnonymous()).extracting(Person::fullName)
                .containsExactlyInAnyOrder("Krzysztof Krystowski", "Jadwiga Emilewicz", "Marcin Ociepa");
        assertThat(published.people()).filteredOn(Person::isAnonymous).allSatisfy(p -> {
            assertThat(p.id().value()).startsWith("participant-");
            assertThat(p.roles()).isNotEmpty();
        });
        var report = org.clustermeet.core.report.EventReports.of(published).report(Brussels2019.MEETING);
        assertThat(report.clusterOrganisations()).hasSize(50);
        assertThat(report.sessions().get(2).speakers()).containsExactly("Krzysztof Krystowski");
        assertThat(org.clustermeet.core.query.EventQueries.of(published).participantsByRole(Brussels2019.MEETING)
                .get(org.clustermeet.core.participation.EventRole.CLUSTER_MANAGER))
                .extracting(org.clustermeet.core.query.Participant::name)
                .contains("a participant from Silesian Aviation Cluster");
    }

    @Test
    void moduleWithPublicProfileLeavesOutContactDetails() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper publicMapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new ClusterMeetModule().withProfile(Profile.PUBLIC));
        Person anna = Fixtures.full().people().get(0);
        assertThat(anna.email()).isPresent();
        assertThat(publicMapper.writeValueAsString(anna)).doesNotContain("@", "email", "phone").contains("Anna");
        assertThat(publicMapper.writeValueAsString(Fixtures.full())).doesNotContain("anna@example.org");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new ClusterMeetModule())
                .writeValueAsString(anna)).contains("anna@example.org");
        Person ben = Fixtures.full().person(PersonId.of("ben")).orElseThrow();
        assertThat(publicMapper.writeValueAsString(ben)).as("not asked: no name")
                .doesNotContain("Ben", "Observer", "givenName");
    }

    @Test
    void anExplicitNotAskedIsRefusedSoThatTheDocumentStaysCanonical() {
        String doc = "{\"format\": \"clustermeet-registry\", \"version\": 1, \"people\": [{\"id\": \"p\", "
                + "\"givenName\": \"Anna\", \"familyName\": \"Nowak\", \"namePublication\": \"not-asked\"}]}";
        assertThatThrownBy(() -> RegistryJson.defaults().read(doc)).isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("leave \"namePublication\" out when the person was not asked")
                .hasMessageContaining("/people/0/namePublication");
    }

    @Test
    void defaultSaveKeepsEverything(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("full.json");
        RegistryJson.defaults().save(Brussels2019.registry(), file);
        assertThat(RegistryJson.defaults().profile()).isEqualTo(Profile.FULL);
        assertThat(RegistryJson.defaults().read(file)).isEqualTo(Brussels2019.registry());
    }
}
