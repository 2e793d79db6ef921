package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustermeet export} and {@code clustermeet import}: output, files and exit codes. */
class ExportImportCommandTest {

    @TempDir
    Path dir;

    private Path brussels;
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

    @BeforeEach
    void writeBrussels() throws Exception {
        brussels = dir.resolve("brussels.json");
        RegistryJson.defaults().save(Brussels2019.registry(), brussels);
    }

    private static ClusterMeetCliTest.Run run(String... args) {
        return ClusterMeetCliTest.run(args);
    }

    /** An illustrative schedule of one talk at the Brussels meeting, by a speaker the registry holds. */
    private static final String SCHEDULE = """
            {"schedule": {"version": "1", "conference": {"acronym": "illustrative", "title": "Illustrative",
              "time_zone_name": "Europe/Brussels",
              "days": [{"index": 1, "date": "2019-12-04", "day_start": "2019-12-04T09:00:00+01:00",
                "day_end": "2019-12-04T18:00:00+01:00", "rooms": {
                  "Illustrative room": [{"guid": "0b7e4d3c-9a1f-4c2e-8d5b-1f2a3b4c5d6e", "id": 1,
                    "date": "2019-12-04T10:00:00+01:00", "start": "10:00", "duration": "00:45",
                    "room": "Illustrative room", "title": "Illustrative talk", "language": "en",
                    "persons": [{"id": 7, "public_name": "Krzysztof Krystowski"}]}]}}]}}}
            """;

    @Test
    void aProgrammeImportsIntoAnEventAndASecondImportChangesNothing() throws Exception {
        Path schedule = dir.resolve("schedule.json");
        Files.writeString(schedule, SCHEDULE);
        Path out = dir.resolve("out.json");

        ClusterMeetCliTest.Run first = run("import", brussels.toString(), "--programme", schedule.toString(),
                "--event", "brussels-2019-12-04-gold-label-meeting", "--out", out.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("added talk-1 \"Illustrative talk\"",
                "Programme of brussels-2019-12-04-gold-label-meeting from " + schedule + ": 1 added, 3 not in the "
                        + "schedule; speakers added: 0");
        assertThat(first.err()).contains("warning: /schedule/conference/rooms: missing: the rooms are those the days list");
        Registry imported = RegistryJson.defaults().read(out);
        assertThat(imported.event(Brussels2019.MEETING).orElseThrow().session(
                org.clustermeet.core.id.SessionId.of("talk-1")).orElseThrow().speakers())
                .containsExactly(Brussels2019.KRYSTOWSKI);

        Path again = dir.resolve("again.json");
        ClusterMeetCliTest.Run second = run("import", out.toString(), "--programme", schedule.toString(),
                "--event", "brussels-2019-12-04-gold-label-meeting", "--out", again.toString());

        assertThat(second.out()).contains("unchanged talk-1", ": 1 unchanged, 3 not in the schedule; speakers added: 0");
        assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
    }

    @Test
    void aProgrammeThatCannotBeReadIsRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
        Path schedule = dir.resolve("schedule.json");
        Files.writeString(schedule, SCHEDULE.replace("\"duration\": \"00:45\",", "").replace("\"title\": \"Illustrative talk\",", ""));
        Path out = dir.resolve("out.json");

        ClusterMeetCliTest.Run run = run("import", brussels.toString(), "--programme", schedule.toString(),
                "--event", "brussels-2019-12-04-gold-label-meeting", "--out", out.toString());

        assertThat(run.code()).isEqualTo(CliFailure.INVALID);
        assertThat(run.err()).contains("2 problems, nothing imported",
                "/schedule/conference/days/0/rooms/Illustrative room/0/title: a talk needs a title",
                "/schedule/conference/days/0/rooms/Illustrative room/0/duration: a talk needs a duration (HH:MM)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCharsetIsRefusedForAProgrammeWhichIsAlwaysUtf8() throws Exception {
        Path schedule = dir.resolve("schedule.json");
        Files.writeString(schedule, SCHEDULE);

        ClusterMeetCliTest.Run run = run("import", brussels.toString(), "--programme", schedule.toString(),
                "--event", "brussels-2019-12-04-gold-label-meeting", "--charset", "windows-1250",
                "--out", dir.resolve("out.json").toString());

        assertThat(run.code()).isEqualTo(CliFailure.USAGE);
        assertThat(run.err()).contains("--charset applies to CSV files");
    }

    @Test
    void aProgrammeForAnEventTheRegistryLacksIsRefused() throws Exception {
        Path schedule = dir.resolve("schedule.json");
        Files.writeString(schedule, SCHEDULE);

        ClusterMeetCliTest.Run run = run("import", brussels.toString(), "--programme", schedule.toString(),
                "--event", "nope", "--out", dir.resolve("out.json").toString());

        assertThat(run.code()).isEqualTo(CliFailure.INVALID);
        assertThat(run.err()).contains("no event with id \"nope\"");
    }

    @Test
    void importHelpListsEveryColumnOfEachKind() {
        String help = ClusterMeetCliTest.run("import", "--help").out().replaceAll("\\s+", " ");

        for (String column : org.clustermeet.interop.csv.OrganisationCsv.columnNames()) {
            assertThat(help).as("organisations column %s", column)
                    .containsPattern(" " + java.util.regex.Pattern.quote(column) + "[ ,.;)]");
        }
        for (String column : org.clustermeet.interop.csv.RegistrationCsv.columnNames()) {
            assertThat(help).as("registrations column %s", column)
                    .containsPattern("[ (]" + java.util.regex.Pattern.quote(column) + "[ ,.;)]");
        }
    }

    @Test
    void anEventExportsAsACalendarOnStandardOutput() {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--event", Brussels2019.MEETING.value(),
                "--format", "ics");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20191204\r\n");
    }

