package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.store.ConsentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person gives and withdraws consents on their invitation's page; an organiser records others through the API. */
class ConsentTest {

    @TempDir
    Path folder;

    @Test
    void consentsGivenAndWithdrawnOnTheInvitationPageTakeEffectAtOnce() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = "/i/" + f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, Actor.of("test"))
                    .token().value();
            String page = f.get(link).body();

            HttpResponse<String> given = f.postForm(link + "/consents", "publish-name=yes&contact=yes");
            boolean publishedThen = published(f);
            HttpResponse<String> withdrawn = f.postForm(link + "/consents", "publish-name=no&contact=no");
            HttpResponse<String> bad = f.postForm(link + "/consents", "publish-name=maybe&contact=no");

            assertThat(page).contains("id=\"consents\"", "name=\"publish-name\" value=\"no\" checked");
            assertThat(given.statusCode()).isEqualTo(200);
            assertThat(given.body()).contains("Your choices are saved");
            assertThat(publishedThen).isTrue();
            assertThat(withdrawn.body()).contains("name=\"contact\" value=\"no\" checked");
            assertThat(published(f)).as("the name in the public view").isFalse();
            assertThat(f.store.people().mayContact(person(0))).isFalse();
            assertThat(f.store.people().consents(person(0))).extracting(ConsentRecord::kind, ConsentRecord::given)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentKind.PUBLISH_NAME, true),
                            org.assertj.core.groups.Tuple.tuple(ConsentKind.PUBLISH_NAME, false),
                            org.assertj.core.groups.Tuple.tuple(ConsentKind.CONTACT, false));
            assertThat(f.store.people().consents(person(0))).allSatisfy(c -> {
                assertThat(c.how()).isEqualTo("invitation page");
                assertThat(c.by()).contains(Actor.of("invitation:p0"));
            });
            assertThat(bad.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void anOrganiserRecordsAConsentWithdrawnByLetter() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String path = "/api/organiser/people/" + person(0) + "/consents";

            HttpResponse<String> recorded = f.postJson(path, "{\"to\": \"contact\", \"given\": false, "
                    + "\"how\": \"letter of 3 March\"}", ServerFixture.bearer());
            HttpResponse<String> noHow = f.postJson(path, "{\"to\": \"contact\", \"given\": false}",
                    ServerFixture.bearer());
            HttpResponse<String> badKind = f.postJson(path, "{\"to\": \"marketing\", \"given\": true, \"how\": \"x\"}",
                    ServerFixture.bearer());
            HttpResponse<String> nobody = f.postJson("/api/organiser/people/nobody/consents",
                    "{\"to\": \"contact\", \"given\": true, \"how\": \"x\"}", ServerFixture.bearer());

            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
            assertThat(recorded.body()).contains("\"to\":\"contact\"", "\"given\":false", "\"how\":\"letter of 3 March\"",
                    "\"by\":\"" + ServerFixture.ORGANISER + "\"");
            assertThat(noHow.statusCode()).isEqualTo(400);
            assertThat(noHow.body()).contains("\"field\":\"/how\"");
            assertThat(badKind.body()).contains("\"field\":\"/to\"");
            assertThat(nobody.statusCode()).isEqualTo(404);
            assertThat(f.store.people().mayContact(person(0))).isFalse();
        }
    }

    /** Whether the public view of the registry (what public documents and pages show) holds the name. */
    private static boolean published(ServerFixture f) {
        return PublicView.of(f.store.registry()).people().stream().map(Person::fullName)
                .anyMatch("Given0 Family 0"::equals);
    }

    @Test
    void theKeptPersonsConsentsNameTheMergedRecordTheyWereGivenFor() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            f.postJson("/api/organiser/people/" + person(1) + "/consents", "{\"to\": \"contact\", \"given\": false, "
                    + "\"how\": \"phone call\"}", ServerFixture.bearer());
            f.postJson("/api/organiser/people/" + person(0) + "/merges", "{\"merge\": \"" + person(1) + "\"}",
                    ServerFixture.bearer());

            HttpResponse<String> recorded = f.postJson("/api/organiser/people/" + person(0) + "/consents",
                    "{\"to\": \"publish-name\", \"given\": true, \"how\": \"letter\"}", ServerFixture.bearer());

            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
            assertThat(recorded.body()).contains("{\"person\":\"" + person(1) + "\",\"to\":\"contact\",\"given\":false",
                    "{\"person\":\"" + person(0) + "\",\"to\":\"publish-name\",\"given\":true");
            assertThat(recorded.body().indexOf("phone call")).isLessThan(recorded.body().indexOf("letter"));
        }
    }
}
