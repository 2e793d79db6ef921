package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is a promise to every user who diffs or hashes saved documents: these
 * stored documents were written by an earlier version and must be reproduced byte for byte.
 */
class CanonicalFormTest {

    private static final Path DOCUMENTS = Path.of("src", "test", "resources", "valid-documents");

    @Test
    void theIndentedFormIsUnchanged() throws Exception {
        String stored = Files.readString(DOCUMENTS.resolve("full-indented.json"), StandardCharsets.UTF_8);
        assertThat(Fixtures.json().write(Fixtures.full())).isEqualTo(stored);
    }

    @Test
    void theEmptyRegistryIsUnchanged() throws Exception {
        String stored = Files.readString(DOCUMENTS.resolve("empty-indented.json"), StandardCharsets.UTF_8);
        assertThat(Fixtures.json().write(Registry.empty())).isEqualTo(stored);
    }

    @Test
    void theCompactFormIsUnchanged() throws Exception {
        String stored = Files.readString(DOCUMENTS.resolve("full-compact.json"), StandardCharsets.UTF_8);
        assertThat(Fixtures.json().withCompactOutput().write(Fixtures.full())).isEqualTo(stored);
    }
}
