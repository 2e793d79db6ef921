package org.clustermeet.core.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable sorted map whose changes return a new map that shares all but one path with the
 * old one: {@link #put} and {@link #remove} cost O(log n) time and allocate O(log n) nodes, so a
 * registry value and the value derived from it by one edit share almost all their storage.
 *
 * <p>It is a height-balanced (AVL) binary search tree ordered by the keys' natural order. Null
 * keys and values are refused. Values are listed in key order. Instances are thread-safe.
 *
 * @param <K> the key type, with a natural order consistent with equals
 * @param <V> the value type
 */
public final class PersistentSortedMap<K extends Comparable<? super K>, V> implements Iterable<V> {

    private static final PersistentSortedMap<?, ?> EMPTY = new PersistentSortedMap<>(null);

    private final Node<K, V> root;
    /** The view of the values, made on first use; a benign race at worst makes two equal views. */
    private List<V> values;
    /** The hash code, made on first use (0 also means not yet computed). */
    private int hash;

    private PersistentSortedMap(Node<K, V> root) {
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
        return keys.isEmpty() ? empty() : new PersistentSortedMap<>(balanced(keys, values, 0, keys.size()));
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

    private static <K, V> Node<K, V> balanced(List<K> keys, List<V> values, int from, int to) {
        if (from >= to) {
            return null;
        }
        int mid = (from + to) >>> 1;
        Node<K, V> left = balanced(keys, values, from, mid);
        Node<K, V> right = balanced(keys, values, mid + 1, to);
        return new Node<>(keys.get(mid), values.get(mid), left, right);
    }

    /** {@return the number of entries} */
    public int size() {
        return root == null ? 0 : root.size;
    }

    /** {@return whether the map has no entry} */
    public boolean isEmpty() {
        return root == null;
    }

    /**
     * Looks up a value.
     *
     * @param key the key, not null
     * @return the value, or null when there is none
     */
    public V get(K key) {
        Objects.requireNonNull(key, "key");
        Node<K, V> n = root;
        while (n != null) {
            int c = key.compareTo(n.key);
            if (c == 0) {
                return n.value;
            }
            n = c < 0 ? n.left : n.right;
        }
        return null;
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
        Objects.requireNonNull(key, "key");
        int below = 0;
        Node<K, V> n = root;
        while (n != null) {
            int c = key.compareTo(n.key);
            if (c <= 0) {
                n = n.left;
            } else {
                below += (n.left == null ? 0 : n.left.size) + 1;
                n = n.right;
            }
        }
        return below;
    }

    /**
     * Returns a map with the key set to the value.
     *
     * @param key   the key, not null
     * @param value the value, not null
     * @return the changed map, or this map when it already holds this very value
     */
    public PersistentSortedMap<K, V> put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Node<K, V> r = put(root, key, value);
        return r == root ? this : new PersistentSortedMap<>(r);
    }

    /**
     * Returns a map without the key.
     *
     * @param key the key, not null
     * @return the changed map, or this map when the key is absent
     */
    public PersistentSortedMap<K, V> remove(K key) {
        Objects.requireNonNull(key, "key");
        Node<K, V> r = remove(root, key);
        return r == root ? this : new PersistentSortedMap<>(r);
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

    /** The value at a position in key order. */
    private V valueAt(int index) {
        Node<K, V> n = root;
        int i = index;
        while (true) {
            int left = n.left == null ? 0 : n.left.size;
            if (i < left) {
                n = n.left;
            } else if (i == left) {
                return n.value;
            } else {
                i -= left + 1;
                n = n.right;
            }
        }
    }

    /** The values of a map as an unmodifiable list. */
    private static final class Values<V> extends AbstractList<V> {
        private final PersistentSortedMap<?, V> map;

        Values(PersistentSortedMap<?, V> map) {
            this.map = map;
        }

        @Override
        public V get(int index) {
            Objects.checkIndex(index, map.size());
            return map.valueAt(index);
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
        InOrder<?, ?> a = new InOrder<>(root);
        InOrder<?, ?> b = new InOrder<>(other.root);
        while (a.hasNext()) {
            Node<?, ?> x = a.nextNode();
            Node<?, ?> y = b.nextNode();
            if (!x.key.equals(y.key) || !x.value.equals(y.value)) {
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
            InOrder<K, V> it = new InOrder<>(root);
            while (it.hasNext()) {
                Node<K, V> n = it.nextNode();
                h += n.key.hashCode() ^ n.value.hashCode();
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

    // ------------------------------------------------------------------ the tree

    private static <K extends Comparable<? super K>, V> Node<K, V> put(Node<K, V> n, K key, V value) {
        if (n == null) {
            return new Node<>(key, value, null, null);
        }
        int c = key.compareTo(n.key);
        if (c == 0) {
            return n.value == value ? n : new Node<>(n.key, value, n.left, n.right);
        }
        if (c < 0) {
            Node<K, V> left = put(n.left, key, value);
            return left == n.left ? n : rebalance(n.key, n.value, left, n.right);
        }
        Node<K, V> right = put(n.right, key, value);
        return right == n.right ? n : rebalance(n.key, n.value, n.left, right);
    }

    private static <K extends Comparable<? super K>, V> Node<K, V> remove(Node<K, V> n, K key) {
        if (n == null) {
            return null;
        }
        int c = key.compareTo(n.key);
        if (c < 0) {
            Node<K, V> left = remove(n.left, key);
            return left == n.left ? n : rebalance(n.key, n.value, left, n.right);
        }
        if (c > 0) {
            Node<K, V> right = remove(n.right, key);
            return right == n.right ? n : rebalance(n.key, n.value, n.left, right);
        }
        if (n.left == null) {
            return n.right;
        }
        if (n.right == null) {
            return n.left;
        }
        Node<K, V> first = n.right;
        while (first.left != null) {
            first = first.left;
        }
        return rebalance(first.key, first.value, n.left, removeFirst(n.right));
    }

    private static <K, V> Node<K, V> removeFirst(Node<K, V> n) {
        if (n.left == null) {
            return n.right;
        }
        return rebalance(n.key, n.value, removeFirst(n.left), n.right);
    }

    private static int height(Node<?, ?> n) {
        return n == null ? 0 : n.height;
    }

    /** A node of these children, rotated so that their heights differ by at most one. */
    private static <K, V> Node<K, V> rebalance(K key, V value, Node<K, V> left, Node<K, V> right) {
        int balance = height(left) - height(right);
        if (balance > 1) {
            if (height(left.left) >= height(left.right)) {
                return new Node<>(left.key, left.value, left.left, new Node<>(key, value, left.right, right));
            }
            Node<K, V> lr = left.right;
            return new Node<>(lr.key, lr.value, new Node<>(left.key, left.value, left.left, lr.left),
                    new Node<>(key, value, lr.right, right));
        }
        if (balance < -1) {
            if (height(right.right) >= height(right.left)) {
                return new Node<>(right.key, right.value, new Node<>(key, value, left, right.left), right.right);
            }
            Node<K, V> rl = right.left;
            return new Node<>(rl.key, rl.value, new Node<>(key, value, left, rl.left),
                    new Node<>(right.key, right.value, rl.right, right.right));
        }
        return new Node<>(key, value, left, right);
    }

    /** Checks the tree's order, balance and sizes; for tests. */
    boolean isWellFormed() {
        return check(root, null, null) >= 0;
    }

    private static <K extends Comparable<? super K>, V> int check(Node<K, V> n, K low, K high) {
        if (n == null) {
            return 0;
        }
        if ((low != null && n.key.compareTo(low) <= 0) || (high != null && n.key.compareTo(high) >= 0)) {
            return -1;
        }
        int l = check(n.left, low, n.key);
        int r = check(n.right, n.key, high);
        boolean ok = l >= 0 && r >= 0 && Math.abs(l - r) <= 1 && n.height == Math.max(l, r) + 1
                && n.size == 1 + (n.left == null ? 0 : n.left.size) + (n.right == null ? 0 : n.right.size);
        return ok ? n.height : -1;
    }

    private static final class Node<K, V> {
        final K key;
        final V value;
        final Node<K, V> left;
        final Node<K, V> right;
        final int height;
        final int size;

        Node(K key, V value, Node<K, V> left, Node<K, V> right) {
            this.key = key;
            this.value = value;
            this.left = left;
            this.right = right;
            this.height = Math.max(height(left), height(right)) + 1;
            this.size = 1 + (left == null ? 0 : left.size) + (right == null ? 0 : right.size);
        }
    }

    /** An in-order walk with an explicit stack of at most the tree's height. */
    private static final class InOrder<K, V> implements Iterator<V> {
        private final Object[] stack = new Object[48];
        private int depth;

        InOrder(Node<K, V> root) {
            descend(root);
        }

        private void descend(Node<K, V> n) {
            while (n != null) {
                stack[depth++] = n;
                n = n.left;
            }
        }

        @Override
        public boolean hasNext() {
            return depth > 0;
        }

        @SuppressWarnings("unchecked")
        Node<K, V> nextNode() {
            if (depth == 0) {
                throw new NoSuchElementException();
            }
            Node<K, V> n = (Node<K, V>) stack[--depth];
            descend(n.right);
            return n;
        }

        @Override
        public V next() {
            return nextNode().value;
        }
    }
}