    @Test
    void anEventsParticipantsExportAsAPublicListWithoutContactDetails() {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--event", Brussels2019.MEETING.value(),
                "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("name,organisation,country,role,attends\r\n").doesNotContain("@");
        assertThat(r.out().split("\r\n")).hasSize(71);
    }

    @Test
    void organisationsExportForExcelIntoAFile() throws Exception {
        Path out = dir.resolve("organisations.csv");

        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--organisations", "--format", "csv", "--excel",
                "--on", "2019-12-04", "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("Written to " + out + "\n");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("id;name;name pl;acronym;country");
    }

    @Test
    void anEventsProgrammeExportsAsAFrabScheduleNamingTheSessionsLeftOut() throws Exception {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--event", Brussels2019.MEETING.value(),
                "--format", "frab");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"acronym\" : \"", "\"daysCount\" : 1");
        // the Brussels sessions have no recorded times: a schedule cannot place them
        assertThat(r.err()).isEqualTo("note: 3 sessions without times are not in the schedule (a schedule places "
                + "each talk at its time)\n");
    }

    @Test
    void anEventExportsAsSchemaOrgJsonLd() {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--event", Brussels2019.MEETING.value(),
                "--format", "jsonld");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"@context\" : \"https://schema.org\"", "\"subEvent\"", "\"hasCertification\"")
                .doesNotContain("@example");
    }

    @Test
    void aScheduleOfOrganisationsIsRefusedNamingTheFormat() {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--organisations", "--format", "frab");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --format frab cannot export --organisations; use --format csv\n");
    }

    @Test
    void aCalendarOfOrganisationsIsRefusedAsBadUsage() {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--organisations", "--format", "ics");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --format ics cannot export --organisations; use --format csv\n");
    }

    @Test
    void anUnknownEventIsNamed() {
        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--event", "nothing", "--format", "ics");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: no event with id \"nothing\" in ");
    }

    @Test
    void exportedOrganisationsWithALabelInForceAreRefusedNamingTheLabelColumns() throws Exception {
        Path csv = dir.resolve("organisations.csv");
        Path empty = dir.resolve("empty.json");
        RegistryJson.defaults().save(Registry.empty(), empty);
        run("export", brussels.toString(), "--organisations", "--format", "csv", "--on", "2019-12-04", "--out",
                csv.toString());

        ClusterMeetCliTest.Run r = run("import", empty.toString(), "--organisations", csv.toString(), "--out",
                dir.resolve("imported.json").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("column label level: labels are not imported from an organisations file");
        assertThat(dir.resolve("imported.json")).doesNotExist();
    }

    @Test
    void exportedOrganisationsImportIntoAnEmptyRegistry() throws Exception {
        Path csv = dir.resolve("organisations.csv");
        Path empty = dir.resolve("empty.json");
        Path out = dir.resolve("imported.json");
        RegistryJson.defaults().save(Registry.empty(), empty);
        // a day before any label, so that the label columns are empty
        run("export", brussels.toString(), "--organisations", "--format", "csv", "--on", "2000-01-01", "--out",
                csv.toString());

        ClusterMeetCliTest.Run r = run("import", empty.toString(), "--organisations", csv.toString(), "--out",
                out.toString());

        int clusters = Brussels2019.registry().clusterOrganisations().size();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Imported " + clusters + " organisations from " + csv + "\n"
                + "Registry document written to " + out + "\n");
        assertThat(RegistryJson.defaults().read(out).clusterOrganisations()).hasSize(clusters);
    }

    @Test
    void aBadFileListsEveryProblemAndWritesNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Path out = dir.resolve("out.json");
        Files.writeString(csv, "id,name,country\na,Alpha,XX\nb,,PL\n");

        ClusterMeetCliTest.Run r = run("import", brussels.toString(), "--organisations", csv.toString(), "--out",
                out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + csv + ": 2 problems, nothing imported; first: line 2, column country")
                .contains("\n  line 3, column name: the cell is empty, and the column is required\n")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWindows1250FileIsRefusedUntilItsCharsetIsNamed() throws Exception {
        Path csv = dir.resolve("polish.csv");
        Path out = dir.resolve("out.json");
        Files.write(csv, "id;name;country\nslask;Śląski klaster;PL\n".getBytes(Charset.forName("windows-1250")));

        ClusterMeetCliTest.Run refused = run("import", brussels.toString(), "--organisations", csv.toString(),
                "--out", out.toString());
        ClusterMeetCliTest.Run read = run("import", brussels.toString(), "--organisations", csv.toString(),
                "--charset", "windows-1250", "--out", out.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("the file is not UTF-8").contains("windows-1250");
        assertThat(read.code()).isZero();
        assertThat(RegistryJson.defaults().read(out).organisation(org.clustermeet.core.id.OrganisationId.of("slask"))
                .orElseThrow().name().english()).isEqualTo("Śląski klaster");
    }

    @Test
    void registrationsImportLineByLineWithTheirOutcomes() throws Exception {
        Path csv = dir.resolve("registrations.csv");
        Path out = dir.resolve("out.json");
        Files.writeString(csv, "person id,organisation id,role\n"
                + Brussels2019.KRYSTOWSKI.value() + "," + Brussels2019.SILESIAN_AVIATION_CLUSTER.value()
                + ",cluster manager\n");

        ClusterMeetCliTest.Run r = run("import", brussels.toString(), "--registrations", csv.toString(), "--event",
                Brussels2019.MEETING.value(), "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("line 2: registration " + Brussels2019.MEETING.value() + "-csv-2 refused: ")
                .endsWith("Registry document written to " + out + "\n");
    }

    @Test
    void anUnknownCharsetIsBadUsage() throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "id,name,country\n");

        ClusterMeetCliTest.Run r = run("import", brussels.toString(), "--organisations", csv.toString(), "--charset",
                "klingon", "--out", dir.resolve("o.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown charset klingon\n");
    }
}
