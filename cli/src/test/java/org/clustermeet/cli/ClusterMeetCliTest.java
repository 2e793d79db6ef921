package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command in-process: output and exit code for the happy path and each error path. */
class ClusterMeetCliTest {

    @TempDir
    Path dir;

    private Path brussels;

    /** The outcome of one run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClusterMeetCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void writeBrussels() throws Exception {
        brussels = dir.resolve("brussels.json");
        RegistryJson.defaults().save(Brussels2019.registry(), brussels);
    }

    /** These tests expect English; a machine whose language is Polish would otherwise get Polish. */
    @BeforeAll
    static void pinEnglish() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    private static Locale savedLocale;

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("\tat ", "Exception in thread", ".java:");
        assertThat(r.out()).doesNotContain("\tat ");
    }

    // ------------------------------------------------------------------ demo

    @Test
    void demoPrintsTheBrusselsReport() {
        Run r = run("demo");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Meeting with managers of Gold-Label cluster organisations\n2019-12-04, Brussels, Belgium\n")
                .contains("Cluster organisations: 50 (stated: 50)\n", "Countries: 17 (stated: 17)\n",
                        "SMEs represented: 6,539 (stated: more than 6,500)\n",
                        "Other participants: 20 (stated: about 20)\n", "Sessions: 3\n", "Proposed topics: 9 (stated: 9)\n",
                        "speakers: Krzysztof Krystowski", "Illustrative, not facts:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void demoWritesTheDocumentWithOut() throws Exception {
        Path out = dir.resolve("demo.json");
        Run r = run("demo", "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).endsWith("Registry document written to " + out + "\n");
        assertThat(RegistryJson.defaults().read(out)).isEqualTo(Brussels2019.registry());
    }

    @Test
    void demoPublicWritesNoEmailAddressOrPhoneNumber() throws Exception {
        Path out = dir.resolve("public.json");
        Run r = run("demo", "--public", "--out", out.toString());
        assertThat(r.code()).isZero();
        String text = Files.readString(out);
        assertThat(text).doesNotContain("@", "\"email\"", "\"phone\"", "+00 ");
        assertThat(RegistryJson.defaults().read(out).people()).hasSize(72)
                .allSatisfy(p -> assertThat(p.email()).isEmpty());
        assertThat(Files.readString(brussels)).contains("\"email\"");
    }

    @Test
    void reportNeverPrintsContactDetails() {
        Run text = run("report", brussels.toString(), Brussels2019.MEETING.value());
        Run json = run("report", brussels.toString(), Brussels2019.MEETING.value(), "--format", "json");
        assertThat(text.out() + json.out()).doesNotContain("@", "+00 ");
    }

    @Test
    void demoIntoAMissingDirectoryFailsClearly() {
        Run r = run("demo", "--out", dir.resolve("missing/demo.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: cannot write ").contains("directory does not exist");
        assertNoStackTrace(r);
    }

    // ------------------------------------------------------------------ validate

    @Test
    void validateOfAValidDocumentPrintsOneSummaryLine() {
        Run r = run("validate", brussels.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("valid: 72 organisations, 72 people, 50 labels, 1 membership, 4 events, "
                + "72 registrations\n");
    }

    @Test
    void validateOfAnInvalidDocumentPrintsMessagePointerAndPosition() throws Exception {
        String text = Files.readString(brussels).replaceFirst("\"smeMembers\": 120", "\"smeMembers\": 151");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: " + bad + ": organisation silesian-aviation-cluster: smeMembers 151 "
                + "exceeds totalMembers 150 at /organisations/").containsPattern("\\(line \\d+, column \\d+\\)");
        assertNoStackTrace(r);
    }

    @Test
    void validateListsEveryDanglingReference() throws Exception {
        String text = Files.readString(brussels).replace("\"holder\": \"illustrative-cluster-01\"", "\"holder\": \"ghost-1\"")
                .replace("\"holder\": \"illustrative-cluster-02\"", "\"holder\": \"ghost-2\"");
        Path bad = dir.resolve("dangling.json");
        Files.writeString(bad, text);
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("holder ghost-1 does not exist", "; and 1 more problem",
                "  /labels/1: label illustrative-cluster-02-gold: holder ghost-2 does not exist");
    }

    @Test
    void validateOfMalformedJsonFailsWithPosition() throws Exception {
        Path bad = dir.resolve("malformed.json");
        Files.writeString(bad, "{\n  \"format\": \"clustermeet-registry\",\n  oops\n}\n", StandardCharsets.UTF_8);
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + bad + ": malformed JSON: ").contains("(line 3, column");
        assertNoStackTrace(r);
    }

    @Test
    void validateHonoursTheSizeLimit() {
        Run r = run("validate", "--max-bytes", "1000", brussels.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + brussels + ": the document is over the size limit of 1000 bytes; "
                + "raise it with --max-bytes\n");
        assertThat(run("validate", "--max-bytes", "200000000", brussels.toString()).code()).isZero();
        assertThat(run("--lang", "pl", "validate", "--max-bytes", "1000", brussels.toString()).err())
                .contains("zwiększ go opcją --max-bytes").doesNotContain("RegistryJson");
    }

    @Test
    void validateOfAMissingFileIsExitTwo() {
        Run r = run("validate", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot read " + dir.resolve("nope.json") + ": no such file\n");
    }

    @Test
    void validateOfADirectoryIsExitTwo() {
        Run r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("it is a directory");
    }

    @Test
    void validateWithoutAFileIsUsageErrorExitTwo() {
        Run r = run("validate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'FILE|DB'").contains("Usage: clustermeet validate");
        assertNoStackTrace(r);
    }

    // ------------------------------------------------------------------ report

    @Test
    void reportAsText() {
        Run r = run("report", brussels.toString(), Brussels2019.MEETING.value());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Meeting with managers of Gold-Label cluster organisations\n")
                .contains("Cluster organisations: 50 (stated: 50)\n", "Countries: 17 (stated: 17)\n",
                        "SMEs represented: 6,539 (stated: more than 6,500)\n",
                        "Other participants: 20 (stated: about 20)\n", "Sessions: 3\n", "Proposed topics: 9 (stated: 9)\n")
                .doesNotContain("@");
    }

    @Test
    void reportAsJson() {
        Run r = run("report", brussels.toString(), Brussels2019.MEETING.value(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"clusterOrganisations\" : 50", "\"countries\" : 17",
                "\"smesRepresented\" : 6539", "\"otherParticipants\" : 20", "\"sessions\" : 3",
                "\"proposedTopics\" : 9");
    }

    @Test
    void reportOfAnUnknownEventListsKnownIds() {
        Run r = run("report", brussels.toString(), "no-such-event");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: no event with id \"no-such-event\" in " + brussels + "; known events: "
                + "brussels-2019-12-03-eca-associations, brussels-2019-12-03-labelling-working-group, "
                + "brussels-2019-12-04-gold-label-meeting, reds-2019-warsaw\n");
    }

    @Test
    void reportWithAnUnknownFormatIsExitTwo() {
        Run r = run("report", brussels.toString(), Brussels2019.MEETING.value(), "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--format'");
    }

    @Test
    void reportOfAMissingFileIsExitTwo() {
        assertThat(run("report", dir.resolve("nope.json").toString(), "x").code()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ labels

    @Test
    void labelsOnTheMeetingDayListsFiftyGoldHolders() {
        Run r = run("labels", brussels.toString(), "--on", "2019-12-04", "--level", "gold");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(50)
                .contains("silesian-aviation-cluster\tPL\tGOLD\tSilesian Aviation Cluster");
    }

    @Test
    void labelsByCountryAcceptsEurostatSpelling() {
        Run r = run("labels", brussels.toString(), "--on", "2019-12-04", "--country", "el");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\tGR\tGOLD\t"));
    }

    @Test
    void labelsLongAfterExpiryListNobody() {
        Run r = run("labels", brussels.toString(), "--on", "2030-01-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void labelsWithABadDateIsExitTwo() {
        Run r = run("labels", brussels.toString(), "--on", "4.12.2019");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--on'");
        assertNoStackTrace(r);
    }

    @Test
    void labelsWithABadCountryIsExitTwo() {
        Run r = run("labels", brussels.toString(), "--on", "2019-12-04", "--country", "XX");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--country'").contains("XX");
    }

    @Test
    void labelsWithoutOnIsExitTwo() {
        Run r = run("labels", brussels.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--on=DATE'");
    }

    // ------------------------------------------------------------------ generate

    @Test
    void generateWritesAValidSyntheticDocument() {
        Path out = dir.resolve("synthetic.json");
        Run r = run("generate", "--organisations", "200", "--events", "10", "--registrations", "500", "--seed", "9",
                "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote " + out);
        Run v = run("validate", out.toString());
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("valid: 200 organisations, ").endsWith("10 events, 500 registrations\n");
    }

    @Test
    void generateWithTooFewOrganisationsIsExitTwo() {
        Run r = run("generate", "--organisations", "3", "--out", dir.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: Invalid value for organisations (at least 34): 3\n");
    }

    // ------------------------------------------------------------------ help and version

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("demo", "validate", "report", "labels", "Exit codes:");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "validate", "report", "labels", "generate"}) {
            Run r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: clustermeet " + command);
        }
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("clustermeet ").doesNotContain("unknown");
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: clustermeet");
    }

    @Test
    void unknownCommandIsExitTwo() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument");
    }
}
