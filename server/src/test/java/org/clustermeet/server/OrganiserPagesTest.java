package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organiser's pages: a token login, a session cookie, CSRF tokens on every form, actions recorded. */
class OrganiserPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path folder;

    @Test
    void theSessionCookieIsHttpOnlySecureAndStrict() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> login = logIn(f, ServerFixture.TOKEN);

            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
                    assertThat(c).contains("HttpOnly", "Secure", "SameSite=Strict"));
        }
    }

    @Test
    void aWrongTokenIsRefusedAndGivesNoCookie() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> login = logIn(f, "not-the-token-not-the-token-not");

            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(login.body()).contains("This token is not an organiser");
        }
    }

    @Test
    void withoutASessionTheOrganisersPagesSendToTheLogin() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> page = f.get("/organiser/events/" + EVENT);

            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).contains("/organiser/login");
        }
    }

    @Test
    void anOrganiserSeesTheRegistrationsWithTheWaitingListInOrder() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 3, 1)) {
            register(f, 0);
            register(f, 1);
            register(f, 2);
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));

            String body = f.get("/organiser/events/" + EVENT + "?state=waitlisted", "Cookie", cookie).body();
            String page = body.substring(body.indexOf("<table id=\"registrations\""), body.indexOf("</table>",
                    body.indexOf("<table id=\"registrations\"")));

            assertThat(page).contains("Given1 Family 1", "Given2 Family 2", "on the waiting list (1)",
                    "on the waiting list (2)").doesNotContain("Given0 Family 0");
            assertThat(page.indexOf("Given1")).isLessThan(page.indexOf("Given2"));
        }
    }

    @Test
    void cancellingARegistrationPromotesTheFirstWaitingAndRecordsTheOrganiser() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 1)) {
            RegistrationId first = register(f, 0);
            RegistrationId second = register(f, 1);
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));
            String csrf = csrf(f.get("/organiser/events/" + EVENT, "Cookie", cookie).body());

            HttpResponse<String> done = f.postForm("/organiser/registrations/" + first + "/cancel", "csrf=" + csrf,
                    "Cookie", cookie);

            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(done.body()).contains("Registration " + first + " is cancelled.",
                    "Registration " + second + " was promoted");
            assertThat(f.store.registry().registration(second).orElseThrow().state())
                    .isEqualTo(RegistrationState.REGISTERED);
            assertThat(f.store.history(first)).last().extracting(HistoryEntry::actor)
                    .isEqualTo(java.util.Optional.of(Actor.of(ServerFixture.ORGANISER)));
        }
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenChangesNothing() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 1)) {
            RegistrationId first = register(f, 0);
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));

            HttpResponse<String> forged = f.postForm("/organiser/registrations/" + first + "/cancel",
                    "csrf=forged", "Cookie", cookie);

            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(f.store.registry().registration(first).orElseThrow().state())
                    .isEqualTo(RegistrationState.REGISTERED);
        }
    }

    @Test
    void invitingShowsEachPersonalLinkOnce() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));
            String csrf = csrf(f.get("/organiser/events/" + EVENT, "Cookie", cookie).body());

            String page = f.postForm("/organiser/events/" + EVENT + "/invite", "csrf=" + csrf
                    + "&people=p0%2C+p1&role=&language=pl", "Cookie", cookie).body();

            assertThat(page).contains("Invited 2 people");
            assertThat(Pattern.compile(Pattern.quote(f.server.address()) + "/i/[A-Za-z0-9_-]{43}").matcher(page)
                    .results().count()).isEqualTo(2);
            assertThat(f.store.invitations().of(EVENT)).extracting(i -> i.language().getLanguage())
                    .containsOnly("pl");
        }
    }

    @Test
    void anOrganiserWithdrawsAnInvitationFromTheEventsPage() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = "/i/" + f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, Actor.of("test"))
                    .token().value();
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));
            String page = f.get("/organiser/events/" + EVENT, "Cookie", cookie).body();
            assertThat(page).contains("data-person=\"p0\" data-state=\"usable\"");

            String done = f.postForm("/organiser/events/" + EVENT + "/invitations/p0/revoke", "csrf=" + csrf(page),
                    "Cookie", cookie).body();

            assertThat(done).contains("The invitation of p0 is withdrawn", "data-state=\"revoked\"");
            assertThat(f.postForm(link, "answer=in-person").statusCode()).isEqualTo(409);
        }
    }

    @Test
    void changingCapacityOnThePageChangesTheEvent() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));
            String csrf = csrf(f.get("/organiser/events/" + EVENT, "Cookie", cookie).body());

            String page = f.postForm("/organiser/events/" + EVENT + "/capacity", "csrf=" + csrf + "&capacity=12",
                    "Cookie", cookie).body();

            assertThat(page).contains("The event now has 12 places in person.");
            assertThat(f.store.registry().event(EVENT).orElseThrow().capacity()).contains(12);
        }
    }

    @Test
    void theReportShowsComputedFiguresAndNoAttendanceBeforeTheEvent() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            register(f, 0);
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));

            String page = f.get("/organiser/events/" + EVENT + "/report", "Cookie", cookie).body();

            assertThat(page).contains("data-figure=\"registered\" data-value=\"1\"")
                    .doesNotContain("data-figure=\"attended\"");
        }
    }

    @Test
    void theReportCountsTheWaitingList() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 3, 1)) {
            register(f, 0);
            register(f, 1);
            register(f, 2);
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));

            String page = f.get("/organiser/events/" + EVENT + "/report", "Cookie", cookie).body();

            assertThat(page).contains("data-figure=\"registered\" data-value=\"1\"",
                    "data-figure=\"waiting\" data-value=\"2\"", "data-figure=\"places-left\" data-value=\"0\"");
        }
    }

    @Test
    void theExportsGiveTheEventsCalendarAndItsRegistrationsAsCsv() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            register(f, 0);
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));

            HttpResponse<String> ics = f.get("/organiser/events/" + EVENT + "/export/ics", "Cookie", cookie);
            HttpResponse<String> csv = f.get("/organiser/events/" + EVENT + "/export/csv", "Cookie", cookie);

            assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("text/calendar"));
            assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("Illustrative workshop");
            assertThat(csv.headers().firstValue("Content-Disposition")).contains(
                    "attachment; filename=\"illustrative-workshop.csv\"");
            assertThat(csv.body()).contains("Given0");
            assertThat(f.get("/organiser/events/" + EVENT + "/export/csv").statusCode()).isEqualTo(303);
            assertThat(f.get("/organiser/events/" + EVENT + "/export/pdf", "Cookie", cookie).statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void theCalendarsSequenceRisesWithEachChangeOfTheEvent() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));
            String before = f.get("/organiser/events/" + EVENT + "/export/ics", "Cookie", cookie).body();
            var event = f.store.registry().event(EVENT).orElseThrow();
            f.store.changeEvent(event.withSchedule(org.clustermeet.core.event.EventSchedule.day(
                    event.schedule().firstDay().plusDays(1))), ServerFixture.ACTOR_FREE);

            String after = f.get("/organiser/events/" + EVENT + "/export/ics", "Cookie", cookie).body();

            assertThat(before).contains("SEQUENCE:0\r\n");
            assertThat(after).contains("SEQUENCE:1\r\n").doesNotContain("SEQUENCE:0");
        }
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String cookie = cookie(logIn(f, ServerFixture.TOKEN));
            String csrf = csrf(f.get("/organiser", "Cookie", cookie).body());

            f.postForm("/organiser/logout", "csrf=" + csrf, "Cookie", cookie);

            assertThat(f.get("/organiser", "Cookie", cookie).statusCode()).isEqualTo(303);
        }
    }

    static HttpResponse<String> logIn(ServerFixture f, String token) throws Exception {
        return f.postForm("/organiser/login", "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<String> login) {
        String header = login.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static RegistrationId register(ServerFixture f, int i) throws Exception {
        String link = "/i/" + f.store.invitations().issue(EVENT, person(i), Locale.ENGLISH, Actor.of("test")).token()
                .value();
        f.postForm(link, "answer=in-person");
        return f.store.registry().registrationsFor(EVENT).stream().filter(r -> r.person().equals(person(i)))
                .findFirst().orElseThrow().id();
    }
}
