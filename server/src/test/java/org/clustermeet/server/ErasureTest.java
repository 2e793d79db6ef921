package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organiser erases a person's personal data, through the API or the registration's page. */
class ErasureTest {

    @TempDir
    Path folder;

    @Test
    void theApiErasesThePersonOnceAndSaysSoAgain() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            register(f, 0);
            String path = "/api/organiser/people/" + person(0) + "/personal-data";

            HttpResponse<String> erased = f.delete(path, ServerFixture.bearer());
            HttpResponse<String> again = f.delete(path, ServerFixture.bearer());
            HttpResponse<String> nobody = f.delete("/api/organiser/people/nobody/personal-data", ServerFixture.bearer());
            HttpResponse<String> anonymous = f.delete("/api/organiser/people/" + person(1) + "/personal-data");

            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
            assertThat(erased.body()).contains("\"erased\":[\"p0\"]", "\"alreadyErased\":[]", "\"snapshotsRewritten\":1");
            assertThat(again.body()).contains("\"erased\":[]", "\"alreadyErased\":[\"p0\"]");
            assertThat(nobody.statusCode()).isEqualTo(404);
            assertThat(nobody.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("application/problem+json"));
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(f.store.registry().person(person(0)).orElseThrow().isErased()).isTrue();
            assertThat(f.store.registry().person(person(1)).orElseThrow().isErased()).isFalse();
            assertThat(f.get(path, ServerFixture.bearer()).body()).doesNotContain("Given0", "Family 0");
        }
    }

    @Test
    void anOrganiserErasesFromTheRegistrationsPageOnlyAfterConfirming() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            RegistrationId registration = register(f, 0);
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));
            String page = f.get("/organiser/registrations/" + registration, "Cookie", cookie).body();
            String csrf = OrganiserPagesTest.csrf(page);
            String action = "/organiser/registrations/" + registration + "/erase-person";

            HttpResponse<String> unconfirmed = f.postForm(action, "csrf=" + csrf, "Cookie", cookie);
            HttpResponse<String> forged = f.postForm(action, "csrf=forged&confirm=yes", "Cookie", cookie);
            boolean untouched = !f.store.registry().person(person(0)).orElseThrow().isErased();
            HttpResponse<String> done = f.postForm(action, "csrf=" + csrf + "&confirm=yes", "Cookie", cookie);

            assertThat(page).contains("id=\"erase-person\"", "Given0 Family 0");
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            assertThat(unconfirmed.body()).contains("confirm");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(untouched).isTrue();
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(done.body()).contains("The personal data of p0 is erased")
                    .doesNotContain("Given0", "id=\"erase-person\"");
            assertThat(f.store.history(person(0))).last().satisfies(h -> {
                assertThat(h.happening().kind()).isEqualTo(Happening.Kind.ERASED);
                assertThat(h.actor()).isEqualTo(Optional.of(Actor.of(ServerFixture.ORGANISER)));
            });
            assertThat(f.store.registry().registration(registration)).isPresent();
        }
    }

    private static RegistrationId register(ServerFixture f, int i) throws Exception {
        String link = "/i/" + f.store.invitations().issue(EVENT, person(i), Locale.ENGLISH, Actor.of("test")).token()
                .value();
        f.postForm(link, "answer=in-person");
        return f.store.registry().registrationsFor(EVENT).stream().filter(r -> r.person().equals(person(i)))
                .map(org.clustermeet.core.registration.Registration::id).findFirst().orElseThrow();
    }

    @Test
    void aServerWithARetentionPeriodErasesThosePastItWhenItStarts() throws Exception {
        RegistryStore store = RegistryStore.createEmbedded(folder.resolve("store"), ServerFixture.registry(2, 5));
        try (ServerFixture f = ServerFixture.start(store)) {
            register(f, 0);
        }
        // the workshop is on 2031-03-05: on 2032-04-01 it ended more than 12 months ago
        Clock later = Clock.fixed(Instant.parse("2032-04-01T08:00:00Z"), ZoneOffset.UTC);
        RegistryStore reopened = RegistryStore.openEmbedded(folder.resolve("store"), later);
        try (ServerFixture f = ServerFixture.start(reopened, s -> s.withClock(later).withRetention(12))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!f.store.refresh().person(person(0)).orElseThrow().isErased() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(f.store.registry().person(person(0)).orElseThrow().isErased()).isTrue();
            assertThat(f.store.registry().person(person(1)).orElseThrow().isErased())
                    .as("never registered").isFalse();
            assertThat(f.store.history(person(0))).last().extracting(h -> h.actor())
                    .isEqualTo(Optional.of(Actor.of("retention")));
        }
    }
}
