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
    /** 32 minus the number of bits of a slot index. */
    private int shift = 32 - 8;
    private int longestProbe;

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
        int probe = 0;
        for (int slot = slot(hash); ; slot = (slot + 1) & mask, probe++) {
            char[] text = texts[slot];
            if (text == null) {
                I id = factory.apply(new String(chars, offset, length));
                hashes[slot] = hash;
                texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
                ids[slot] = id;
                longestProbe = Math.max(longestProbe, probe);
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

    /**
     * The most slots one text passes over before reaching its own, for tests and diagnostics: a
     * few at most when the hash spreads the texts well.
     *
     * @return the longest probe sequence of any text in the table
     */
    public int longestProbe() {
        return longestProbe;
    }

    /**
     * The hash of a text, equal to {@link String#hashCode()}, computed in two interleaved chains
     * (even and odd positions, each weighing its next character by 31 squared) so that the
     * processor can overlap them.
     *
     * @param chars  the characters holding the text
     * @param offset where the text starts
     * @param length the text's length
     * @return the text's hash code
     */
    public static int hash(char[] chars, int offset, int length) {
        int even = 0;
        int odd = 0;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            even = 961 * even + chars[i];
            odd = 961 * odd + chars[i + 1];
        }
        int pairs = 31 * even + odd;
        return i < end ? 31 * pairs + chars[i] : pairs;
    }

    /**
     * The first slot of a hash: its top bits after a multiplication by the golden ratio, since
     * numbered ids ({@code cluster-000070}, {@code cluster-000071}) have hashes that differ in
     * their low bits only and would otherwise fill neighbouring slots in long runs.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldTexts = texts;
        Object[] oldIds = ids;
        hashes = new int[oldTexts.length * 2];
        texts = new char[oldTexts.length * 2][];
        ids = new Object[oldTexts.length * 2];
        shift--;
        longestProbe = 0;
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = slot(oldHashes[i]);
                int probe = 0;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                    probe++;
                }
                longestProbe = Math.max(longestProbe, probe);
                hashes[slot] = oldHashes[i];
                texts[slot] = oldTexts[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}
