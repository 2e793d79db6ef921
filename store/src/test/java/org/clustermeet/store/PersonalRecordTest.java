package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a store holds about one person, as one document. */
class PersonalRecordTest {

    private static final Actor ORGANISER = Actor.of("secretariat");

    @TempDir
    Path folder;

    private static Registry registry() {
        Registry base = StoreFixtures.registry(2, 5);
        return base.edit().put(base.person(person(0)).orElseThrow().withEmail(EmailAddress.of("p0@example.org")))
                .put(base.person(person(1)).orElseThrow().withEmail(EmailAddress.of("someone.else@example.org")))
                .apply();
    }

    @Test
    void theDocumentHoldsTheRecordRegistrationsInvitationsMailsAndHistoryOfThePersonAlone() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(registry(), JANUARY)) {
            store.invitations().issue(EVENT, person(0), Locale.forLanguageTag("pl"), ORGANISER);
            var outcome = store.registerNow(EVENT, person(0), ORG, EventRole.ASSOCIATION_REPRESENTATIVE,
                    AttendanceMode.IN_PERSON, Notice.personsOwn(person(0))).outcome();
            store.cancel(((RegistrationOutcome.Accepted) outcome).registration().id(), Notice.personsOwn(person(0)));
            store.registerNow(EVENT, person(1), ORG, EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON,
                    ORGANISER);

            String json = PersonalRecord.json(store, person(0), Instant.parse("2020-01-11T00:00:00Z"));
            JsonNode doc = new ObjectMapper().readTree(json);

            assertThat(doc.get("format").asText()).isEqualTo("clustermeet-personal-data");
            assertThat(doc.at("/record/email").asText()).isEqualTo("p0@example.org");
            assertThat(doc.at("/record/roles/0/organisation").asText()).isEqualTo(ORG.value());
            assertThat(doc.at("/record/namePublication").asText()).isEqualTo("not-asked");
            assertThat(doc.get("registrations")).hasSize(1);
            assertThat(doc.at("/registrations/0/state").asText()).isEqualTo("cancelled");
            assertThat(doc.at("/registrations/0/registeredAt").asText()).isEqualTo(JANUARY.instant().toString());
            assertThat(doc.at("/invitations/0/language").asText()).isEqualTo("pl");
            assertThat(doc.get("mails")).extracting(m -> m.get("about").asText())
                    .containsExactly("invited", "accepted", "cancelled");
            assertThat(doc.get("history")).extracting(h -> h.get("what").asText())
                    .anyMatch(w -> w.contains("registered")).anyMatch(w -> w.contains("cancelled"));
            assertThat(json).doesNotContain("someone.else@example.org", person(1).value());
        }
    }

    @Test
    void aPersonTheStoreKnowsNothingAboutIsSaidSo() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(registry(), JANUARY)) {
            assertThatThrownBy(() -> PersonalRecord.json(store, PersonId.of("nobody"), Instant.EPOCH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the store holds nothing about person nobody");
        }
    }
}
