package org.clustermeet.store;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The journal rows that name each key (a registration's id), kept in primitive arrays: each
 * entry is a row's sequence number under the hash of the key's text, chained to the entry before
 * it in the same bucket: 16 bytes an entry, 21 to 43 with the spare room of arrays that grow by
 * doubling. Keys whose texts share a hash share their rows, so {@link #rows} answers candidates
 * that the caller filters by what the rows say. Not thread-safe: the sequencer calls it under its
 * lock.
 */
final class RowsByKey {

    /** For each bucket, one more than its latest entry's index; 0: none. */
    private int[] heads = new int[1024];
    /** For each entry, one more than the index of the entry before it in its bucket; 0: none. */
    private int[] before = new int[1024];
    private int[] hashes = new int[1024];
    private long[] sequences = new long[1024];
    private int size;

    /**
     * Records that a row names a key. A row naming the key again, as the latest entry for it, is
     * recorded once.
     *
     * @param key      the key's text, not null
     * @param sequence the row's sequence number, not lower than any recorded before
     */
    void add(String key, long sequence) {
        int hash = spread(key.hashCode());
        for (int e = heads[hash & (heads.length - 1)]; e != 0; e = before[e - 1]) {
            if (hashes[e - 1] == hash) {
                if (sequences[e - 1] == sequence) {
                    return;
                }
                break;
            }
        }
        if (size == sequences.length) {
            int length = size * 2;
            before = Arrays.copyOf(before, length);
            hashes = Arrays.copyOf(hashes, length);
            sequences = Arrays.copyOf(sequences, length);
        }
        hashes[size] = hash;
        sequences[size] = sequence;
        size++;
        if (size > heads.length - (heads.length >> 2)) {
            heads = new int[heads.length * 2];
            for (int e = 0; e < size; e++) {
                link(e);
            }
        } else {
            link(size - 1);
        }
    }

    /**
     * Returns the rows that may name a key: every row that does, and possibly rows of keys with
     * the same hash.
     *
     * @param key the key's text, not null
     * @return their sequence numbers, in order
     */
    SortedSet<Long> rows(String key) {
        int hash = spread(key.hashCode());
        SortedSet<Long> rows = new TreeSet<>();
        for (int e = heads[hash & (heads.length - 1)]; e != 0; e = before[e - 1]) {
            if (hashes[e - 1] == hash) {
                rows.add(sequences[e - 1]);
            }
        }
        return rows;
    }

    private void link(int entry) {
        int bucket = hashes[entry] & (heads.length - 1);
        before[entry] = heads[bucket];
        heads[bucket] = entry + 1;
    }

    /** Spreads the hash's high bits into the low ones that choose the bucket. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
