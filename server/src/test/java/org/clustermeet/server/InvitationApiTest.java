package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.bearer;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.clustermeet.core.registration.RegistrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Invitations through the JSON API, as a client program would use them. */
class InvitationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void anOrganiserInvitesAndTheInvitedAnswerAcceptedThenWaitlisted() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 3, 1)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\", \"p1\"], \"language\": \"en\"}", bearer()), 201);
            String first = path(invited.at("/invited/0/link").asText());
            String second = path(invited.at("/invited/1/link").asText());

            JsonNode accepted = json(f.postJson("/api" + first.replace("/i/", "/invitations/") + "/answer",
                    "{\"answer\": \"in-person\"}"), 200);
            JsonNode waiting = json(f.postJson("/api" + second.replace("/i/", "/invitations/") + "/answer",
                    "{\"answer\": \"in-person\"}"), 200);

            assertThat(accepted.at("/outcome/result").asText()).isEqualTo("accepted");
            assertThat(accepted.at("/registration/role").asText()).as("the role an association's member stands for")
                    .isEqualTo("association-representative");
            assertThat(accepted.at("/registration/state").asText()).isEqualTo("registered");
            assertThat(waiting.at("/outcome/result").asText()).isEqualTo("waitlisted");
            assertThat(waiting.at("/outcome/position").asInt()).isEqualTo(1);
            assertThat(f.store.registry().registrationsFor(EVENT)).extracting(r -> r.state())
                    .containsExactlyInAnyOrder(RegistrationState.REGISTERED, RegistrationState.WAITLISTED);
        }
    }

    @Test
    void decliningCancelsTheRegistrationAndPromotesTheFirstWaiting() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 1)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\", \"p1\"]}", bearer()), 201);
            String first = api(invited.at("/invited/0/link").asText());
            String second = api(invited.at("/invited/1/link").asText());
            json(f.postJson(first + "/answer", "{\"answer\": \"in-person\"}"), 200);
            json(f.postJson(second + "/answer", "{\"answer\": \"in-person\"}"), 200);

            JsonNode declined = json(f.postJson(first + "/answer", "{\"answer\": \"decline\"}"), 200);

            assertThat(declined.at("/outcome/result").asText()).isEqualTo("cancelled");
            assertThat(json(f.get(second), 200).at("/registration/state").asText()).isEqualTo("registered");
        }
    }

    @Test
    void refusalReasonsComeInTheInvitationsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\"], \"language\": \"pl\"}", bearer()), 201);
            String link = api(invited.at("/invited/0/link").asText());
            json(f.postJson(link + "/answer", "{\"answer\": \"online\"}"), 200);

            JsonNode refused = json(f.postJson(link + "/answer", "{\"answer\": \"decline\"}"), 200);

            assertThat(refused.at("/outcome/result").asText()).isEqualTo("declined");
        }
    }

    @Test
    void anOrganiserSeesTheRegistrationsAndTheirHistoryWithWhoDidWhat() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 1)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\", \"p1\"]}", bearer()), 201);
            json(f.postJson(api(invited.at("/invited/0/link").asText()) + "/answer", "{\"answer\": \"in-person\"}"),
                    200);
            json(f.postJson(api(invited.at("/invited/1/link").asText()) + "/answer", "{\"answer\": \"in-person\"}"),
                    200);
            JsonNode list = json(f.get("/api/organiser/events/" + EVENT + "/registrations?state=registered",
                    bearer()), 200);
            String id = list.at("/registrations/0/id").asText();

            JsonNode cancelled = json(f.postJson("/api/organiser/registrations/" + id + "/cancel", "{}", bearer()), 200);
            JsonNode history = json(f.get("/api/organiser/registrations/" + id + "/history", bearer()), 200);

            assertThat(cancelled.at("/promoted/state").asText()).isEqualTo("registered");
            assertThat(history.findValuesAsText("actor")).containsExactly("invitation:p0", "secretariat");
        }
    }

    @Test
    void moreCapacityPromotesFromTheWaitingList() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 1)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\", \"p1\"]}", bearer()), 201);
            json(f.postJson(api(invited.at("/invited/0/link").asText()) + "/answer", "{\"answer\": \"in-person\"}"),
                    200);
            json(f.postJson(api(invited.at("/invited/1/link").asText()) + "/answer", "{\"answer\": \"in-person\"}"),
                    200);

            JsonNode event = json(f.putJson("/api/organiser/events/" + EVENT + "/capacity", "{\"capacity\": 2}",
                    bearer()), 200);

            assertThat(event.get("placesLeft").asInt()).isZero();
            assertThat(event.get("waiting").asInt()).isZero();
        }
    }

    @Test
    void aRoleInvitesEveryoneWhoMayRegisterInItInTheirOrganisationsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 3, 5)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"role\": \"association-representative\"}", bearer()), 201);

            assertThat(invited.get("invited")).hasSize(3);
            JsonNode opened = json(f.get(api(invited.at("/invited/2/link").asText())), 200);
            assertThat(opened.get("language").asText()).isEqualTo("pl");
        }
    }

    @Test
    void aWithdrawnInvitationNoLongerAnswers() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\"]}", bearer()), 201);
            String link = api(invited.at("/invited/0/link").asText());

            json(f.postJson("/api/organiser/events/" + EVENT + "/invitations/p0/revoke", "{}", bearer()), 200);

            assertThat(f.postJson(link + "/answer", "{\"answer\": \"in-person\"}").statusCode()).isEqualTo(409);
            assertThat(json(f.get("/api/organiser/events/" + EVENT + "/invitations", bearer()), 200)
                    .at("/invitations/0/state").asText()).isEqualTo("revoked");
            assertThat(f.postJson("/api/organiser/events/" + EVENT + "/invitations/p0/revoke", "{}", bearer())
                    .statusCode()).isEqualTo(409);
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
        }
    }

    @Test
    void thePublicEventShowsNoPersonalData() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations",
                    "{\"people\": [\"p0\"]}", bearer()), 201);
            json(f.postJson(api(invited.at("/invited/0/link").asText()) + "/answer", "{\"answer\": \"in-person\"}"),
                    200);

            String events = f.get("/api/events").body();

            assertThat(events).contains("Illustrative workshop").doesNotContain("Given0", "Family 0", "p0",
                    "registeredAt", "@");
        }
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/i/"));
    }

    private static String api(String link) {
        return "/api/invitations/" + link.substring(link.indexOf("/i/") + 3);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }
}
