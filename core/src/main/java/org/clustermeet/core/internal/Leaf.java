package org.clustermeet.core.internal;

import java.util.Arrays;

/**
 * A leaf of {@link PersistentSortedMap}'s tree: its entries in key order, each key followed by its
 * value in one array, so that an entry costs two references rather than a node of its own.
 */
final class Leaf extends Node {

    /** Keys at even positions in increasing order, each followed by its value. */
    private final Object[] entries;

    Leaf(Object[] entries) {
        this.entries = entries;
    }

    /** {@return a leaf of one entry} */
    static Leaf of(Object key, Object value) {
        return new Leaf(new Object[] {key, value});
    }

    @Override
    int size() {
        return entries.length >> 1;
    }

    @Override
    int width() {
        return entries.length >> 1;
    }

    @Override
    Object firstKey() {
        return entries[0];
    }

    /** {@return the key of the entry at a position} */
    Object keyAt(int i) {
        return entries[i << 1];
    }

    /** {@return the value of the entry at a position} */
    Object valueOf(int i) {
        return entries[(i << 1) + 1];
    }

    /** The entry's position, or {@code -(insertion point) - 1} when the key is absent. */
    private int search(Comparable<Object> key) {
        int low = 0;
        int high = (entries.length >> 1) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = key.compareTo(entries[mid << 1]);
            if (c > 0) {
                low = mid + 1;
            } else if (c < 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    @Override
    Object get(Comparable<Object> key) {
        int i = search(key);
        return i < 0 ? null : entries[(i << 1) + 1];
    }

    @Override
    int rank(Comparable<Object> key) {
        int i = search(key);
        return i < 0 ? -(i + 1) : i;
    }

    @Override
    Object valueAt(int index) {
        return entries[(index << 1) + 1];
    }

    @Override
    Node put(Comparable<Object> key, Object value) {
        int i = search(key);
        if (i >= 0) {
            if (entries[(i << 1) + 1] == value) {
                return this;
            }
            Object[] e = entries.clone();
            e[(i << 1) + 1] = value;
            return new Leaf(e);
        }
        int at = -(i + 1) << 1;
        Object[] e = new Object[entries.length + 2];
        System.arraycopy(entries, 0, e, 0, at);
        e[at] = key;
        e[at + 1] = value;
        System.arraycopy(entries, at, e, at + 2, entries.length - at);
        return new Leaf(e);
    }

    @Override
    Node remove(Comparable<Object> key) {
        int i = search(key);
        if (i < 0) {
            return this;
        }
        int at = i << 1;
        Object[] e = new Object[entries.length - 2];
        System.arraycopy(entries, 0, e, 0, at);
        System.arraycopy(entries, at + 2, e, at, entries.length - at - 2);
        return new Leaf(e);
    }

    @Override
    Node firstHalf() {
        return new Leaf(Arrays.copyOfRange(entries, 0, (width() >> 1) << 1));
    }

    @Override
    Node secondHalf() {
        return new Leaf(Arrays.copyOfRange(entries, (width() >> 1) << 1, entries.length));
    }

    @Override
    Node join(Node right) {
        Object[] other = ((Leaf) right).entries;
        Object[] e = Arrays.copyOf(entries, entries.length + other.length);
        System.arraycopy(other, 0, e, entries.length, other.length);
        return new Leaf(e);
    }

    @Override
    @SuppressWarnings("unchecked") // every key of a map is comparable with the others
    int check(Comparable<Object> low, Comparable<Object> high, boolean root) {
        if (!widthAllowed(width(), root)) {
            return -1;
        }
        Comparable<Object> previous = low;
        for (int i = 0; i < entries.length; i += 2) {
            Comparable<Object> key = (Comparable<Object>) entries[i];
            if (key == null || entries[i + 1] == null || !between(key, previous, high)) {
                return -1;
            }
            previous = key;
        }
        return 1;
    }
}
