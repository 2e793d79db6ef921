package org.clustermeet.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the journal's decoder with Jazzer: any row text is read into a
 * change set that writes back to what reads the same, or refused with an
 * {@link IllegalArgumentException} whose message is bounded and inert, and nothing else is thrown.
 * In every build the seed corpus under
 * {@code src/test/resources/org/clustermeet/store/internal/ChangeCodecFuzzTestInputs/} runs as a
 * regression test; to fuzz for real, run {@code JAZZER_FUZZ=1 mvn -pl store -am test -Dtest=ChangeCodecFuzzTest}.
 */
class ChangeCodecFuzzTest {

    private static final ChangeCodec CODEC = new ChangeCodec();

    @FuzzTest(maxDuration = "30s")
    void readingWhatHappenedAgreesWithReadingAllOrRefuses(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        java.util.Optional<java.util.List<org.clustermeet.core.workflow.Happening>> happened;
        try {
            happened = CODEC.readHappened(json);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2_000).doesNotContain("\u001B", "\u0000");
            return;
        }
        ChangeCodec.Recorded recorded;
        try {
            recorded = CODEC.read(json);
        } catch (IllegalArgumentException changesRefused) {
            return; // the changes are not read for what happened
        }
        assertThat(happened).isEqualTo(recorded.happened());
    }

    @FuzzTest(maxDuration = "30s")
    void readNeverThrowsAnythingElse(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        ChangeCodec.Recorded recorded;
        try {
            recorded = CODEC.read(json);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2_000).doesNotContain("\u001B", "\u0000");
            return;
        }
        String written = CODEC.write(recorded.changes(), recorded.happened().orElse(java.util.List.of()));
        assertThat(CODEC.read(written).changes()).isEqualTo(recorded.changes());
    }
}
