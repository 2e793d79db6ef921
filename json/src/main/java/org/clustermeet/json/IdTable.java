package org.clustermeet.json;

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
final class IdTable<I> {

    private final Class<I> type;
    private final Function<String, I> factory;
    private int[] hashes = new int[256];
    private String[] texts = new String[256];
    private Object[] ids = new Object[256];
    private int size;

    /**
     * Creates an empty table.
     *
     * @param type    the identifier type
     * @param factory makes an identifier from its text, checking it
     */
    IdTable(Class<I> type, Function<String, I> factory) {
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
    I get(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = texts.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String text = texts[slot];
            if (text == null) {
                String made = new String(chars, offset, length);
                I id = factory.apply(made);
                hashes[slot] = hash;
                texts[slot] = made;
                ids[slot] = id;
                if (++size * 2 > texts.length) {
                    grow();
                }
                return id;
            }
            if (hashes[slot] == hash && sameText(text, chars, offset, length)) {
                return type.cast(ids[slot]);
            }
        }
    }

    private static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int[] oldHashes = hashes;
        String[] oldTexts = texts;
        Object[] oldIds = ids;
        hashes = new int[oldTexts.length * 2];
        texts = new String[oldTexts.length * 2];
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
