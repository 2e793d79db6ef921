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
