package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.bearer;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            List<String> links = invite(f, "{\"people\": [\"p0\", \"p1\"], \"language\": \"en\"}");

            JsonNode accepted = answer(f, links.get(0), "in-person");
            JsonNode waiting = answer(f, links.get(1), "in-person");

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
            List<String> links = invite(f, "{\"people\": [\"p0\", \"p1\"]}");
            answer(f, links.get(0), "in-person");
            answer(f, links.get(1), "in-person");

            JsonNode declined = answer(f, links.get(0), "decline");

            assertThat(declined.at("/outcome/result").asText()).isEqualTo("cancelled");
            assertThat(json(f.get(links.get(1)), 200).at("/registration/state").asText()).isEqualTo("registered");
        }
    }

    @Test
    void decliningWithoutARegistrationChangesNothing() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            List<String> links = invite(f, "{\"people\": [\"p0\"], \"language\": \"pl\"}");

            JsonNode declined = answer(f, links.get(0), "decline");

            assertThat(declined.at("/outcome/result").asText()).isEqualTo("declined");
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
        }
    }

    @Test
    void anOrganiserSeesTheRegistrationsAndTheirHistoryWithWhoDidWhat() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 1)) {
            List<String> links = invite(f, "{\"people\": [\"p0\", \"p1\"]}");
            answer(f, links.get(0), "in-person");
            answer(f, links.get(1), "in-person");
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
            List<String> links = invite(f, "{\"people\": [\"p0\", \"p1\"]}");
            answer(f, links.get(0), "in-person");
            answer(f, links.get(1), "in-person");
            assertThat(json(f.get("/api/organiser/events/" + EVENT + "/registrations?state=waitlisted", bearer()), 200)
                    .at("/registrations/0/position").asInt()).isEqualTo(1);

            JsonNode event = json(f.putJson("/api/organiser/events/" + EVENT + "/capacity", "{\"capacity\": 2}",
                    bearer()), 200);

            assertThat(event.get("placesLeft").asInt()).isZero();
            assertThat(event.get("waiting").asInt()).isZero();
        }
    }

    @Test
    void aRoleInvitesEveryoneWhoMayRegisterInItInTheirOrganisationsLanguage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 3, 5)) {
            List<String> links = invite(f, "{\"role\": \"association-representative\"}");

            assertThat(links).hasSize(3);
            assertThat(json(f.get(links.get(2)), 200).get("language").asText()).isEqualTo("pl");
        }
    }

    @Test
    void aWithdrawnInvitationNoLongerAnswers() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            List<String> links = invite(f, "{\"people\": [\"p0\"]}");

            json(f.postJson("/api/organiser/events/" + EVENT + "/invitations/p0/revoke", "{}", bearer()), 200);

            assertThat(f.postJson(links.get(0) + "/answer", "{\"answer\": \"in-person\"}").statusCode())
                    .isEqualTo(409);
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
            answer(f, invite(f, "{\"people\": [\"p0\"]}").get(0), "in-person");

            String events = f.get("/api/events").body();

            assertThat(events).contains("Illustrative workshop").doesNotContain("Given0", "Family 0", "p0",
                    "registeredAt", "@");
        }
    }

    /** Invites people through the API and returns their links, in order, as API paths. */
    private static List<String> invite(ServerFixture f, String body) throws Exception {
        JsonNode invited = json(f.postJson("/api/organiser/events/" + EVENT + "/invitations", body, bearer()), 201);
        List<String> links = new ArrayList<>();
        invited.get("invited").forEach(i -> links.add(api(i.get("link").asText())));
        return links;
    }

    /** Answers through an invitation's API path and returns the answer. */
    private static JsonNode answer(ServerFixture f, String link, String answer) throws Exception {
        return json(f.postJson(link + "/answer", "{\"answer\": \"" + answer + "\"}"), 200);
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
