package org.clustermeet.json.read;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The identifiers of one kind read from one document, by text. A document names the same
 * organisation, person or event many times (every registration names three); this table turns
 * each repeated text straight from the parser's characters into the identifier read the first
 * time, so that no string is made, checked or hashed again, and the registry's lookups meet the
 * same instances. Not thread-safe: one table per read.
 *
 * @param <I> the identifier type
 */
public final class IdTable<I> {

    private final Class<I> type;
    private final Function<String, I> factory;
    private int[] hashes = new int[256];
    private char[][] texts = new char[256][];
    private Object[] ids = new Object[256];
    private int size;

    /**
     * Creates an empty table.
     *
     * @param type    the identifier type
     * @param factory makes an identifier from its text, checking it
     */
    public IdTable(Class<I> type, Function<String, I> factory) {
        this.type = type;
        this.factory = factory;
    }

    /**
     * Returns the identifier with the given text, made by the factory the first time.
     *
     * @param chars  the characters holding the text
     * @param offset where the text starts
     * @param length the text's length
     * @return the identifier
     * @throws IllegalArgumentException if the factory refuses the text
     */
    public I get(char[] chars, int offset, int length) {
        int hash = hash(chars, offset, length);
        int mask = texts.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] text = texts[slot];
            if (text == null) {
                I id = factory.apply(new String(chars, offset, length));
                hashes[slot] = hash;
                texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
                ids[slot] = id;
                if (++size * 2 > texts.length) {
                    grow();
                }
                return id;
            }
            if (hashes[slot] == hash && Arrays.equals(text, 0, text.length, chars, offset, offset + length)) {
                return type.cast(ids[slot]);
            }
        }
    }

    /** A hash of every character, in two interleaved chains so that the processor can overlap them. */
    public static int hash(char[] chars, int offset, int length) {
        int even = 0;
        int odd = 0;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            even = 31 * even + chars[i];
            odd = 31 * odd + chars[i + 1];
        }
        if (i < end) {
            even = 31 * even + chars[i];
        }
        return 961 * even + odd + length;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldTexts = texts;
        Object[] oldIds = ids;
        hashes = new int[oldTexts.length * 2];
        texts = new char[oldTexts.length * 2][];
        ids = new Object[oldTexts.length * 2];
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                texts[slot] = oldTexts[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}
