package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    private final RegistryJson json = Fixtures.json();

    @Test
    void brusselsRegistryRoundTrips() throws Exception {
        Registry brussels = Brussels2019.registry();
        assertThat(json.read(json.write(brussels))).isEqualTo(brussels);
    }

    @Test
    void registryUsingEveryFieldRoundTrips() throws Exception {
        Registry full = Fixtures.full();
        assertThat(json.read(json.write(full))).isEqualTo(full);
    }

    @Test
    void emptyRegistryRoundTrips() throws Exception {
        assertThat(json.read(json.write(Registry.empty()))).isEqualTo(Registry.empty());
    }

    @Test
    void canonicalDocumentIsReproducedByteForByte() throws Exception {
        String canonical = json.write(Fixtures.full());
        assertThat(json.write(json.read(canonical))).isEqualTo(canonical);
        String brussels = json.write(Brussels2019.registry());
        assertThat(json.write(json.read(brussels))).isEqualTo(brussels);
    }

    @Test
    void compactOutputIsOneLineAndRoundTrips() throws Exception {
        RegistryJson compact = json.withCompactOutput();
        String text = compact.write(Fixtures.full());
        assertThat(text).endsWith("\n").doesNotContain("\n  ");
        assertThat(text.lines()).hasSize(1);
        assertThat(compact.write(compact.read(text))).isEqualTo(text);
        assertThat(json.read(text)).isEqualTo(Fixtures.full());
    }

    @Test
    void propertyOrderDoesNotMatterOnReading() throws Exception {
        String reordered = "{\"version\": 1, \"people\": [{\"familyName\": \"Nowak\", \"id\": \"p\", \"givenName\": \"Anna\"}],"
                + " \"format\": \"clustermeet-registry\"}";
        assertThat(json.read(reordered).people()).singleElement()
                .satisfies(p -> assertThat(p.fullName()).isEqualTo("Anna Nowak"));
    }

    @Test
    void readerWriterStreamsAndFilesGiveTheSameDocument(@TempDir Path dir) throws Exception {
        Registry full = Fixtures.full();
        String text = json.write(full);
        StringWriter w = new StringWriter();
        json.write(full, w);
        assertThat(w.toString()).isEqualTo(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(full, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(json.read(new StringReader(text))).isEqualTo(full);
        assertThat(json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(full);
        Path file = dir.resolve("registry.json");
        json.save(full, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(json.read(file)).isEqualTo(full);
    }

    @Test
    void daylightSavingChangeNeverShiftsASession() throws Exception {
        String text = json.write(Fixtures.full());
        assertThat(text).contains("\"start\": \"2019-10-26T09:00:00+02:00\"", "\"end\": \"2019-10-27T17:30:00+01:00\"",
                "\"zone\": \"Europe/Brussels\"");
        Registry back = json.read(text);
        assertThat(back.event(org.clustermeet.core.id.EventId.of("conference")).orElseThrow().sessions().get(1)
                .slot().orElseThrow().end().toLocalTime()).hasToString("17:30");
    }

    @Test
    void documentIsUtf8WithNonAsciiTextKept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(Fixtures.full(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Παπαδοπούλου");
    }
}
