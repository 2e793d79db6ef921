package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustermeet init}: a starting point whose README's ten commands run as written (illustrative data). */
class InitCommandTest {

    @TempDir
    Path dir;

    /** A README command with its file arguments made absolute, for a run from elsewhere. */
    private static String[] inDirectory(String command, Path dir) {
        List<String> args = new ArrayList<>();
        for (String word : command.substring("clustermeet ".length()).split(" ")) {
            boolean file = word.endsWith(".json") || word.endsWith(".csv") || word.equals("meetings");
            args.add(file ? dir.resolve(word).toString() : word);
        }
        return args.toArray(String[]::new);
    }

    @Test
    void theTenCommandsOfTheReadmeRunAndEndInAReport() throws Exception {
        Path start = dir.resolve("my-meeting");
        ClusterMeetCliTest.Run init = ClusterMeetCliTest.run("init", start.toString());
        assertThat(init.code()).as(init.err()).isZero();
        String readme = Files.readString(start.resolve("README.txt"));

        List<ClusterMeetCliTest.Run> runs = new ArrayList<>();
        for (String command : InitCommand.commands()) {
            assertThat(readme).contains("   " + command + "\n");
            ClusterMeetCliTest.Run run = ClusterMeetCliTest.run(inDirectory(command, start));
            assertThat(run.code()).as(command + "\n" + run.err()).isZero();
            runs.add(run);
        }

        assertThat(runs.get(0).out()).startsWith("valid: ");
        assertThat(runs.get(4).out()).isEqualTo("registration r-2 accepted\n");
        assertThat(runs.get(6).out()).isEqualTo("registration r-4 waitlisted at position 1\n");
        assertThat(runs.get(8).out()).contains("registration r-4 promoted from the waiting list");
        assertThat(runs.get(9).out()).contains("Illustrative meeting of Polish clusters", "Status: planned",
                "Places in person: 2, left: 0", "Other participants: 2", "Registrations: 2 registered, 0 waitlisted, 1 cancelled");
    }

    @Test
    void theProjectReadmeShowsTheSameTenCommands() throws Exception {
        Path readme = Path.of("..", "README.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(readme), "the project README is beside the module");

        assertThat(Files.readString(readme)).contains(String.join("\n", InitCommand.commands()));
    }

    @Test
    void theOrganisersFileHoldsAFreshTokenTheServerAccepts() throws Exception {
        ClusterMeetCliTest.run("init", dir.resolve("a").toString());
        ClusterMeetCliTest.run("init", dir.resolve("b").toString());

        org.clustermeet.server.Organisers a = org.clustermeet.server.Organisers.read(dir.resolve("a/organisers.txt"));
        String tokenA = Files.readString(dir.resolve("a/organisers.txt")).lines()
                .filter(l -> l.startsWith("secretariat = ")).findFirst().orElseThrow().substring(14);
        String tokenB = Files.readString(dir.resolve("b/organisers.txt")).lines()
                .filter(l -> l.startsWith("secretariat = ")).findFirst().orElseThrow().substring(14);
        assertThat(a.match(tokenA)).isPresent();
        assertThat(tokenA).isNotEqualTo(tokenB);
    }

    @Test
    void aDirectoryThatHoldsSomethingIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("init", dir.toString());

        assertThat(run.code()).isEqualTo(CliFailure.USAGE);
        assertThat(run.err()).contains("is not an empty directory");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
    }

    @Test
    void theReadmeIsInTheUsersLanguage() throws Exception {
        ClusterMeetCliTest.run("init", dir.resolve("pl").toString(), "--lang", "pl");

        assertThat(Files.readString(dir.resolve("pl/README.txt"))).contains("Punkt wyjścia dla własnego spotkania",
                "Zarejestruj menedżerkę");
    }
}
