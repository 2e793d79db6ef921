package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A server process killed with SIGKILL while 300 answers for 50 places arrive: every answer that
 * got a success response is in the store afterwards, with the outcome it was given; answering the
 * rest again through a new server process completes the event without overbooking.
 */
class KilledServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAcknowledgedAnswerSurvivesAKillAndTheRestCanBeAnsweredAgain() throws Exception {
        String url = Postgres.freshSchemaUrl();
        List<String> tokens;
        try (RegistryStore store = RegistryStore.create(Postgres.dataSource(url),
                ServerFixture.registry(LoadTest.PEOPLE, LoadTest.PLACES))) {
            tokens = LoadTest.links(store);
        }
        Process server = ServerChild.start(url);
        Map<Integer, String> acknowledged = new HashMap<>();
        List<Integer> unanswered = new ArrayList<>();
        try {
            String address = address(server);
            HttpClient http = HttpClient.newHttpClient();
            AtomicInteger done = new AtomicInteger();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (String token : tokens) {
                sent.add(http.sendAsync(answer(address, token), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> done.incrementAndGet()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (done.get() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    HttpResponse<String> r = sent.get(i).join();
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    acknowledged.put(i, JSON.readTree(r.body()).at("/outcome/result").asText());
                } catch (java.util.concurrent.CompletionException lost) {
                    unanswered.add(i);
                }
            }
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).as("answers acknowledged before the kill").isNotEmpty();
        assertThat(unanswered).as("answers cut by the kill").isNotEmpty();

        try (RegistryStore reopened = RegistryStore.open(Postgres.dataSource(url))) {
            Registry registry = reopened.registry();
            acknowledged.forEach((i, result) -> {
                Registration r = registration(registry, ServerFixture.person(i));
                assertThat(r.state().name().toLowerCase().replace("registered", "accepted"))
                        .as("person " + i).isEqualTo(result);
            });
            assertThat(registry.registrationsFor(EVENT)).extracting(Registration::person).doesNotHaveDuplicates();
        }

        Process again = ServerChild.start(url);
        try {
            String address = address(again);
            HttpClient http = HttpClient.newHttpClient();
            for (int i : unanswered) {
                assertThat(http.send(answer(address, tokens.get(i)), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
            }
        } finally {
            again.destroyForcibly();
            again.waitFor(30, TimeUnit.SECONDS);
        }
        try (RegistryStore reopened = RegistryStore.open(Postgres.dataSource(url))) {
            LoadTest.assertEveryoneOnceAndNoOverbooking(reopened.registry(), LoadTest.PEOPLE);
        }
    }

    private static Registration registration(Registry registry, PersonId person) {
        return registry.registrationsFor(EVENT).stream().filter(r -> r.person().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("acknowledged answer of " + person + " is not in the store"));
    }

    private static HttpRequest answer(String address, String token) {
        return HttpRequest.newBuilder(URI.create(address + "/api/invitations/" + token + "/answer"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"answer\": \"in-person\"}")).build();
    }

    static String address(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the child server's first line").isNotNull().startsWith("PORT ");
        return "http://127.0.0.1:" + line.substring(5).strip();
    }
}
