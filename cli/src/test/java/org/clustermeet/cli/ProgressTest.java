package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on standard error: shown on a terminal, and never otherwise. */
class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndClearedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of(new PrintWriter(err, true), true, "reading big.json", 1000);
             InputStream in = progress.track(new ByteArrayInputStream(new byte[1000]), "checking big.json")) {
            in.readNBytes(500);
            assertThat(progress.line()).startsWith("reading big.json  50 % (0.0 of 0.0 MB), ");
            Thread.sleep(450);
            in.readAllBytes();
            assertThat(progress.line()).startsWith("checking big.json 100 %");
        }
        assertThat(err.toString()).startsWith("\rreading big.json").endsWith("\r").contains(" s");
    }

    @Test
    void withoutATerminalNothingIsWritten() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of(new PrintWriter(err, true), false, "reading big.json", 1000)) {
            Thread.sleep(300);
            progress.step("checking");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void onlyTerminalDevicesCountAsTerminals() {
        assertThat(Progress.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Progress.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Progress.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(Progress.isTerminalDevice("/tmp/err.log")).isFalse();
        assertThat(Progress.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void theCommandLineInPipesShowsNoProgressEvenForLongWork() throws Exception {
        Path out = dir.resolve("generated.json");

        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("generate", "--organisations", "2000", "--events", "20",
                "--registrations", "20000", "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void aChildProcessWritingToAPipeSeesNoTerminal() {
        assertThat(Progress.standardErrorIsTerminal()).isFalse();
    }
}
