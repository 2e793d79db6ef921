package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code clustermeet validate} on every document of the json module's bad-document corpus. */
class ValidateCorpusTest {

    private static final Path CORPUS = Path.of("..", "json", "src", "test", "resources", "bad-documents");

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expectations.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateExitsOneWithTheMessageOnStandardError(String file, String pointer, String fragment) {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("validate", CORPUS.resolve(file).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: ").contains(fragment);
        if (!pointer.isEmpty()) {
            assertThat(r.err()).contains(" at " + pointer);
        }
        assertThat(r.err()).doesNotContain("\tat ", "Exception", ".java:");
    }
}
