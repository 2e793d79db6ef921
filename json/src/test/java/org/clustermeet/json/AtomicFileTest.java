package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
}
