package org.clustermeet.core.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable sorted map whose changes return a new map that shares all but one path with the
 * old one: {@link #put} and {@link #remove} cost O(log n) time and copy O(log n) nodes, so a
 * registry value and the value derived from it by one edit share almost all their storage.
 *
 * <p>It is a B+ tree ordered by the keys' natural order: entries sit in leaves of 16 to 32 (see
 * {@link Node}), each key beside its value in one array, so an entry costs about two references
 * rather than a node of its own, and a lookup in a million entries visits four or five nodes.
 * Null keys and values are refused. Values are listed in key order. Instances are thread-safe.
 *
 * @param <K> the key type, with a natural order consistent with equals
 * @param <V> the value type
 */
public final class PersistentSortedMap<K extends Comparable<? super K>, V> implements Iterable<V> {

    private static final PersistentSortedMap<?, ?> EMPTY = new PersistentSortedMap<>(null);

    /** The root, null when the map is empty. */
    private final Node root;
    /** The view of the values, made on first use; a benign race at worst makes two equal views. */
    private List<V> values;
    /** The hash code, made on first use (0 also means not yet computed). */
    private int hash;

    private PersistentSortedMap(Node root) {
        this.root = root;
    }

    /**
     * Returns the empty map.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @return the empty map
     */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
        return (PersistentSortedMap<K, V>) EMPTY;
    }

    /**
     * Builds a map in linear time from values whose keys are strictly increasing. The caller
     * guarantees the order (the registry's builder has checked it); it is verified only when
     * assertions are enabled, as in the tests.
     *
     * @param sorted the values in strictly increasing key order, not null
     * @param key    the key of a value, not null
     * @param <K>    the key type
     * @param <V>    the value type
     * @return the map
     * @throws IllegalArgumentException if assertions are enabled and two neighbouring keys are not
     *                                  strictly increasing
     */
    public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> ofSorted(List<V> sorted,
                                                                                         Function<V, K> key) {
        Objects.requireNonNull(key, "key");
        List<K> keys = new ArrayList<>(sorted.size());
        for (V v : sorted) {
            keys.add(key.apply(Objects.requireNonNull(v, "value")));
        }
        return ofSorted(keys, sorted);
    }

    /**
     * Builds a map in linear time from keys in strictly increasing order and their values. The
     * caller guarantees the order; it is verified only when assertions are enabled.
     *
     * @param keys   the keys in strictly increasing order, not null
     * @param values the value of each key, as many as there are keys
     * @param <K>    the key type
     * @param <V>    the value type
     * @return the map
     * @throws IllegalArgumentException if the sizes differ, or, with assertions enabled, the keys are
     *                                  not strictly increasing
     */
    public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> ofSorted(List<K> keys,
                                                                                         List<V> values) {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
        }
        assert strictlyIncreasing(keys);
        return keys.isEmpty() ? empty() : new PersistentSortedMap<>(build(keys, values));
    }

    private static <K extends Comparable<? super K>> boolean strictlyIncreasing(List<K> keys) {
        for (int i = 0; i < keys.size(); i++) {
            Objects.requireNonNull(keys.get(i), "key");
            if (i > 0 && keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
                throw new IllegalArgumentException("keys are not strictly increasing: " + keys.get(i - 1) + " then "
                        + keys.get(i));
            }
        }
        return true;
    }

    /** Full leaves, then full branches over them, level by level: every node as wide as it can be. */
    private static Node build(List<?> keys, List<?> values) {
        int n = keys.size();
        int count = pieces(n);
        Node[] level = new Node[count];
        for (int i = 0; i < count; i++) {
            int from = (int) ((long) i * n / count);
            int to = (int) ((long) (i + 1) * n / count);
            Object[] entries = new Object[(to - from) << 1];
            for (int j = from; j < to; j++) {
                entries[(j - from) << 1] = keys.get(j);
                entries[((j - from) << 1) + 1] = Objects.requireNonNull(values.get(j), "value");
            }
            level[i] = new Leaf(entries);
        }
        while (level.length > 1) {
            int m = level.length;
            Node[] up = new Node[pieces(m)];
            for (int i = 0; i < up.length; i++) {
                up[i] = Branch.of(Arrays.copyOfRange(level, (int) ((long) i * m / up.length),
                        (int) ((long) (i + 1) * m / up.length)));
            }
            level = up;
        }
        return level[0];
    }

    /** The fewest nodes of at most {@link Node#MAX} that hold n; each then holds at least {@link Node#MIN}. */
    private static int pieces(int n) {
        return (n + Node.MAX - 1) / Node.MAX;
    }

    /** {@return the number of entries} */
    public int size() {
        return root == null ? 0 : root.size();
    }

    /** {@return whether the map has no entry} */
    public boolean isEmpty() {
        return root == null;
    }

    @SuppressWarnings("unchecked") // keys of type K compare with each other
    private static Comparable<Object> comparable(Object key) {
        return (Comparable<Object>) Objects.requireNonNull(key, "key");
    }

    /**
     * Looks up a value.
     *
     * @param key the key, not null
     * @return the value, or null when there is none
     */
    @SuppressWarnings("unchecked") // the tree holds values of type V
    public V get(K key) {
        Comparable<Object> k = comparable(key);
        return root == null ? null : (V) root.get(k);
    }

    /**
     * Tells whether the map has a key.
     *
     * @param key the key, not null
     * @return true when present
     */
    public boolean containsKey(K key) {
        return get(key) != null;
    }

    /**
     * Counts the keys below a key: the position the key has, or would have, in key order.
     *
     * @param key the key, not null
     * @return the number of keys strictly less than {@code key}, in O(log n)
     */
    public int rank(K key) {
        Comparable<Object> k = comparable(key);
        return root == null ? 0 : root.rank(k);
    }

    /**
     * Returns a map with the key set to the value.
     *
     * @param key   the key, not null
     * @param value the value, not null
     * @return the changed map, or this map when it already holds this very value
     */
    public PersistentSortedMap<K, V> put(K key, V value) {
        Comparable<Object> k = comparable(key);
        Objects.requireNonNull(value, "value");
        if (root == null) {
            return new PersistentSortedMap<>(Leaf.of(k, value));
        }
        Node r = root.put(k, value);
        if (r == root) {
            return this;
        }
        return new PersistentSortedMap<>(r.width() > Node.MAX ? Branch.of(new Node[] {r.firstHalf(), r.secondHalf()})
                : r);
    }

    /**
     * Returns a map without the key.
     *
     * @param key the key, not null
     * @return the changed map, or this map when the key is absent
     */
    public PersistentSortedMap<K, V> remove(K key) {
        Comparable<Object> k = comparable(key);
        if (root == null) {
            return this;
        }
        Node r = root.remove(k);
        if (r == root) {
            return this;
        }
        if (r.width() == 0) {
            return empty();
        }
        while (r instanceof Branch b && b.width() == 1) {
            r = b.child(0);
        }
        return new PersistentSortedMap<>(r);
    }

    /**
     * Returns the values in key order, as an immutable list view: made in constant time, iterated
     * in linear time, and indexed in O(log n).
     */
    public List<V> values() {
        List<V> v = values;
        if (v == null) {
            v = new Values<>(this);
            values = v;
        }
        return v;
    }

    /** The values of a map as an unmodifiable list. */
    private static final class Values<V> extends AbstractList<V> {
        private final PersistentSortedMap<?, V> map;

        Values(PersistentSortedMap<?, V> map) {
            this.map = map;
        }

        @Override
        @SuppressWarnings("unchecked") // the tree holds values of type V
        public V get(int index) {
            Objects.checkIndex(index, map.size());
            return (V) map.root.valueAt(index);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Iterator<V> iterator() {
            return map.iterator();
        }
    }

    /** Iterates over the values in key order without copying them. */
    @Override
    public Iterator<V> iterator() {
        return new InOrder<>(root);
    }

    /** Two maps are equal when they hold equal keys mapped to equal values. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof PersistentSortedMap<?, ?> other) || other.size() != size()) {
            return false;
        }
        InOrder<?> a = new InOrder<>(root);
        InOrder<?> b = new InOrder<>(other.root);
        while (a.hasNext()) {
            if (!a.key().equals(b.key()) || !a.next().equals(b.next())) {
                return false;
            }
        }
        return true;
    }

    /** The sum of {@code key.hashCode() ^ value.hashCode()} over the entries, as for {@link java.util.Map}. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && root != null) {
            InOrder<V> it = new InOrder<>(root);
            while (it.hasNext()) {
                h += it.key().hashCode() ^ it.next().hashCode();
            }
            hash = h;
        }
        return h;
    }

    /** {@return the number of entries; the entries themselves may be many} */
    @Override
    public String toString() {
        return "PersistentSortedMap[size=" + size() + "]";
    }

    /** Checks the tree's order, sizes, widths and depths; for tests. */
    boolean isWellFormed() {
        return root == null || root.check(null, null, true) >= 0;
    }

    /** An in-order walk over the leaves, with the path of branches above the current one. */
    private static final class InOrder<V> implements Iterator<V> {
        /** Deeper than any tree: the root has at least 2 children and every other branch 16. */
        private static final int DEPTH = 16;
        private final Branch[] path = new Branch[DEPTH];
        private final int[] at = new int[DEPTH];
        private int depth;
        private Leaf leaf;
        private int index;

        InOrder(Node root) {
            if (root != null) {
                descend(root);
            }
        }

        private void descend(Node n) {
            Node node = n;
            while (node instanceof Branch b) {
                path[depth] = b;
                at[depth] = 0;
                depth++;
                node = b.child(0);
            }
            leaf = (Leaf) node;
            index = 0;
        }

        @Override
        public boolean hasNext() {
            return leaf != null;
        }

        /** {@return the key of the entry {@link #next} returns the value of} */
        Object key() {
            if (leaf == null) {
                throw new NoSuchElementException();
            }
            return leaf.keyAt(index);
        }

        @Override
        @SuppressWarnings("unchecked") // the tree holds values of type V
        public V next() {
            if (leaf == null) {
                throw new NoSuchElementException();
            }
            V v = (V) leaf.valueOf(index);
            if (++index == leaf.width()) {
                advance();
            }
            return v;
        }

        /** Moves to the first entry of the next leaf, or to the end. */
        private void advance() {
            while (depth > 0) {
                int d = depth - 1;
                if (at[d] + 1 < path[d].width()) {
                    at[d]++;
                    Node next = path[d].child(at[d]);
                    depth = d + 1;
                    descend(next);
                    return;
                }
                path[d] = null;
                depth = d;
            }
            leaf = null;
        }
    }
}
