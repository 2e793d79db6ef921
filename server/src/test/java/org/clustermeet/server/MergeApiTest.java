package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two records of one person merged through the API; the merged person's invitation link keeps working. */
class MergeApiTest {

    @TempDir
    Path folder;

    @Test
    void theMergedPersonsLinkOpensTheKeptPersonsRegistration() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            String own = "/i/" + f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, Actor.of("test")).token()
                    .value();
            String merged = "/i/" + f.store.invitations().issue(EVENT, person(1), Locale.ENGLISH, Actor.of("test"))
                    .token().value();
            f.postForm(own, "answer=in-person");

            HttpResponse<String> merge = f.postJson("/api/organiser/people/" + person(0) + "/merges",
                    "{\"merge\": \"" + person(1) + "\"}", ServerFixture.bearer());
            HttpResponse<String> again = f.postJson("/api/organiser/people/" + person(0) + "/merges",
                    "{\"merge\": \"" + person(1) + "\"}", ServerFixture.bearer());
            HttpResponse<String> unknown = f.postJson("/api/organiser/people/nobody/merges",
                    "{\"merge\": \"" + person(0) + "\"}", ServerFixture.bearer());
            HttpResponse<String> anonymous = f.postJson("/api/organiser/people/" + person(0) + "/merges",
                    "{\"merge\": \"" + person(1) + "\"}");
            HttpResponse<String> page = f.get(merged, "Accept-Language", "en");

            assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
            assertThat(merge.body()).contains("\"kept\":\"p0\"", "\"merged\":\"p1\"", "\"duplicatesCancelled\":[]");
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("\"field\":\"/merge\"", "no person with id p1");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Given0 Family 0", "data-state=\"registered\"");
        }
    }
}
