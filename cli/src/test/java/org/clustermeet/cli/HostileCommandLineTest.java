package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line tried as an attacker and a careless user would: paths that carry settings,
 * outputs that are devices, pipes or the command's own inputs, text that acts on a terminal, a
 * standard output that fails.
 */
class HostileCommandLineTest {

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

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"db;INIT=CALL FILE_WRITE('x','PWNED.txt')", "db;TRACE_LEVEL_FILE=3", "db;AUTO_SERVER=TRUE"})
    void aStorePathCarryingDatabaseSettingsIsRefusedAndRunsNothing(String name) throws Exception {
        ClusterMeetCliTest.Run r = run("store", "create", dir.resolve(name).toString(), "--from", brussels.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the path holds ';', which would make what follows it database settings");
        assertThat(files()).containsExactly("brussels.json");
    }

    @Test
    void anExportOverItsOwnInputIsRefusedAndTheInputKept() throws Exception {
        byte[] before = Files.readAllBytes(brussels);

        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--organisations", "--format", "csv",
                "--out", brussels.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot write " + brussels + ": it is " + brussels
                + ", which this command reads (choose another file)\n");
        assertThat(Files.readAllBytes(brussels)).isEqualTo(before);
    }

    @Test
    void anImportOverItsCsvOrItsDocumentIsRefused() throws Exception {
        Path csv = dir.resolve("orgs.csv");
        Files.writeString(csv, "id,name,country,listed on eccp\nnew-cluster,New cluster,PL,yes\n");

        assertThat(run("import", brussels.toString(), "--organisations", csv.toString(), "--out", csv.toString())
                .code()).isEqualTo(2);
        ClusterMeetCliTest.Run r = run("import", brussels.toString(), "--organisations", csv.toString(),
                "--out", brussels.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).as("nothing is said to be imported when nothing was written").isEmpty();
        assertThat(Files.readString(csv)).startsWith("id,name");
    }

    @Test
    void aStoreDumpOverTheLiveDatabaseIsRefused() throws Exception {
        Path db = dir.resolve("meetings");
        assertThat(run("store", "create", db.toString(), "--from", brussels.toString()).code()).isZero();
        Path file = dir.resolve("meetings.mv.db");
        byte[] before = Files.readAllBytes(file);

        ClusterMeetCliTest.Run r = run("store", "dump", db.toString(), "--out", file.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("which this command reads");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(run("store", "dump", db.toString(), "--out", dir.resolve("dump.json").toString()).code()).isZero();
    }

    @Test
    void anOutputThatIsAFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");

        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--organisations", "--format", "csv",
                "--out", fifo.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("it is not a regular file (a device, a FIFO or a socket), which is never replaced");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void anOutputThatIsADeviceIsRefused() {
        ClusterMeetCliTest.Run r = run("demo", "--out", "/dev/null");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("it is not a regular file");
        assertThat(r.out()).doesNotContain("written");
    }

    @Test
    void anOutputThatIsASymbolicLinkIsRefused() throws Exception {
        Path target = dir.resolve("target.csv");
        Files.writeString(target, "kept");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);

        ClusterMeetCliTest.Run r = run("export", brussels.toString(), "--organisations", "--format", "csv",
                "--out", link.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("it is a symbolic link");
        assertThat(Files.readString(target)).isEqualTo("kept");
    }

    @Test
    void aFailingStandardOutputMakesTheCommandFail() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8), true);

        int code = ClusterMeetCli.run(new String[] {"export", brussels.toString(), "--organisations", "--format",
                "csv"}, out, new PrintWriter(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: cannot write to standard output (a full disk or a closed pipe?): "
                + "the output is incomplete\n");
    }

    @Test
    void anExportToAFullDiskOnStandardOutputExitsNonZeroInARealProcess() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), ClusterMeetCli.class.getName(), "export", brussels.toString(),
                "--organisations", "--format", "csv"));
        Process child = new ProcessBuilder(command).redirectOutput(new File("/dev/full")).start();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("cannot write to standard output");
    }

    @Test
    void anArgumentWithAnUnpairedSurrogateIsRefusedNamingTheArgument() {
        ClusterMeetCliTest.Run r = run("validate", "b\uD800.json");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: argument 2 holds unpaired surrogate \\uD800 at index 1: "
                + "\"b\\uD800.json\"\n");
    }

    @Test
    void aFileNameWithTerminalEscapesIsEchoedInert() {
        ClusterMeetCliTest.Run r = run("validate", dir.resolve("\u001B]0;owned\u0007\u001B[2J.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\\u001B]0;owned\\u0007\\u001B[2J.json").doesNotContain("\u001B", "\u0007");
    }

    @Test
    void anUnmatchedArgumentWithTerminalEscapesIsEchoedInert() {
        ClusterMeetCliTest.Run r = run("validate", brussels.toString(), "\u001B[2J");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\\u001B[2J").doesNotContain("\u001B");
    }

    @Test
    void aValueHoldingAPlaceholderIsNotFilledIn() {
        assertThat(Message.CANNOT_WRITE.format(Locale.ENGLISH, "{1}", "why")).isEqualTo("cannot write {1}: why");
    }

    @Test
    void anIdWithTerminalEscapesInADocumentIsEchoedInert() throws Exception {
        Path evil = dir.resolve("evil.json");
        Files.writeString(evil, Files.readString(brussels).replaceFirst("\"id\": \"dg-grow\"",
                "\"id\": \"dg\\\\u001B]0;x\\\\u0007grow\""));

        ClusterMeetCliTest.Run r = run("validate", evil.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("\\u001B]0;x\\u0007").doesNotContain("\u001B", "\u0007");
    }

    @Test
    void aNameWithATabOrALineBreakCannotForgeARowOfTheLabelsList() throws Exception {
        Path tricky = dir.resolve("tricky.json");
        Files.writeString(tricky, Files.readString(brussels).replace("Silesian Aviation Cluster",
                "Silesian\\tAviation\\nFAKE\\tPL\\tGOLD\\tForged \\u202Ecluster"));

        ClusterMeetCliTest.Run r = run("labels", tricky.toString(), "--on", "2019-12-04", "--level", "gold");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(50).allSatisfy(line -> assertThat(line.split("\t")).hasSize(4));
        assertThat(r.out()).contains("Silesian\\u0009Aviation\\u000AFAKE\\u0009PL\\u0009GOLD\\u0009Forged \\u202Ecluster")
                .doesNotContain("\u202E");
    }

    @Test
    void theTextReportShowsALineBreakInATitleEscaped() throws Exception {
        Path tricky = dir.resolve("tricky.json");
        String title = Brussels2019.registry().event(Brussels2019.MEETING).orElseThrow().title().get(Locale.ENGLISH);
        Files.writeString(tricky, Files.readString(brussels).replace(title, "Forged\\nCluster organisations: 999"));

        ClusterMeetCliTest.Run r = run("report", tricky.toString(), Brussels2019.MEETING.value());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Forged\\u000ACluster organisations: 999\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "lots"})
    void aMaxBytesThatIsNotPositiveIsAUsageError(String value) {
        ClusterMeetCliTest.Run r = run("validate", brussels.toString(), "--max-bytes", value);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'" + value + "' is not a positive number of bytes");
    }

    @Test
    void aDocumentIsReadFromStandardInputAsDash() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(brussels)));
            ClusterMeetCliTest.Run r = run("validate", "-");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("valid: 72 organisations");

            System.setIn(new ByteArrayInputStream(Files.readAllBytes(brussels)));
            ClusterMeetCliTest.Run limited = run("validate", "-", "--max-bytes", "1000");
            assertThat(limited.code()).isEqualTo(1);
            assertThat(limited.err()).contains("over the size limit of 1000 bytes");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aDocumentIsReadFromANamedPipe() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(brussels));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();

        ClusterMeetCliTest.Run r = run("validate", fifo.toString());

        writer.join(10_000);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("valid: 72 organisations");
    }

    @Test
    void aLabelsPageCutsALongNameBetweenCharactersNeverInsideOne() {
        String name = "\uD83D\uDE00".repeat(40);

        String cut = HtmlPages.shorten(name);

        assertThat(cut).isEqualTo("\uD83D\uDE00".repeat(37) + "…");
    }
}
