package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code clustermeet store}, on the embedded database and on PostgreSQL. The registry is
 * illustrative (not from the domain facts): an association, two members and a workshop in 2031
 * with one place, so that registration is open when the test runs.
 */
class StoreCommandTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @TempDir
    Path dir;

    private final java.util.List<String> schemas = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(POSTGRES); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static Locale savedLocale;

    @BeforeAll
    static void pinEnglish() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    static Stream<String> databases() {
        return Stream.of("embedded", "postgresql");
    }

    private Path document() throws Exception {
        OrganisationId org = OrganisationId.of("association");
        Registry registry = Registry.builder()
                .add(ClusterAssociation.of(org, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EventId.of("workshop"), "Illustrative workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2031, 1, 15))).capacity(1).build())
                .add(Person.of(PersonId.of("p0"), "Given", "Family").withRole(PersonRole.of(org, "Member",
                        LocalDate.of(2020, 1, 1))))
                .add(Person.of(PersonId.of("p1"), "Other", "Family").withRole(PersonRole.of(org, "Member",
                        LocalDate.of(2020, 1, 1))))
                .build();
        Path file = dir.resolve("workshop.json");
        RegistryJson.defaults().save(registry, file);
        return file;
    }

    /** The DB argument: a path, or a URL on a new PostgreSQL schema. */
    private String database(String kind) throws SQLException {
        if (kind.equals("embedded")) {
            return dir.resolve("meetings").toString();
        }
        String schema = "cm_cli_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(POSTGRES); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            schemas.add(schema);
        } catch (SQLException e) {
            String message = "PostgreSQL does not answer at " + POSTGRES + ": " + e.getMessage();
            if (Boolean.parseBoolean(System.getenv("CLUSTERMEET_REQUIRE_POSTGRES"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + "; PostgreSQL test skipped");
        }
        return POSTGRES + "&currentSchema=" + schema;
    }

    private static ClusterMeetCliTest.Run run(String... args) {
        return ClusterMeetCliTest.run(args);
    }

    private static ClusterMeetCliTest.Run register(String db, String person) {
        return run("store", "register", db, "--event", "workshop", "--person", person, "--organisation",
                "association", "--role", "observer");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoreIsCreatedRegisteredIntoCancelledCompactedAndDumped(String kind) throws Exception {
        String db = database(kind);
        String shown = kind.equals("embedded") ? db : "jdbc:postgresql://127.0.0.1:5432/test";
        assertThat(run("store", "create", db, "--from", document().toString()))
                .extracting(ClusterMeetCliTest.Run::code, ClusterMeetCliTest.Run::out)
                .containsExactly(0, "Store created in " + shown + ": 1 event, 0 registrations\n");

        assertThat(register(db, "p0")).extracting(ClusterMeetCliTest.Run::code, ClusterMeetCliTest.Run::out)
                .containsExactly(0, "registration r-1 accepted\n");
        assertThat(register(db, "p1")).extracting(ClusterMeetCliTest.Run::code, ClusterMeetCliTest.Run::out)
                .containsExactly(0, "registration r-2 waitlisted at position 1\n");
        ClusterMeetCliTest.Run again = register(db, "p0");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).startsWith("refused (nothing recorded): ").contains("already").doesNotContain("r-3");
        assertThat(run("store", "list", db, "--event", "workshop").out()).isEqualTo(
                "Illustrative workshop: capacity 1, holding a place 1, places left 0, waiting 1\n"
                + "r-1\tregistered\t\tp0\tGiven Family\tassociation\tobserver\tin-person\n"
                + "r-2\twaitlisted\t1\tp1\tOther Family\tassociation\tobserver\tin-person\n");
        assertThat(run("store", "list", db, "--event", "workshop", "--state", "WAITLISTED").out())
                .endsWith("\nr-2\twaitlisted\t1\tp1\tOther Family\tassociation\tobserver\tin-person\n");
        assertThat(run("store", "list", db, "--event", "nowhere").code()).isEqualTo(CliFailure.INVALID);

        assertThat(run("store", "cancel", db, "r-1")).extracting(ClusterMeetCliTest.Run::code,
                ClusterMeetCliTest.Run::out).containsExactly(0, "registration r-1 cancelled\n"
                + "registration r-2 promoted from the waiting list\n");
        assertThat(run("store", "compact", db).out())
                .isEqualTo("Store compacted: the snapshot covers change 3; opening no longer replays 3 journal rows, "
                        + "which stay as the history\n");
        assertThat(run("store", "history", db, "--registration", "r-2").out()).matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC r-2 waitlisted \\(position 1\\) by cli\n"
                + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC r-2 promoted \\(after r-1 was cancelled\\) by cli\n");
        assertThat(run("store", "history", db, "--person", "nobody").out()).isEqualTo("nothing recorded\n");

        Path dump = dir.resolve("dump.json");
        assertThat(run("store", "dump", db, "--out", dump.toString()).code()).isZero();
        assertThat(run("validate", dump.toString()).out()).startsWith("valid: ").contains("2 registrations");
        Registry dumped = RegistryJson.defaults().read(dump);
        assertThat(dumped.registrations()).extracting(r -> r.id().value() + " " + r.state())
                .containsExactly("r-1 CANCELLED", "r-2 REGISTERED");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reportExportLabelsEligibleAndValidateReadAStoreAsTheyReadADocument(String kind) throws Exception {
        String db = database(kind);
        String document = document().toString();
        run("store", "create", db, "--from", document);
        register(db, "p0");
        register(db, "p1");
        Path dumped = dir.resolve("dumped.json");
        run("store", "dump", db, "--out", dumped.toString());

        for (String[] command : List.of(new String[] {"report", "%s", "workshop"},
                new String[] {"labels", "%s", "--on", "2031-01-15"},
                new String[] {"eligible", "%s", "--event", "workshop"},
                new String[] {"export", "%s", "--format", "csv", "--event", "workshop"})) {
            ClusterMeetCliTest.Run fromStore = run(fill(command, db));
            ClusterMeetCliTest.Run fromDocument = run(fill(command, dumped.toString()));
            assertThat(fromStore.code()).as(String.join(" ", command)).isZero();
            assertThat(fromStore.out()).as(String.join(" ", command)).isEqualTo(fromDocument.out());
        }
        assertThat(run("report", db, "workshop").out()).contains("Illustrative workshop");
        assertThat(run("validate", db).out()).startsWith("valid: ").contains("2 registrations");
        assertThat(run("report", db, "nothing").err()).contains("no event with id \"nothing\" in "
                + (kind.equals("embedded") ? db : "jdbc:postgresql:"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void peopleAndOrganisationsArePutIntoAnExistingStoreAsOneCheckedChange(String kind) throws Exception {
        String db = database(kind);
        run("store", "create", db, "--from", document().toString());
        Path part = dir.resolve("part.json");
        java.nio.file.Files.writeString(part, "{\"organisations\": [{\"id\": \"acme\", \"type\": \"other\", "
                + "\"name\": {\"en\": \"Illustrative Company\"}}], \"people\": [{\"id\": \"p2\", "
                + "\"givenName\": \"Zofia\", \"familyName\": \"Illustrative\", \"roles\": [{\"organisation\": "
                + "\"association\", \"title\": \"Member\", \"from\": \"2020-01-01\"}]}]}");

        ClusterMeetCliTest.Run put = run("store", "put", db, "--from", part.toString());

        assertThat(put.code()).as(put.err()).isZero();
        assertThat(put.out()).contains("1 organisation, 1 person");
        assertThat(register(db, "p2").out()).startsWith("registration r-");
        assertThat(run("store", "put", db, "--from", part.toString()).out()).contains("nothing recorded");
    }

    @Test
    void anEventMovedInTheStoreIsExportedToCalendarsWithAHigherSequence() throws Exception {
        String db = database("embedded");
        run("store", "create", db, "--from", document().toString());
        assertThat(run("export", db, "--event", "workshop", "--format", "ics").out()).contains("SEQUENCE:0\r\n");
        Path moved = dir.resolve("moved.json");
        java.nio.file.Files.writeString(moved, "{\"events\": [{\"id\": \"workshop\", \"title\": {\"en\": "
                + "\"Illustrative workshop\"}, \"kind\": \"matchmaking\", \"firstDay\": \"2031-01-16\", "
                + "\"lastDay\": \"2031-01-16\", \"capacity\": 1, \"status\": \"planned\"}]}");

        assertThat(run("store", "put", db, "--from", moved.toString()).code()).isZero();
        register(db, "p0");

        String calendar = run("export", db, "--event", "workshop", "--format", "ics").out();
        assertThat(calendar).contains("SEQUENCE:1\r\n", "DTSTART;VALUE=DATE:20310116\r\n");
    }

    @Test
    void aPartThatBreaksTheRulesIsRefusedNamingEveryProblemAndNothingIsRecorded() throws Exception {
        String db = dir.resolve("meetings").toString();
        run("store", "create", db, "--from", document().toString());
        Path part = dir.resolve("part.json");
        java.nio.file.Files.writeString(part, "{\"people\": [{\"id\": \"p2\", \"givenName\": \"Zofia\", "
                + "\"familyName\": \"Illustrative\", \"roles\": [{\"organisation\": \"nowhere\", \"title\": "
                + "\"Member\", \"from\": \"2020-01-01\"}]}]}");

        ClusterMeetCliTest.Run put = run("store", "put", db, "--from", part.toString());

        assertThat(put.code()).isEqualTo(CliFailure.INVALID);
        assertThat(put.err()).contains("was not put (nothing recorded)", "p2", "nowhere");
        assertThat(run("validate", db).out()).contains("2 people");
    }

    @Test
    void retentionErasesThoseWhoseLastEventIsLongPastAndPrintsWhom() throws Exception {
        OrganisationId org = OrganisationId.of("association");
        Registry past = Registry.builder()
                .add(ClusterAssociation.of(org, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EventId.of("past"), "Illustrative past workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2019, 12, 4))).build())
                .add(Person.of(PersonId.of("p0"), "Zdzisława", "Illustrative").withRole(PersonRole.of(org, "Member",
                        LocalDate.of(2019, 1, 1))))
                .add(Person.of(PersonId.of("p1"), "Never", "Registered").withRole(PersonRole.of(org, "Member",
                        LocalDate.of(2019, 1, 1))))
                .build();
        past = RegistrationWorkflow.register(past, new RegistrationRequest(RegistrationId.of("r-1"), EventId.of("past"),
                PersonId.of("p0"), org, EventRole.OBSERVER, Instant.parse("2019-11-01T10:00:00Z"))).registry();
        Path db = dir.resolve("retained");
        RegistryStore.createEmbedded(db, past).close();

        ClusterMeetCliTest.Run retain = run("store", "retain", db.toString(), "--months", "12");
        ClusterMeetCliTest.Run again = run("--lang", "pl", "store", "retain", db.toString(), "--months", "12");
        ClusterMeetCliTest.Run zero = run("store", "retain", db.toString(), "--months", "0");

        assertThat(retain.code()).as(retain.err()).isZero();
        assertThat(retain.out()).contains("erased the personal data of p0").doesNotContain("p1");
        assertThat(again.out()).contains("nikt nie ma ostatniej rejestracji zakończonej ponad 12 mies. temu");
        assertThat(zero.code()).isEqualTo(CliFailure.USAGE);
        assertThat(zero.err()).contains("the retention period must be at least 1 month, not 0");
        try (RegistryStore store = RegistryStore.openEmbedded(db)) {
            assertThat(store.registry().person(PersonId.of("p0")).orElseThrow().isErased()).isTrue();
            assertThat(store.registry().person(PersonId.of("p1")).orElseThrow().fullName()).isEqualTo("Never Registered");
            assertThat(store.registry().registrations()).hasSize(1);
        }
    }

    @Test
    void registrationsAreNotPut() throws Exception {
        String db = dir.resolve("meetings").toString();
        run("store", "create", db, "--from", document().toString());
        Path part = dir.resolve("part.json");
        java.nio.file.Files.writeString(part, "{\"registrations\": []}");

        ClusterMeetCliTest.Run put = run("store", "put", db, "--from", part.toString());

        assertThat(put.code()).isEqualTo(CliFailure.INVALID);
        assertThat(put.err()).contains("/registrations", "registration workflow");
    }

    @Test
    void valuesAreReadInEverySpellingAndNamedInTheDocumentsOne() throws Exception {
        String db = dir.resolve("meetings").toString();
        run("store", "create", db, "--from", document().toString());

        assertThat(run("store", "register", db, "--event", "workshop", "--person", "p0", "--organisation",
                "association", "--role", "association-representative", "--attends", "IN_PERSON").code()).isZero();
        assertThat(run("store", "register", db, "--event", "workshop", "--person", "p1", "--organisation",
                "association", "--role", "Association Representative", "--attends", "in-person").code()).isZero();
        assertThat(run("store", "list", db, "--event", "workshop", "--state", "WAITLISTED").out())
                .isEqualTo(run("store", "list", db, "--event", "workshop", "--state", "waitlisted").out())
                .contains("association-representative\tin-person");
        ClusterMeetCliTest.Run bad = run("store", "list", db, "--event", "workshop", "--state", "waiting");
        assertThat(bad.code()).isEqualTo(CliFailure.USAGE);
        assertThat(bad.err()).contains("unknown registration state \"waiting\" (known: registered, waitlisted, "
                + "cancelled, attended, refused, cancelled-by-organiser)");
    }

    @Test
    void theEmbeddedDatabasesFileNamesTheStoreToo() throws Exception {
        String db = dir.resolve("meetings").toString();
        run("store", "create", db, "--from", document().toString());

        ClusterMeetCliTest.Run r = run("validate", db + ".mv.db");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("valid: ");
    }

    @Test
    void anExportNeverReplacesTheStoreItReads() throws Exception {
        String db = dir.resolve("meetings").toString();
        run("store", "create", db, "--from", document().toString());
        long size = java.nio.file.Files.size(Path.of(db + ".mv.db"));

        ClusterMeetCliTest.Run r = run("export", db, "--format", "json", "--out", db + ".mv.db");

        assertThat(r.code()).isNotZero();
        assertThat(java.nio.file.Files.size(Path.of(db + ".mv.db"))).isEqualTo(size);
        assertThat(run("validate", db).code()).isZero();
    }

    private static String[] fill(String[] command, String source) {
        return java.util.Arrays.stream(command).map(a -> a.equals("%s") ? source : a).toArray(String[]::new);
    }

    @Test
    void registeringForAnUnknownEventSaysWhichIdIsUnknown() throws Exception {
        String db = database("embedded");
        run("store", "create", db, "--from", document().toString());

        ClusterMeetCliTest.Run r = run("store", "register", db, "--event", "nothing", "--person", "p0",
                "--organisation", "association", "--role", "observer");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing").doesNotContain("\tat ");
    }

    @Test
    void aStoreThatDoesNotExistIsNamed() {
        ClusterMeetCliTest.Run r = run("store", "compact", dir.resolve("missing").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: no store at " + dir.resolve("missing.mv.db").toAbsolutePath()
                + ": the file does not exist (create the store first)\n");
    }

    @Test
    void creatingOverAnExistingStoreIsRefused() throws Exception {
        String db = database("embedded");
        run("store", "create", db, "--from", document().toString());

        ClusterMeetCliTest.Run r = run("store", "create", db, "--from", document().toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the file exists");
    }

    @Test
    void cancellingAnUnknownRegistrationSaysSo() throws Exception {
        String db = database("embedded");
        run("store", "create", db, "--from", document().toString());

        ClusterMeetCliTest.Run r = run("store", "cancel", db, "r-9");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("r-9");
    }
}
