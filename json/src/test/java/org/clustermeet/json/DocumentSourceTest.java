package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.RegistryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reading streams and files as they are parsed: a document read again (its header last, or a value
 * found wrong) from the file, or from the spool of a one-shot stream, which is removed afterwards.
 */
class DocumentSourceTest {

    private static final RegistryJson JSON = RegistryJson.defaults();

    @TempDir
    Path dir;

    /** A generated document of a few MiB, its format and version moved to its end. */
    private static byte[] headerLast(Registry registry) throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(JSON.write(registry));
        ObjectNode moved = new ObjectMapper().createObjectNode();
        doc.properties().forEach(e -> {
            if (!e.getKey().equals("format") && !e.getKey().equals("version")) {
                moved.set(e.getKey(), e.getValue());
            }
        });
        moved.set("format", doc.get("format"));
        moved.set("version", doc.get("version"));
        return new ObjectMapper().writeValueAsBytes(moved);
    }

    private static Registry generated() {
        return RegistryGenerator.generate(new RegistryGenerator.Settings(400, 4, 4_000, 7));
    }

    private long spools() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("clustermeet-document")).count();
        }
    }

    @Test
    void aStreamWhoseHeaderComesLastIsReadThroughItsSpoolWhichIsRemoved() throws Exception {
        Registry registry = generated();
        byte[] bytes = headerLast(registry);
        assertThat(bytes.length).isGreaterThan(DocumentSource.IN_MEMORY);
        long before = spools();

        Registry read = JSON.read(new ByteArrayInputStream(bytes));

        assertThat(read).isEqualTo(registry);
        assertThat(spools()).isEqualTo(before);
    }

    @Test
    void aValueFoundWrongInALargeStreamIsToldWithItsLineAndColumn() throws Exception {
        String text = JSON.write(generated());
        int at = text.lastIndexOf("\"capacity\"");
        String broken = text.substring(0, at) + "\"capacity\": -5, \"x" + text.substring(at + 1);

        assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RegistryJsonException.class).hasMessageContaining("(line ");
    }

    @Test
    void aFileIsReadAgainFromDiskAndItsFirstReadingIsWatched() throws Exception {
        Registry registry = generated();
        Path file = Files.write(dir.resolve("late-header.json"), headerLast(registry));
        AtomicLong watched = new AtomicLong();

        Registry read = JSON.read(file, in -> new java.io.FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    watched.addAndGet(n);
                }
                return n;
            }
        });

        assertThat(read).isEqualTo(registry);
        assertThat(watched.get()).isEqualTo(Files.size(file));
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedWhileReading() {
        RegistryJson small = RegistryJson.defaults().withMaxDocumentBytes(10_000);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> small.read(endless)).isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("over the size limit of 10000 bytes");
    }

    @Test
    void aCharacterStreamIsEncodedAsItIsReadAndAnUnpairedSurrogateRefused() throws Exception {
        Registry registry = generated();

        assertThat(JSON.read(new StringReader(JSON.write(registry)))).isEqualTo(registry);
        assertThatThrownBy(() -> JSON.read(new StringReader("{\"format\": \"clustermeet-registry\", \"x\": \"\uD800\"}")))
                .isInstanceOf(RegistryJsonException.class).hasMessageContaining("unpaired surrogate");
    }

    /** Characters that count their openings and the openings closed. */
    private static final class Counted implements CharacterSource {
        private final String text;
        private int opened;
        private int closed;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public java.io.Reader open() {
            opened++;
            return new StringReader(text) {
                @Override
                public void close() {
                    closed++;
                    super.close();
                }
            };
        }
    }

    @Test
    void charactersThatCanBeReadAgainAreReadOnceWithTheirUtf8BytesWatched() throws Exception {
        Registry registry = org.clustermeet.testkit.Brussels2019.registry();
        String text = JSON.write(registry);
        Counted source = new Counted(text);
        java.io.ByteArrayOutputStream watched = new java.io.ByteArrayOutputStream();

        Registry read = JSON.read(source, in -> new java.io.FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    watched.write(b, off, n);
                }
                return n;
            }
        });

        assertThat(read).isEqualTo(registry);
        assertThat(watched.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(source.opened).isEqualTo(1);
        assertThat(source.closed).isEqualTo(1);
    }

    @Test
    void charactersWhoseHeaderComesLastAreOpenedAgainAndEveryOpeningClosed() throws Exception {
        Registry registry = generated();
        Counted source = new Counted(new String(headerLast(registry), StandardCharsets.UTF_8));
        long before = spools();

        Registry read = JSON.read(source, in -> in);

        assertThat(read).isEqualTo(registry);
        assertThat(source.opened).isGreaterThan(1);
        assertThat(source.closed).isEqualTo(source.opened);
        assertThat(spools()).as("nothing is spooled").isEqualTo(before);
    }

    @Test
    void aValueFoundWrongInCharactersIsToldWithItsLineAndColumn() throws Exception {
        String text = JSON.write(generated());
        int at = text.lastIndexOf("\"capacity\"");
        Counted source = new Counted(text.substring(0, at) + "\"capacity\": -5, \"x" + text.substring(at + 1));

        assertThatThrownBy(() -> JSON.read(source, in -> in))
                .isInstanceOf(RegistryJsonException.class).hasMessageContaining("(line ");
        assertThat(source.closed).isEqualTo(source.opened);
    }

    @Test
    void charactersLongerThanTheLimitOrNotUnicodeAreRefused() {
        RegistryJson small = RegistryJson.defaults().withMaxDocumentBytes(10_000);

        assertThatThrownBy(() -> small.read(new Counted("[" + " ".repeat(20_000) + "]"), in -> in))
                .isInstanceOf(RegistryJsonException.class).hasMessageContaining("over the size limit of 10000 bytes");
        assertThatThrownBy(() -> JSON.read(new Counted("{\"format\": \"clustermeet-registry\", \"x\": \"\uD800\"}"),
                in -> in)).isInstanceOf(RegistryJsonException.class).hasMessageContaining("unpaired surrogate");
    }
}
