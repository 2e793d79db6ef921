package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Many answers at once through HTTP on PostgreSQL: capacity holds, arrival order holds, nothing is lost. */
class LoadTest {

    static final int PEOPLE = 300;
    static final int PLACES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void threeHundredConcurrentAnswersForFiftyPlacesGiveFiftyPlacesAndAWaitingListInArrivalOrder()
            throws Exception {
        String url = Postgres.freshSchemaUrl();
        try (RegistryStore store = RegistryStore.create(Postgres.dataSource(url),
                ServerFixture.registry(PEOPLE, PLACES)); ServerFixture f = ServerFixture.start(store)) {
            List<String> links = links(store);

            List<HttpResponse<String>> responses = answerAll(f.server.address(), links);

            Set<Integer> positions = new HashSet<>();
            int accepted = 0;
            for (HttpResponse<String> r : responses) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode outcome = JSON.readTree(r.body()).get("outcome");
                if (outcome.get("result").asText().equals("accepted")) {
                    accepted++;
                } else {
                    assertThat(outcome.get("result").asText()).isEqualTo("waitlisted");
                    assertThat(positions.add(outcome.get("position").asInt())).isTrue();
                }
            }
            assertThat(accepted).isEqualTo(PLACES);
            assertThat(positions).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PEOPLE - PLACES)
                    .boxed().toList());
            assertEveryoneOnceAndNoOverbooking(store.refresh(), PEOPLE);
        }
    }

    @Test
    void twoServersOnOneDatabaseShareTheEventWithoutOverbooking() throws Exception {
        String url = Postgres.freshSchemaUrl();
        try (RegistryStore first = RegistryStore.create(Postgres.dataSource(url), ServerFixture.registry(PEOPLE,
                PLACES)); RegistryStore second = RegistryStore.open(Postgres.dataSource(url));
             ServerFixture a = ServerFixture.start(first); ServerFixture b = ServerFixture.start(second)) {
            List<String> links = links(first);
            List<String> toA = new ArrayList<>();
            List<String> toB = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                (i % 2 == 0 ? toA : toB).add(links.get(i));
            }

            CompletableFuture<List<HttpResponse<String>>> viaA = CompletableFuture.supplyAsync(() ->
                    answerAll(a.server.address(), toA));
            List<HttpResponse<String>> viaB = answerAll(b.server.address(), toB);

            assertThat(viaA.get()).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            assertThat(viaB).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            assertEveryoneOnceAndNoOverbooking(first.refresh(), PEOPLE);
        }
    }

    @Test
    void theSameAnswerSentManyTimesAtOnceRegistersOnceAndNoneIsRefused() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String token = f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, Actor.of("test")).token()
                    .value();

            List<HttpResponse<String>> responses = answerAll(f.server.address(), java.util.Collections.nCopies(20,
                    token));

            assertThat(responses).allSatisfy(r -> {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).at("/outcome/result").asText()).isIn("accepted", "unchanged");
            });
            assertThat(f.store.registry().registrationsFor(EVENT)).hasSize(1);
        }
    }

    @Test
    void manyDeclinesAtOnceCancelOnceAndNoneFails() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String token = f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, Actor.of("test")).token()
                    .value();
            answerAll(f.server.address(), List.of(token));

            List<HttpResponse<String>> responses = send(f.server.address(), java.util.Collections.nCopies(20, token),
                    "decline");

            assertThat(responses).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).at("/outcome/result").asText()).isIn("cancelled", "declined");
            });
            assertThat(f.store.registry().registrationsFor(EVENT)).singleElement()
                    .extracting(Registration::state).isEqualTo(RegistrationState.CANCELLED);
        }
    }

    /** Each person has exactly one registration; exactly the places are held; the waiting list is in arrival order. */
    static void assertEveryoneOnceAndNoOverbooking(Registry registry, int people) {
        List<Registration> all = registry.registrationsFor(EVENT);
        assertThat(all).extracting(Registration::person).doesNotHaveDuplicates().hasSize(people);
        assertThat(all.stream().filter(r -> r.state() == RegistrationState.REGISTERED)).hasSize(PLACES);
        List<Registration> waiting = RegistrationWorkflow.waitingList(registry, EVENT);
        assertThat(waiting).hasSize(people - PLACES);
        for (int i = 1; i < waiting.size(); i++) {
            assertThat(waiting.get(i).registeredAt().orElseThrow())
                    .isAfterOrEqualTo(waiting.get(i - 1).registeredAt().orElseThrow());
        }
    }

    static List<String> links(RegistryStore store) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            PersonId p = person(i);
            tokens.add(store.invitations().issue(EVENT, p, Locale.ENGLISH, Actor.of("test")).token().value());
        }
        return tokens;
    }

    /** Sends every answer at once and waits for all. */
    static List<HttpResponse<String>> answerAll(String address, List<String> tokens) {
        return send(address, tokens, "in-person");
    }

    /** Sends one answer for each token at once and waits for all. */
    static List<HttpResponse<String>> send(String address, List<String> tokens, String answer) {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (String token : tokens) {
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(address + "/api/invitations/" + token
                    + "/answer")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"answer\": \"" + answer + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }
}
