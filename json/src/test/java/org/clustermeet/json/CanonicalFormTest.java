package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"earlier-full-indented.json", "earlier-full-compact.json"})
    void aDocumentWrittenBeforeTheRegistrationRulesIsReadAndWrittenBackByteForByte(String name) throws Exception {
        String stored = Files.readString(DOCUMENTS.resolve(name), StandardCharsets.UTF_8);
        RegistryJson json = name.contains("compact") ? Fixtures.json().withCompactOutput() : Fixtures.json();
        assertThat(json.write(json.read(stored))).isEqualTo(stored);
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

    @Test
    void theIndentationIsJacksonsDefaultPrettyPrinterAtEveryDepth() throws Exception {
        Event conference = Fixtures.full().event(EventId.of("conference")).orElseThrow();
        EligibilityPolicy deep = EligibilityPolicy.holdsLabel(LabelLevel.GOLD);
        for (int i = 0; i < 40; i++) {
            deep = EligibilityPolicy.not(deep);
        }
        Registry deepRegistry = Fixtures.full().edit().put(conference.toBuilder().eligibility(deep).build()).apply();
        ObjectMapper mapper = new ObjectMapper();
        DefaultPrettyPrinter reference = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        for (Registry registry : List.of(deepRegistry, Fixtures.full(), Registry.empty())) {
            String written = Fixtures.json().write(registry);
            String reprinted = mapper.writer(reference).writeValueAsString(mapper.readTree(written)) + "\n";
            assertThat(written).isEqualTo(reprinted);
        }
        assertThat(Fixtures.json().write(deepRegistry)).contains("\n" + "  ".repeat(44) + "\"type\": \"holds-label\"");
    }
}
