package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.person;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The server as a web application: headers, limits, and hostile input through every form and endpoint. */
class WebSecurityTest {

    /** Hostile values: markup, control and bidi characters, placeholders, SQL, paths, huge and odd numbers. */
    static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "\u001B[31mred", "evil\u202Etxt.exe", "{0}{1}", "'; DROP TABLE clustermeet_journal; --",
            "../../../../etc/passwd", "a\u0000b", "x".repeat(5000), "1e999999999", "-1", "99999999999999999999",
            "p0\r\nSet-Cookie: x=y", "=cmd|' /C calc'!A0", "\uD83D\uDE00");

    @TempDir
    Path folder;

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            for (String path : List.of("/", "/organiser/login", "/api/events", "/api/openapi.json", "/nowhere",
                    "/i/" + "A".repeat(43), "/static/site.css")) {
                HttpResponse<String> r = f.get(path);
                assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'")
                                .doesNotContain("unsafe-inline", "unsafe-eval"));
                assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            }
        }
    }

    @Test
    void requestsRefusedBeforeAnyRouteCarryTheHeadersAndEchoNothing() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            List<HttpResponse<String>> refused = List.of(f.get("/i/a%00b%3Cscript%3E"), f.get("/" + "a".repeat(20_000)),
                    f.get("/", "X-Big", "b".repeat(40_000)));
            for (HttpResponse<String> r : refused) {
                assertThat(r.statusCode()).isBetween(400, 499);
                assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
                assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(r.body()).doesNotContain("script", "aaaa", "bbbb");
                assertThat(r.headers().firstValue("Connection")).as("a connection Jetty drops is said to close")
                        .contains("close");
            }
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String link = invitation(f);
            HttpResponse<String> r = f.postJson("/api/invitations/" + link + "/answer",
                    "{\"answer\": \"" + "x".repeat(200_000) + "\"}");

            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
        }
    }

    @Test
    void problemsNameTheFieldAtFault() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.postJson("/api/invitations/" + invitation(f) + "/answer",
                    "{\"answer\": \"maybe\"}");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("field").asText()).isEqualTo("/answer");
            assertThat(problem.get("detail").asText()).isEqualTo("answer must be in-person, online or decline");
        }
    }

    @Test
    void theOrganiserApiWantsAToken() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            assertThat(f.get("/api/organiser/events/" + EVENT + "/registrations").statusCode()).isEqualTo(401);
            assertThat(f.get("/api/organiser/events/" + EVENT + "/registrations", "Authorization",
                    "Bearer " + ServerFixture.TOKEN + "x").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void hostileInputThroughEveryFormAndEndpointIsRefusedOrInertNeverAFailure() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 2, 5)) {
            String token = invitation(f);
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));
            String csrf = OrganiserPagesTest.csrf(f.get("/organiser", "Cookie", cookie).body());
            for (String hostile : HOSTILE) {
                String form = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
                String json = new ObjectMapper().writeValueAsString(hostile);
                String path = form.length() > 3000 ? form.substring(0, 3000) : form;
                List<HttpResponse<String>> answers = new ArrayList<>();
                answers.add(f.postForm("/i/" + token, "answer=" + form));
                answers.add(f.get("/i/" + path));
                answers.add(f.get("/i/" + token + "?lang=" + form));
                answers.add(f.postJson("/api/invitations/" + token + "/answer", "{\"answer\": " + json + "}"));
                answers.add(f.postJson("/api/invitations/" + token + "/answer", "{\"answer\": " + hostile + "}"));
                answers.add(f.get("/api/events/" + path));
                answers.add(f.get("/api/organiser/events/" + EVENT + "/registrations?state=" + form,
                        ServerFixture.bearer()));
                answers.add(f.postJson("/api/organiser/events/" + EVENT + "/invitations", "{\"people\": [" + json
                        + "], \"role\": " + json + ", \"language\": " + json + "}", ServerFixture.bearer()));
                answers.add(f.putJson("/api/organiser/events/" + EVENT + "/capacity", "{\"capacity\": " + json + "}",
                        ServerFixture.bearer()));
                answers.add(f.putJson("/api/organiser/events/" + EVENT + "/capacity", "{\"capacity\": " + hostile
                        + "}", ServerFixture.bearer()));
                answers.add(f.postForm("/organiser/login", "token=" + form));
                answers.add(f.get("/organiser/events/" + path, "Cookie", cookie));
                answers.add(f.get("/organiser/events/" + EVENT + "?state=" + form, "Cookie", cookie));
                answers.add(f.postForm("/organiser/events/" + EVENT + "/invite", "csrf=" + csrf + "&people=" + form
                        + "&role=" + form + "&language=" + form, "Cookie", cookie));
                answers.add(f.postForm("/organiser/events/" + EVENT + "/capacity", "csrf=" + csrf + "&capacity="
                        + form, "Cookie", cookie));
                answers.add(f.postForm("/organiser/registrations/" + path + "/cancel", "csrf=" + csrf, "Cookie",
                        cookie));
                answers.add(f.postForm("/organiser/events/" + EVENT + "/invitations/" + path + "/revoke", "csrf="
                        + csrf, "Cookie", cookie));
                answers.add(f.postJson("/api/organiser/events/" + EVENT + "/invitations/" + path + "/revoke", "{}",
                        ServerFixture.bearer()));
                answers.add(f.get("/organiser/events/" + EVENT + "/export/" + path, "Cookie", cookie));
                answers.add(f.get("/events/" + path + "/register"));
                answers.add(f.get("/events/" + ServerFixture.OPEN_EVENT + "/register?lang=" + form));
                StringBuilder signUp = new StringBuilder("website=");
                StringBuilder signUpJson = new StringBuilder("{");
                for (String field : List.of("givenName", "familyName", "email", "organisation", "otherName",
                        "otherCountry", "title", "kind", "role", "attends", "publishName")) {
                    signUp.append('&').append(field).append('=').append(form);
                    signUpJson.append(signUpJson.length() == 1 ? "" : ", ").append('"').append(field).append("\": ")
                            .append(json);
                }
                answers.add(f.postForm("/events/" + ServerFixture.OPEN_EVENT + "/register", signUp.toString()));
                answers.add(f.postJson("/api/events/" + ServerFixture.OPEN_EVENT + "/registrations",
                        signUpJson.append('}').toString()));
                answers.add(f.postJson("/api/events/" + path + "/registrations", "{\"givenName\": " + hostile + "}"));
                for (HttpResponse<String> r : answers) {
                    String where = r.request().method() + " " + r.uri() + " with " + hostile.substring(0,
                            Math.min(30, hostile.length()));
                    assertThat(r.statusCode()).as(where).isLessThan(500);
                    assertThat(r.body()).as(where).doesNotContain("\u001B", "\u202E", "\u0000", "Exception", "\tat ",
                            "org.h2", "PSQLException", "jdbc:", "clustermeet_journal (");
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    if (type.startsWith("text/plain")) {
                        assertThat(r.body()).as(where).matches("[45]\\d\\d [A-Za-z ]+\n");
                    } else if (type.startsWith("text/html")) {
                        assertThat(r.body()).as(where).doesNotContain("<script", "<img src=x");
                    } else {
                        assertThat(type).as(where).matches("application/(problem\\+)?json.*");
                        assertThat(new ObjectMapper().readTree(r.body()).isObject()).as(where).isTrue();
                    }
                }
            }
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
            assertThat(f.store.registry().registrationsFor(ServerFixture.OPEN_EVENT)).isEmpty();
            assertThat(f.store.registry().event(EVENT).orElseThrow().capacity()).contains(5);
        }
    }

    private static String invitation(ServerFixture f) {
        return f.store.invitations().issue(EVENT, person(0), Locale.ENGLISH, Actor.of("test")).token().value();
    }
}
