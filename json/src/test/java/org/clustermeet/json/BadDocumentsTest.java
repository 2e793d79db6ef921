package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hand-written bad documents under {@code src/test/resources/bad-documents}: one
 * problem each, named after it; {@code expectations.tsv} gives each file's expected JSON Pointer
 * and message fragment.
 */
class BadDocumentsTest {

    /** The corpus folder, relative to this module. */
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-documents");

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expectations.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2]));
    }

    @Test
    void corpusHasAtLeastFortyDocumentsAndEachIsListed() throws IOException {
        List<String> listed = corpus().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
            assertThat(listed).hasSizeGreaterThanOrEqualTo(40).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    @Test
    void theDocumentTheyAreMadeFromIsValid() throws Exception {
        assertThat(RegistryJson.defaults().read(Path.of("src", "test", "resources", "valid-documents", "small.json"))
                .validate()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badDocumentFailsWithItsPointerAndMessage(String file, String pointer, String fragment) {
        RegistryJsonException e = catchThrowableOfType(RegistryJsonException.class,
                () -> RegistryJson.defaults().read(CORPUS.resolve(file)));
        assertThat(e).as(file).isNotNull();
        assertThat(e.pointer()).as(file + " pointer").isEqualTo(pointer);
        assertThat(e.getMessage()).as(file + " message").contains(fragment).doesNotContain("\n").hasSizeLessThan(400);
    }
}
