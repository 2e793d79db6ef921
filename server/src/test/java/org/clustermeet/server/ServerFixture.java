package org.clustermeet.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.store.RegistryStore;

/**
 * A running server on a fresh embedded store for one test, with an illustrative registry: a Polish
 * association and cluster organisation, an illustrative workshop in 2031 with a few places, an
 * open day in 2031 that anyone may register for (two places), and people holding a role at the
 * association. Not real data.
 */
final class ServerFixture implements AutoCloseable {

    static final EventId EVENT = EventId.of("illustrative-workshop");
    static final OrganisationId ASSOCIATION = OrganisationId.of("illustrative-association");
    static final OrganisationId CLUSTER = OrganisationId.of("illustrative-cluster");
    static final EventId OPEN_EVENT = EventId.of("illustrative-open-day");
    static final String ORGANISER = "secretariat";
    static final org.clustermeet.core.workflow.Actor ACTOR_FREE = org.clustermeet.core.workflow.Actor.of("test");
    static final String TOKEN = "organiser-token-for-tests-0123456789";

    final RegistryStore store;
    final RegistrationServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ServerFixture(RegistryStore store, RegistrationServer server) {
        this.store = store;
        this.server = server;
    }

    static ServerFixture start(Path folder, int people, int capacity) {
        return start(RegistryStore.createEmbedded(folder.resolve("store"), registry(people, capacity)));
    }

    static ServerFixture start(RegistryStore store) {
        return start(store, settings -> settings);
    }

    /**
     * Starts a server on a store, with the test settings changed (a check-in key, a clock).
     *
     * @param store    the store
     * @param settings changes the test settings
     * @return the running fixture
     */
    static ServerFixture start(RegistryStore store, java.util.function.UnaryOperator<ServerSettings> settings) {
        RegistrationServer server = RegistrationServer.start(store, settings.apply(ServerSettings.defaults().withPort(0)
                .withOrganisers(Organisers.of(Map.of(ORGANISER, TOKEN))).withAnswersPerMinute(10_000)));
        return new ServerFixture(store, server);
    }

    static Registry registry(int people, int capacity) {
        RegistryBuilder b = Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EVENT, "Illustrative workshop", EventKind.MATCHMAKING,
                                EventSchedule.day(LocalDate.of(2031, 3, 5)))
                        .localTitle("pl", "Warsztaty przykładowe")
                        .venue(Venue.inCity("Warszawa", CountryCode.of("PL")))
                        .capacity(capacity).build())
                .add(ClusterOrganisation.builder(CLUSTER, "Illustrative cluster", CountryCode.of("PL"))
                        .members(20, 15).build())
                .add(Event.builder(OPEN_EVENT, "Illustrative open day", EventKind.MATCHMAKING,
                                EventSchedule.day(LocalDate.of(2031, 4, 9)))
                        .localTitle("pl", "Przykładowy dzień otwarty")
                        .venue(Venue.inCity("Kraków", CountryCode.of("PL")))
                        .capacity(2).openRegistration(true).build());
        for (int i = 0; i < people; i++) {
            b.add(Person.of(person(i), "Given" + i, "Family " + i)
                    .withRole(PersonRole.of(ASSOCIATION, "Member", LocalDate.of(2020, 1, 1))));
        }
        return b.build();
    }

    static PersonId person(int i) {
        return PersonId.of("p" + i);
    }

    URI uri(String path) {
        return URI.create(server.address() + path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> delete(String path, String... headers) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
    }

    HttpResponse<String> postJson(String path, String json, String... headers) throws IOException,
            InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    HttpResponse<String> putJson(String path, String json, String... headers) throws IOException,
            InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    HttpResponse<String> postForm(String path, String form, String... headers) throws IOException,
            InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws IOException,
            InterruptedException {
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String[] bearer() {
        return new String[] {"Authorization", "Bearer " + TOKEN};
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
