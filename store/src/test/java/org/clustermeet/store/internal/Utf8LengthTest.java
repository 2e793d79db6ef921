package org.clustermeet.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The UTF-8 length counted from characters is the length of their UTF-8 bytes. */
class Utf8LengthTest {

    private static final String[] PIECES = {"a", "{\"x\":1}", "ł", "Ż", "é", "€", "💶", "𝔘", "\u07ff", "\u0800",
        "\uffff"};

    @Test
    void countsWhatEachKindOfCharacterTakes() throws Exception {
        for (String piece : PIECES) {
            assertThat(Utf8Length.of(new StringReader(piece))).as(piece)
                    .isEqualTo(piece.getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(Utf8Length.of(new StringReader(""))).isZero();
    }

    @Test
    void countsLongTextsWhosePairsFallAcrossTheReadersBuffers() throws Exception {
        Random random = new Random(20191204L);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 70_000) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            // a reader giving a few characters at a time splits pairs wherever it stops
            StringReader stingy = new StringReader(s) {
                @Override
                public int read(char[] buffer, int off, int len) throws java.io.IOException {
                    return super.read(buffer, off, Math.min(len, 1 + random.nextInt(7)));
                }
            };
            assertThat(Utf8Length.of(stingy)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
            assertThat(Utf8Length.of(new StringReader(s))).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
