package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any output written through AtomicFile is all or nothing, as a saved registry is. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private long filesIn() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void theContentReplacesTheFileWhole() throws Exception {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        AtomicFile.write(file, out -> out.write("new;content\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new;content\n");
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    void aContentFailingHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the export failed (simulated)");
        })).isInstanceOf(IOException.class).hasMessage("the export failed (simulated)");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    void aMissingDirectoryIsSaidSo() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/out.csv"), out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessageContaining("the directory does not exist");
    }

    private static AtomicFile.Content text(String content) {
        return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNewFileGetsTheUsualReadableByAllPermissions() throws Exception {
        Path file = dir.resolve("new.json");

        AtomicFile.write(file, text("{}"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        for (String permissions : new String[] {"rw-r--r--", "rw-------", "rw-rw-r--", "r--------"}) {
            Path file = dir.resolve("kept-" + permissions + ".json");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

            AtomicFile.write(file, text("new"));

            assertThat(Files.readString(file)).isEqualTo("new");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
    }

    @Test
    void aSymbolicLinkIsRefusedAndNeitherItNorItsTargetChanges() throws Exception {
        Path target = dir.resolve("target.json");
        Files.writeString(target, "kept");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);

        assertThatThrownBy(() -> AtomicFile.write(link, text("new")))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot save " + link + ": it is a symbolic link, which is never replaced (give the path of "
                        + "the file it points to)");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("kept");
        assertThat(filesIn()).isEqualTo(2);
    }

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

        assertThatThrownBy(() -> AtomicFile.write(fifo, text("new")))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot save " + fifo + ": it is not a regular file (a device, a FIFO or a socket), which "
                        + "is never replaced");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    void aDeviceIsRefused() {
        Path device = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(device), "no /dev/null here");

        assertThatThrownBy(() -> AtomicFile.write(device, text("new")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("it is not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
    }
}
