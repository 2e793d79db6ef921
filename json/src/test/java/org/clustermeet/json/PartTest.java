package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part of a document: entities to put into a registry that holds what they refer to (illustrative data). */
class PartTest {

    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("part.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aPartIsReadAsPutsThatMayReferToTheRegistry() throws Exception {
        Registry brussels = Brussels2019.registry();
        OrganisationId existing = brussels.organisations().get(0).id();
        ChangeSet part = RegistryJson.defaults().readPart(write("{\"organisations\": [{\"id\": \"acme\", "
                + "\"type\": \"other\", \"name\": {\"en\": \"Illustrative Company\"}}], \"people\": [{\"id\": "
                + "\"zofia\", \"givenName\": \"Zofia\", \"familyName\": \"Illustrative\", \"roles\": [{"
                + "\"organisation\": \"" + existing + "\", \"title\": \"Analyst\", \"from\": \"2020-01-01\"}]}]}"));

        assertThat(part.puts(EntityKind.ORGANISATION)).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.OTHER));
        Registry after = brussels.apply(part);
        assertThat(after.person(PersonId.of("zofia")).map(Person::roles)).contains(
                java.util.List.of(PersonRole.of(existing, "Analyst", LocalDate.of(2020, 1, 1))));
        assertThat(after.validate()).isEmpty();
    }

    @Test
    void registrationsAreNotPut() throws Exception {
        assertThatThrownBy(() -> RegistryJson.defaults().readPart(write("{\"registrations\": []}")))
                .isInstanceOfSatisfying(RegistryJsonException.class, e -> assertThat(e.pointer())
                        .isEqualTo("/registrations"))
                .hasMessageContaining("registration workflow");
    }

    @Test
    void aWrongValueIsNamedByItsPointerAndLine() throws Exception {
        assertThatThrownBy(() -> RegistryJson.defaults().readPart(write("{\n\"people\": [\n{\"id\": \"p\", "
                + "\"givenName\": \"A\", \"familyName\": \"B\",\n \"email\": \"not-an-address\"}]}")))
                .isInstanceOfSatisfying(RegistryJsonException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/people/0/email");
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void anUnknownSectionIsRefused() throws Exception {
        assertThatThrownBy(() -> RegistryJson.defaults().readPart(write("{\"peeple\": []}")))
                .isInstanceOf(RegistryJsonException.class).hasMessageContaining("peeple");
    }
}
