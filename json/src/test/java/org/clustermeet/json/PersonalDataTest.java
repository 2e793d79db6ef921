package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.clustermeet.core.person.Person;
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
    void publicDocumentIsReadableAndKeepsNamesAndRoles() throws Exception {
        Registry full = Fixtures.full();
        Registry published = RegistryJson.defaults().read(RegistryJson.defaults().withProfile(Profile.PUBLIC).write(full));
        assertThat(published.people()).isEqualTo(full.people().stream().map(Person::withoutPersonalData).toList());
        assertThat(published.events()).isEqualTo(full.events());
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
    }

    @Test
    void defaultSaveKeepsEverything(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("full.json");
        RegistryJson.defaults().save(Brussels2019.registry(), file);
        assertThat(RegistryJson.defaults().profile()).isEqualTo(Profile.FULL);
        assertThat(RegistryJson.defaults().read(file)).isEqualTo(Brussels2019.registry());
    }
}
