package org.clustermeet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.server.ServerFixture.ASSOCIATION;
import static org.clustermeet.server.ServerFixture.CLUSTER;
import static org.clustermeet.server.ServerFixture.EVENT;
import static org.clustermeet.server.ServerFixture.OPEN_EVENT;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Open registration: anyone registers for an event open to anyone, declaring who they are; the
 * person is created with what they declared, marked as declared (illustrative people).
 */
class OpenRegistrationTest {

    private static final String FORM = "/events/" + OPEN_EVENT + "/register";
    private static final String API = "/api/events/" + OPEN_EVENT + "/registrations";

    @TempDir
    Path folder;

    private static Map<String, String> anna() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("givenName", "Anna");
        fields.put("familyName", "Illustrative");
        fields.put("email", "anna@example.org");
        fields.put("organisation", CLUSTER.value());
        fields.put("title", "Cluster manager");
        fields.put("kind", "manager");
        fields.put("role", "cluster-manager");
        fields.put("attends", "in-person");
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Person onlyNewPerson(Registry registry) {
        List<Person> created = registry.people().stream().filter(p -> p.id().value().startsWith("p-")).toList();
        assertThat(created).hasSize(1);
        return created.get(0);
    }

    @Test
    void theFormShowsTheEventEveryOrganisationAndAnUncheckedConsent() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.get(FORM + "?lang=pl");

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Przykładowy dzień otwarty", "Illustrative cluster (PL)",
                    "Illustrative association (PL)", "Inna organizacja", "name=\"website\"");
            assertThat(r.body()).containsPattern("<input type=\"checkbox\" id=\"publishName\" name=\"publishName\" "
                    + "value=\"on\">");
        }
    }

    @Test
    void anEventNotOpenToAnyoneHasNoForm() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            assertThat(f.get("/events/" + EVENT + "/register").statusCode()).isEqualTo(404);
            assertThat(f.postForm("/events/" + EVENT + "/register", form(anna())).statusCode()).isEqualTo(404);
            assertThat(f.postJson("/api/events/" + EVENT + "/registrations", "{}").statusCode()).isEqualTo(404);
            assertThat(f.store.registry().registrationsFor(EVENT)).isEmpty();
        }
    }

    @Test
    void theHomePageListsTheEventsOpenForRegistration() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.get("/");

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Illustrative open day", "href=\"" + FORM + "?lang=en\"")
                    .doesNotContain("Illustrative workshop");
        }
    }

    @Test
    void aPersonIsCreatedWithWhatTheyDeclaredTheRoleMarkedDeclaredAndRegistered() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.postForm(FORM, form(anna()));

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("your place is confirmed").contains("id=\"personal-link\"");
            Registry registry = f.store.registry();
            Person anna = onlyNewPerson(registry);
            assertThat(anna.fullName()).isEqualTo("Anna Illustrative");
            assertThat(anna.email()).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("anna@example.org"));
            assertThat(anna.roles()).singleElement().satisfies(role -> {
                assertThat(role.organisation()).isEqualTo(CLUSTER);
                assertThat(role.title()).isEqualTo("Cluster manager");
                assertThat(role.kind()).contains(RoleKind.MANAGER);
                assertThat(role.declared()).isTrue();
            });
            assertThat(anna.namePublication()).as("consent is not given unless ticked").isEqualTo(NamePublication.NO);
            assertThat(registry.registrationsFor(OPEN_EVENT)).singleElement().satisfies(reg -> {
                assertThat(reg.person()).isEqualTo(anna.id());
                assertThat(reg.role()).isEqualTo(EventRole.CLUSTER_MANAGER);
                assertThat(reg.state()).isEqualTo(RegistrationState.REGISTERED);
                assertThat(f.store.history(reg.id())).first().satisfies(h ->
                        assertThat(h.actor()).hasValue(Actor.of("self:" + anna.id().value())));
            });
        }
    }

    @Test
    void aTickedConsentLetsTheNameBePublished() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> fields = anna();
            fields.put("publishName", "on");
            f.postForm(FORM, form(fields));

            Person anna = onlyNewPerson(f.store.registry());
            assertThat(anna.namePublication()).isEqualTo(NamePublication.YES);
            assertThat(f.store.people().consents(anna.id())).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(org.clustermeet.core.person.ConsentKind.PUBLISH_NAME);
                assertThat(c.given()).isTrue();
                assertThat(c.how()).isEqualTo("open registration form");
                assertThat(c.by()).hasValue(Actor.of("self:" + anna.id().value()));
            });
        }
    }

    @Test
    void anOtherOrganisationIsCreatedOnceAndFoundAgainByName() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> first = anna();
            first.put("organisation", "other");
            first.put("otherName", "Illustrative Company");
            first.put("otherCountry", "pl");
            first.put("role", "observer");
            Map<String, String> second = new LinkedHashMap<>(first);
            second.put("email", "jan@example.org");
            second.put("givenName", "Jan");
            second.put("otherName", "illustrative company");

            assertThat(f.postForm(FORM, form(first)).statusCode()).isEqualTo(200);
            assertThat(f.postForm(FORM, form(second)).statusCode()).isEqualTo(200);

            Registry registry = f.store.registry();
            List<Organisation> others = registry.organisations().stream()
                    .filter(o -> o.kind() == OrganisationKind.OTHER).toList();
            assertThat(others).singleElement().satisfies(o -> {
                assertThat(o.names().current().english()).isEqualTo("Illustrative Company");
                assertThat(o.homeCountry()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("PL"));
            });
            assertThat(registry.registrationsFor(OPEN_EVENT)).hasSize(2)
                    .allSatisfy(reg -> assertThat(reg.organisation()).isEqualTo(others.get(0).id()));
        }
    }

    @Test
    void everyFaultIsListedInThePersonsLanguageAndNothingIsRecorded() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.postForm(FORM + "?lang=pl", "organisation=other&email=not-an-address"
                    + "&otherCountry=Poland&role=speaker&givenName=" + URLEncoder.encode("Anna\u202E",
                    StandardCharsets.UTF_8));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("Zgłoszenie nie zostało wysłane", "data-field=\"givenName\"",
                    "data-field=\"familyName\"", "data-field=\"email\"", "data-field=\"otherName\"",
                    "data-field=\"otherCountry\"", "data-field=\"title\"", "data-field=\"role\"",
                    "to nie jest adres e-mail").doesNotContain("\u202E");
            assertThat(r.body()).as("the values typed are kept").contains("value=\"not-an-address\"");
            assertThat(f.store.registry().registrationsFor(OPEN_EVENT)).isEmpty();
            assertThat(f.store.registry().people()).hasSize(1);
        }
    }

    @Test
    void theRoleMustFitTheOrganisationsKind() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> fields = anna();
            fields.put("organisation", ASSOCIATION.value());

            HttpResponse<String> r = f.postForm(FORM, form(fields));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("data-field=\"role\"", "cluster manager", "cluster association");
            assertThat(f.store.registry().registrationsFor(OPEN_EVENT)).isEmpty();
        }
    }

    @Test
    void aClusterManagerWhoSaysNoKindOfPositionIsAskedForItAndNothingIsRecorded() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> fields = anna();
            fields.remove("kind");

            HttpResponse<String> r = f.postForm(FORM + "?lang=pl", form(fields));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("data-field=\"kind\"", "podaj rodzaj swojego stanowiska", "menedżer");
            assertThat(f.store.registry().registrationsFor(OPEN_EVENT)).isEmpty();
            assertThat(f.store.registry().people()).noneMatch(p -> p.id().value().startsWith("p-"));
        }
    }

    @Test
    void aDeputyManagerRegisteringAsClusterManagerIsRefusedSayingWhy() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> fields = anna();
            fields.put("title", "Zastępczyni menedżera klastra");
            fields.put("kind", "deputy-manager");

            HttpResponse<String> r = f.postForm(FORM, form(fields));

            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("holds the role 'deputy manager' at Illustrative cluster, not 'manager'");
            assertThat(onlyNewPerson(f.store.registry()).roles()).singleElement()
                    .satisfies(role -> assertThat(role.kind()).contains(RoleKind.DEPUTY_MANAGER));
        }
    }

    @Test
    void anUnknownKindOfPositionIsAFaultOfItsField() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> fields = anna();
            fields.put("kind", "boss");

            HttpResponse<String> r = f.postForm(FORM, form(fields));

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("data-field=\"kind\"", "not a kind of position one may choose: boss");
        }
    }

    @Test
    void aFilledHoneypotIsRefusedAndNothingIsRecorded() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.postForm(FORM, form(anna()) + "&website=https%3A%2F%2Fspam.example");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("was not recorded");
            assertThat(f.store.registry().people()).hasSize(1);
        }
    }

    @Test
    void theSameAddressTwiceRegistersOnce() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            f.postForm(FORM, form(anna()));
            Map<String, String> again = anna();
            again.put("email", "ANNA@example.org");
            HttpResponse<String> r = f.postForm(FORM, form(again));

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("already registered").doesNotContain("personal-link");
            assertThat(f.store.registry().registrationsFor(OPEN_EVENT)).hasSize(1);
        }
    }

    @Test
    void beyondThePlacesPeopleAreWaitlistedInOrder() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            for (int i = 0; i < 3; i++) {
                Map<String, String> fields = anna();
                fields.put("email", "person" + i + "@example.org");
                HttpResponse<String> r = f.postForm(FORM, form(fields));
                if (i == 2) {
                    assertThat(r.body()).contains("waiting list at position 1");
                }
            }
            assertThat(f.store.registry().registrationsFor(OPEN_EVENT)).extracting(Registration::state)
                    .containsExactly(RegistrationState.REGISTERED, RegistrationState.REGISTERED,
                            RegistrationState.WAITLISTED);
        }
    }

    @Test
    void thePersonalLinkShowsTheRegistrationAndCancelsIt() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            String body = f.postForm(FORM, form(anna())).body();
            Matcher link = Pattern.compile("id=\"personal-link\" href=\"[^\"]*(/i/[A-Za-z0-9_-]+)\"").matcher(body);
            assertThat(link.find()).isTrue();

            HttpResponse<String> page = f.get(link.group(1));
            assertThat(page.body()).contains("data-state=\"registered\"");
            f.postForm(link.group(1), "answer=decline");

            assertThat(f.store.registry().registrationsFor(OPEN_EVENT)).extracting(Registration::state)
                    .containsExactly(RegistrationState.CANCELLED);
        }
    }

    @Test
    void theOrganiserSeesThatTheRoleWasDeclaredAndNamesStayInert() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            Map<String, String> fields = anna();
            fields.put("givenName", "<script>alert(1)</script>");
            f.postForm(FORM, form(fields));
            String cookie = OrganiserPagesTest.cookie(OrganiserPagesTest.logIn(f, ServerFixture.TOKEN));

            String page = f.get("/organiser/events/" + OPEN_EVENT, "Cookie", cookie).body();

            assertThat(page).contains("(declared)", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(
                    "<script>");
        }
    }

    @Test
    void theApiTakesTheSameFieldsAndAnswersWithTheOutcomeAndTheLink() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.postJson(API, "{\"givenName\": \"Anna\", \"familyName\": \"Illustrative\", "
                    + "\"email\": \"anna@example.org\", \"organisation\": \"other\", \"otherName\": \"Illustrative "
                    + "University\", \"title\": \"Researcher\", \"role\": \"observer\", \"publishName\": true}");

            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode answer = new ObjectMapper().readTree(r.body());
            assertThat(answer.at("/outcome/result").asText()).isEqualTo("accepted");
            assertThat(answer.at("/registration/state").asText()).isEqualTo("registered");
            assertThat(answer.at("/link").asText()).startsWith(f.server.address() + "/i/");
            assertThat(answer.at("/event/openRegistration").asBoolean()).isTrue();
            Person anna = onlyNewPerson(f.store.registry());
            assertThat(anna.namePublication()).isEqualTo(NamePublication.YES);
            JsonNode list = new ObjectMapper().readTree(f.get("/api/organiser/events/" + OPEN_EVENT
                    + "/registrations", ServerFixture.bearer()).body());
            assertThat(list.at("/registrations/0/declared").asBoolean()).isTrue();
            assertThat(anna.roles()).extracting(PersonRole::declared).containsExactly(true);
        }
    }

    @Test
    void theApiListsEveryFaultWithItsPointer() throws Exception {
        try (ServerFixture f = ServerFixture.start(folder, 1, 5)) {
            HttpResponse<String> r = f.postJson(API, "{\"givenName\": \"Anna\", \"email\": \"x\", "
                    + "\"organisation\": \"" + CLUSTER + "\", \"role\": \"cluster-manager\"}");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = new ObjectMapper().readTree(r.body());
            assertThat(problem.at("/field").asText()).isEqualTo("/familyName");
            assertThat(problem.at("/faults").findValuesAsText("field")).containsExactly("/familyName", "/email",
                    "/title");
        }
    }

    @Test
    void answersBeyondTheLimitFromOneAddressAreRefused() throws Exception {
        try (var store = org.clustermeet.store.RegistryStore.createEmbedded(folder.resolve("store"),
                ServerFixture.registry(1, 5));
             RegistrationServer server = RegistrationServer.start(store, ServerSettings.defaults().withPort(0)
                     .withAnswersPerMinute(3))) {
            ServerFixture f = new ServerFixture(store, server);
            List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Map<String, String> fields = anna();
                fields.put("email", "person" + i + "@example.org");
                statuses.add(f.postForm(FORM, form(fields)).statusCode());
            }
            assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
            assertThat(store.registry().registrationsFor(OPEN_EVENT)).hasSize(2 + 1);
        }
    }
}
