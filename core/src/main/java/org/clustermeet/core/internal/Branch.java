package org.clustermeet.core.internal;

import java.util.Arrays;

/**
 * A branch of {@link PersistentSortedMap}'s tree: its children in key order, the least key of
 * each (to choose a child without visiting the others) and the running count of entries below
 * them (to count and index in O(log n)).
 */
final class Branch extends Node {

    private final Node[] children;
    /** The least key of each child. */
    private final Object[] keys;
    /** The entries in the children up to and including each one. */
    private final int[] ends;

    private Branch(Node[] children, Object[] keys, int[] ends) {
        this.children = children;
        this.keys = keys;
        this.ends = ends;
    }

    /** {@return a branch over these children, in key order} */
    static Branch of(Node[] children) {
        Object[] keys = new Object[children.length];
        int[] ends = new int[children.length];
        int total = 0;
        for (int i = 0; i < children.length; i++) {
            keys[i] = children[i].firstKey();
            total += children[i].size();
            ends[i] = total;
        }
        return new Branch(children, keys, ends);
    }

    /** {@return the child at a position} */
    Node child(int i) {
        return children[i];
    }

    @Override
    int size() {
        return ends[ends.length - 1];
    }

    @Override
    int width() {
        return children.length;
    }

    @Override
    Object firstKey() {
        return keys[0];
    }

    /** The child whose keys would hold the key: the last whose least key is not above it, else the first. */
    private int childFor(Comparable<Object> key) {
        int low = 1;
        int high = keys.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (key.compareTo(keys[mid]) >= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low - 1;
    }

    private int before(int child) {
        return child == 0 ? 0 : ends[child - 1];
    }

    @Override
    Object get(Comparable<Object> key) {
        return children[childFor(key)].get(key);
    }

    @Override
    int rank(Comparable<Object> key) {
        int c = childFor(key);
        return before(c) + children[c].rank(key);
    }

    @Override
    Object valueAt(int index) {
        int low = 0;
        int high = ends.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] > index) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return children[low].valueAt(index - before(low));
    }

    @Override
    Node put(Comparable<Object> key, Object value) {
        int c = childFor(key);
        Node child = children[c];
        Node changed = child.put(key, value);
        if (changed == child) {
            return this;
        }
        if (changed.width() > MAX) {
            return replace(c, c + 1, changed.firstHalf(), changed.secondHalf());
        }
        return replace(c, child, changed);
    }

    @Override
    Node remove(Comparable<Object> key) {
        int c = childFor(key);
        Node child = children[c];
        Node changed = child.remove(key);
        if (changed == child) {
            return this;
        }
        if (changed.width() >= MIN || children.length == 1) {
            return replace(c, child, changed);
        }
        int left = c > 0 ? c - 1 : c;
        Node joined = left == c ? changed.join(children[c + 1]) : children[left].join(changed);
        return joined.width() <= MAX ? replace(left, left + 2, joined)
                : replace(left, left + 2, joined.firstHalf(), joined.secondHalf());
    }

    /** This branch with one child changed in place, sharing what did not change. */
    private Branch replace(int c, Node old, Node changed) {
        Node[] n = children.clone();
        n[c] = changed;
        Object[] k = keys;
        Object first = changed.firstKey();
        if (first != keys[c]) {
            k = keys.clone();
            k[c] = first;
        }
        int[] e = ends;
        int delta = changed.size() - old.size();
        if (delta != 0) {
            e = ends.clone();
            for (int i = c; i < e.length; i++) {
                e[i] += delta;
            }
        }
        return new Branch(n, k, e);
    }

    /** This branch with the children from {@code from} to {@code to} (exclusive) replaced by others. */
    private Branch replace(int from, int to, Node... by) {
        Node[] n = new Node[children.length - (to - from) + by.length];
        System.arraycopy(children, 0, n, 0, from);
        System.arraycopy(by, 0, n, from, by.length);
        System.arraycopy(children, to, n, from + by.length, children.length - to);
        return of(n);
    }

    @Override
    Node firstHalf() {
        return of(Arrays.copyOfRange(children, 0, children.length >> 1));
    }

    @Override
    Node secondHalf() {
        return of(Arrays.copyOfRange(children, children.length >> 1, children.length));
    }

    @Override
    Node join(Node right) {
        Node[] other = ((Branch) right).children;
        Node[] n = Arrays.copyOf(children, children.length + other.length);
        System.arraycopy(other, 0, n, children.length, other.length);
        return of(n);
    }

    @Override
    @SuppressWarnings("unchecked") // every key of a map is comparable with the others
    int check(Comparable<Object> low, Comparable<Object> high, boolean root) {
        if (!widthAllowed(children.length, root) || (root && children.length < 2)) {
            return -1;
        }
        int depth = -1;
        int total = 0;
        for (int i = 0; i < children.length; i++) {
            Comparable<Object> from = i == 0 ? low : (Comparable<Object>) keys[i - 1];
            Comparable<Object> to = i + 1 < keys.length ? (Comparable<Object>) keys[i + 1] : high;
            int d = children[i].check(from, to, false);
            total += children[i].size();
            if (d < 0 || (depth >= 0 && d != depth) || !keys[i].equals(children[i].firstKey()) || ends[i] != total) {
                return -1;
            }
            depth = d;
        }
        return depth + 1;
    }
}
