package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.query.WhoMayAttend;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustermeet serve}: the registration server from the command line, in a real process. */
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("Serving at (http://\\S+)");
    private static final Pattern LINK = Pattern.compile("(http://\\S+/i/[A-Za-z0-9_-]{43})");
    private static final Pattern FORM = Pattern.compile("(http://\\S+/events/\\S+/register)");

    @TempDir
    Path dir;

    @Test
    void serveNeedsAStoreOrTheDemo() {
        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("--lang", "en", "serve");

        assertThat(run.code()).isEqualTo(CliFailure.USAGE);
        assertThat(run.err()).contains("give a store (a path or a jdbc:postgresql: URL) or --demo, not both");
    }

    @Test
    void aRetentionPeriodBelowAMonthIsBadUsage() {
        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("--lang", "en", "serve", dir.resolve("db").toString(),
                "--retain-months", "0");

        assertThat(run.code()).isEqualTo(CliFailure.USAGE);
        assertThat(run.err()).contains("the retention period must be at least 1 month, not 0");
    }

    @Test
    void anOrganisersFileWithAShortTokenIsRefusedWithItsLine() throws Exception {
        Path organisers = Files.writeString(dir.resolve("organisers.txt"), "# organisers\nsecretariat = short\n");

        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("--lang", "en", "serve", dir.resolve("db").toString(),
                "--organisers", organisers.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("line 2", "secretariat", "at least 24").doesNotContain("short\n");
    }

    @Test
    void theDemoRegistryKeepsTheBrusselsSampleAndAddsAnIllustrativeOpenEvent() {
        LocalDate today = LocalDate.of(2026, 12, 3);

        Registry demo = ServeCommand.demoRegistry(today);

        assertThat(demo.event(Brussels2019.MEETING)).isPresent();
        assertThat(demo.event(ServeCommand.DEMO_EVENT).orElseThrow().status()).isEqualTo(EventStatus.PLANNED);
        assertThat(demo.event(ServeCommand.DEMO_EVENT).orElseThrow().title().english()).contains("not a real event");
        assertThat(demo.event(ServeCommand.DEMO_EVENT).orElseThrow().openRegistration()).isTrue();
        assertThat(WhoMayAttend.of(demo, ServeCommand.DEMO_EVENT).stream().filter(WhoMayAttend.Candidate::mayRegister)
                .map(c -> c.person().id()).distinct()).contains(ServeCommand.demoPerson(1),
                ServeCommand.demoPerson(ServeCommand.DEMO_PEOPLE));
    }

    @Test
    void theDemoServesAnInvitationThatAnswersThroughTheStore() throws Exception {
        Process process = start("serve", "--demo", "--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.contains("illustrative-person-1")) {
                lines.add(line);
            }
            assertThat(line).as(String.join("\n", lines)).isNotNull();
            String address = find(LISTENING, String.join("\n", lines));
            String link = find(LINK, line);
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create(link))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("answer=in-person")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(address + "/api/events"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String open;
            while ((open = out.readLine()) != null && !open.startsWith("Open registration form")) {
                lines.add(open);
            }
            assertThat(open).as(String.join("\n", lines)).isNotNull();
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(find(FORM, open))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("data-state=\"registered\"");
            assertThat(events.body()).contains(Brussels2019.MEETING.value(), ServeCommand.DEMO_EVENT.value());
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("id=\"signup\"");
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx192m", "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), ClusterMeetCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
