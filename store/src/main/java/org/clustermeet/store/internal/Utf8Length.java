package org.clustermeet.store.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * The number of bytes characters take in UTF-8, counted as they are read: what a snapshot's
 * checksum is prefixed with, known before its document streams through the digest.
 */
public final class Utf8Length {

    private Utf8Length() {
    }

    /**
     * Counts what a reader's characters take in UTF-8, reading it to its end. A surrogate pair
     * counts four bytes; an unpaired surrogate, which no valid document holds (its reading refuses
     * it), counts three.
     *
     * @param reader the characters; not closed
     * @return the number of bytes
     * @throws IOException if reading fails
     */
    public static long of(Reader reader) throws IOException {
        char[] buffer = new char[16384];
        long bytes = 0;
        boolean high = false;
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (high) {
                    high = false;
                    if (Character.isLowSurrogate(c)) {
                        bytes += 4;
                        continue;
                    }
                    bytes += 3;
                }
                if (c < 0x80) {
                    bytes++;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c)) {
                    high = true;
                } else {
                    bytes += 3;
                }
            }
        }
        return high ? bytes + 3 : bytes;
    }
}
