package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shell completion, run in a real bash, and the manual pages packaged with the command line. */
class CompletionCommandTest {

    @TempDir
    Path dir;

    /** What bash completes for a command line typed so far (the last word may be empty). */
    private String complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_clustermeet 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).isZero();
        return out;
    }

    private Path script() throws Exception {
        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("completion", "bash");
        assertThat(run.code()).isZero();
        Path script = dir.resolve("clustermeet_completion");
        Files.writeString(script, run.out());
        return script;
    }

    @Test
    void bashCompletesCommandsSubcommandsAndOptions() throws Exception {
        Path script = script();

        assertThat(complete(script, "clustermeet", "st").lines()).containsExactly("store");
        assertThat(complete(script, "clustermeet", "store", "").lines()).contains("create", "put", "register",
                "list");
        assertThat(complete(script, "clustermeet", "report", "--f").lines()).contains("--format");
        assertThat(complete(script, "clustermeet", "store", "register", "db", "--role", "cl").lines())
                .containsExactly("cluster-manager");
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashCompletionInZsh() {
        ClusterMeetCliTest.Run zsh = ClusterMeetCliTest.run("completion", "zsh");

        assertThat(zsh.code()).isZero();
        assertThat(zsh.out()).isEqualTo(ClusterMeetCliTest.run("completion", "bash").out()).contains("bashcompinit");
    }

    @Test
    void anUnknownShellIsRefused() {
        ClusterMeetCliTest.Run fish = ClusterMeetCliTest.run("completion", "fish");

        assertThat(fish.code()).isEqualTo(CliFailure.USAGE);
        assertThat(fish.err()).contains("bash", "zsh");
    }

    @Test
    void everyCommandHasAManualPageInTheJar() throws Exception {
        for (String page : List.of("clustermeet", "clustermeet-report", "clustermeet-store-put",
                "clustermeet-completion", "clustermeet-serve")) {
            try (InputStream in = ClusterMeetCli.class.getResourceAsStream("/man/" + page + ".adoc")) {
                assertThat(in).as(page).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(":doctype: manpage",
                        "= " + page + "(1)");
            }
        }
    }
}
