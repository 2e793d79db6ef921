package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.ASSOCIATION;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.OPEN_EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.server.badges.BadgePdf;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.server.checkin.TokenCheck;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Check-in at the door: badges signed by the server's key, scanned into the organiser's page or
 * the API on the event's day (09:12 in Warsaw), each registration marked attended once.
 */
class CheckInTest {

    private static final CheckInKey KEY = CheckInKey.of("check-in-test-secret-0123456789abcdef".getBytes(
            StandardCharsets.UTF_8));
    /** 09:12 in Warsaw on the workshop's day. */
    private static final Instant EVENT_DAY = Instant.parse("2031-03-05T08:12:00Z");
    /** While registration is open. */
    private static final Instant BEFORE = Instant.parse("2031-01-10T10:00:00Z");

    /** A clock the test moves: registrations before the event, scans on its day. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = BEFORE;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private ServerFixture start(int capacity) {
        RegistryStore store = RegistryStore.createEmbedded(folder.resolve("store"), ServerFixture.registry(4, capacity),
                clock);
        return ServerFixture.start(store, s -> s.withCheckInKey(KEY).withClock(clock));
    }

    private static RegistrationId register(ServerFixture f, int i) {
        RegistrationOutcome outcome = f.store.registerNow(EVENT, person(i), ASSOCIATION,
                EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON, Actor.of("test")).outcome();
        if (outcome instanceof RegistrationOutcome.Accepted a) {
            return a.registration().id();
        }
        if (outcome instanceof RegistrationOutcome.Waitlisted w) {
            return w.registration().id();
        }
        throw new AssertionError(outcome);
    }

    private static String code(RegistrationId id) {
        return KEY.sign(EVENT, id).text();
    }

    private static HttpResponse<String> scan(ServerFixture f, String code) throws Exception {
        return f.postJson("/api/organiser/events/" + EVENT + "/check-ins", JSON.createObjectNode().put("code", code)
                .toString(), ServerFixture.bearer());
    }

    @Test
    void aBadgeScannedOnTheDayMarksItsRegistrationAttendedWithTheOrganiserAsActor() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            register(f, 1);
            clock.now = EVENT_DAY;

            HttpResponse<String> response = scan(f, code(id));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = JSON.readTree(response.body());
            assertThat(answer.get("outcome").asText()).isEqualTo("checked-in");
            assertThat(answer.get("person").asText()).isEqualTo("Given0 Family 0");
            assertThat(answer.get("at").asText()).isEqualTo("09:12");
            assertThat(answer.get("attended").asInt()).isEqualTo(1);
            assertThat(answer.get("holdingPlace").asInt()).isEqualTo(2);
            assertThat(f.store.registry().registration(id).orElseThrow().state()).isEqualTo(RegistrationState.ATTENDED);
            HistoryEntry last = f.store.history(id).get(f.store.history(id).size() - 1);
            assertThat(last.happening().kind()).isEqualTo(Happening.Kind.ATTENDED);
            assertThat(last.actor()).contains(Actor.of(ServerFixture.ORGANISER));
        }
    }

    @Test
    void aSecondScanOfTheSameBadgeSaysWhenTheFirstWasAndChangesNothing() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            clock.now = EVENT_DAY;
            scan(f, code(id));
            int rows = f.store.history(EVENT).size();

            JsonNode again = JSON.readTree(scan(f, code(id)).body());

            assertThat(again.get("outcome").asText()).isEqualTo("already-checked-in");
            assertThat(again.get("attended").asInt()).isEqualTo(1);
            assertThat(f.store.history(EVENT)).hasSize(rows);
        }
    }

    @Test
    void aForgedAlteredOrForeignCodeIsRefusedNamingTheField() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            String good = code(id);
            String altered = good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A");
            String otherKey = CheckInKey.random().sign(EVENT, id).text();
            String otherEvent = KEY.sign(OPEN_EVENT, id).text();
            clock.now = EVENT_DAY;

            for (String code : List.of(altered, otherKey, otherEvent, "hello", "CM1/" + EVENT + "/" + id)) {
                HttpResponse<String> response = scan(f, code);

                assertThat(response.statusCode()).as(code).isEqualTo(422);
                assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("/code");
            }
            assertThat(JSON.readTree(scan(f, otherEvent).body()).get("detail").asText())
                    .isEqualTo("This badge is for another event: Illustrative open day.");
            assertThat(f.store.registry().registration(id).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);
        }
    }

    @Test
    void aWaitlistedOrCancelledRegistrationIsRefusedWithItsState() throws Exception {
        try (ServerFixture f = start(1)) {
            register(f, 0);
            RegistrationId waiting = register(f, 1);
            RegistrationId cancelled = register(f, 2);
            f.store.cancel(cancelled, Actor.of("test"));
            clock.now = EVENT_DAY;

            HttpResponse<String> w = scan(f, code(waiting));
            HttpResponse<String> c = scan(f, code(cancelled));

            assertThat(w.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(w.body()).get("detail").asText())
                    .isEqualTo("Not admitted: the registration is on the waiting list.");
            assertThat(c.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(c.body()).get("detail").asText()).contains("cancelled");
        }
    }

    @Test
    void checkInOpensOnTheEventsFirstDay() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            clock.now = Instant.parse("2031-03-04T22:59:00Z");

            HttpResponse<String> response = scan(f, code(id));

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(response.body()).get("detail").asText())
                    .isEqualTo("Check-in opens on the event's first day, 2031-03-05.");
        }
    }

    @Test
    void aServerWithoutACheckInSecretSaysHowToGiveOne() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            HttpResponse<String> response = scan(f, "CM1/x/y/z");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.body()).contains("start it with --check-in-secret FILE");
        }
    }

    @Test
    void theCheckInPageShowsWhoCameAndTheRunningCountInPolish() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            register(f, 1);
            clock.now = EVENT_DAY;
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));
            String page = f.get("/organiser/events/" + EVENT + "/check-in?lang=pl", "Cookie", cookie).body();
            String csrf = OrganiserPagesTest.csrf(page);

            HttpResponse<String> first = f.postForm("/organiser/events/" + EVENT + "/check-in?lang=pl", "csrf=" + csrf
                    + "&code=" + URLEncoder.encode(code(id) + "\r\n", StandardCharsets.UTF_8), "Cookie", cookie);
            HttpResponse<String> second = f.postForm("/organiser/events/" + EVENT + "/check-in?lang=pl", "csrf=" + csrf
                    + "&code=" + URLEncoder.encode(code(id), StandardCharsets.UTF_8), "Cookie", cookie);

            assertThat(page).contains("Obecni: 0 z 2", "autofocus");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("Given0 Family 0", "Wejście zarejestrowane o 09:12.", "Obecni: 1 z 2");
            assertThat(second.body()).contains("Wejście już zarejestrowano o 09:12.", "Obecni: 1 z 2");
        }
    }

    @Test
    void aCheckInFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            clock.now = EVENT_DAY;
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));

            HttpResponse<String> response = f.postForm("/organiser/events/" + EVENT + "/check-in", "csrf=forged&code="
                    + URLEncoder.encode(code(id), StandardCharsets.UTF_8), "Cookie", cookie);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(f.store.registry().registration(id).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);
        }
    }

    @Test
    void theBadgesLinkGivesAPdfWhoseCodesTheDoorAccepts() throws Exception {
        BadgePdf.fonts();
        try (ServerFixture f = start(5)) {
            RegistrationId id = register(f, 0);
            register(f, 1);
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));

            HttpResponse<byte[]> pdf = f.http.send(java.net.http.HttpRequest.newBuilder(
                    f.uri("/organiser/events/" + EVENT + "/badges?layout=a4")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/pdf"));
            List<String> codes = BadgePdf.read(pdf.body()).get(0).codes();
            assertThat(codes).hasSize(2).allSatisfy(c -> assertThat(KEY.check(c)).isInstanceOf(TokenCheck.Valid.class));
            assertThat(codes).contains(code(id));
        }
    }

    @Test
    void theBadgesAndCheckInPagesNeedALogin() throws Exception {
        try (ServerFixture f = start(5)) {
            for (String path : List.of("/badges", "/check-in")) {
                HttpResponse<String> response = f.get("/organiser/events/" + EVENT + path);

                assertThat(response.statusCode()).as(path).isEqualTo(303);
                assertThat(response.headers().firstValue("Location")).contains("/organiser/login");
            }
        }
    }

    @Test
    void anEventMarkedHeldReportsWhoCameAndListsTheNoShowsToTheOrganiser() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId came = register(f, 0);
            register(f, 1);
            clock.now = EVENT_DAY;
            scan(f, code(came));

            HttpResponse<String> held = f.postJson("/api/organiser/events/" + EVENT + "/held", "{}",
                    ServerFixture.bearer());
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));
            String report = f.get("/organiser/events/" + EVENT + "/report", "Cookie", cookie).body();

            assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
            assertThat(JSON.readTree(held.body()).get("status").asText()).isEqualTo("held");
            assertThat(report).contains("data-figure=\"attended\" data-value=\"1\"",
                    "data-figure=\"no-shows\" data-value=\"1\"", "id=\"no-shows\"", "Given1 Family 1");
            assertThat(report.substring(report.indexOf("id=\"no-shows\""))).doesNotContain("Given0 Family 0");
        }
    }

    @Test
    void whileTheDoorsAreOpenTheReportCountsCheckInsAndListsNoShowsNotYet() throws Exception {
        try (ServerFixture f = start(5)) {
            RegistrationId came = register(f, 0);
            register(f, 1);
            clock.now = EVENT_DAY;
            scan(f, code(came));
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));

            String report = f.get("/organiser/events/" + EVENT + "/report", "Cookie", cookie).body();

            assertThat(report).contains("data-figure=\"attended\" data-value=\"1\"")
                    .doesNotContain("data-figure=\"no-shows\"", "id=\"no-shows\"");
        }
    }

    @Test
    void anEventCannotBeMarkedHeldBeforeItsFirstDay() throws Exception {
        try (ServerFixture f = start(5)) {
            HttpResponse<String> held = f.postJson("/api/organiser/events/" + EVENT + "/held", "{}",
                    ServerFixture.bearer());

            assertThat(held.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(held.body()).get("detail").asText())
                    .isEqualTo("event illustrative-workshop begins on 2031-03-05: it can be marked held from that day");
        }
    }
}
