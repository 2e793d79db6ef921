package org.clustermeet.core.registry;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * An immutable sorted map held in two arrays, keys in ascending natural order and their values:
 * what a registry built from a document keeps. Compared with a {@link java.util.TreeMap} it needs
 * no node per entry (less memory, less for the collector to copy), is filled by copying, and is
 * iterated in memory order; lookups are binary searches. Changes are refused; the registry
 * copies it into a tree map to change it.
 *
 * @param <K> the key type, compared by its natural order
 * @param <V> the value type
 */
final class SortedArrayMap<K extends Comparable<K>, V> extends AbstractMap<K, V> implements SortedMap<K, V> {

    private final Object[] keys;
    private final Object[] values;
    private final int from;
    private final int to;

    private SortedArrayMap(Object[] keys, Object[] values, int from, int to) {
        this.keys = keys;
        this.values = values;
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the map of values already in strictly ascending key order.
     *
     * @param inOrder the values, in strictly ascending order of their keys
     * @param key     the key of a value
     * @return the map
     */
    static <K extends Comparable<K>, V> SortedArrayMap<K, V> of(List<V> inOrder, Function<V, K> key) {
        Object[] keys = new Object[inOrder.size()];
        Object[] values = inOrder.toArray();
        for (int i = 0; i < values.length; i++) {
            @SuppressWarnings("unchecked")
            V value = (V) values[i];
            keys[i] = key.apply(value);
        }
        return new SortedArrayMap<>(keys, values, 0, keys.length);
    }

    @SuppressWarnings("unchecked")
    private K key(int i) {
        return (K) keys[i];
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        return (V) values[i];
    }

    /**
     * Returns the position of a key within {@code [from, to)}, or {@code -(insertion point) - 1}.
     * A key of another type fails as in a tree map, with a {@link ClassCastException}.
     */
    @SuppressWarnings("unchecked")
    private int search(Object key) {
        Comparable<Object> k = (Comparable<Object>) key;
        int low = from;
        int high = to - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = k.compareTo(keys[mid]);
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

    /** The first position whose key is not below {@code key}. */
    private int lowerBound(K key) {
        int i = search(key);
        return i >= 0 ? i : -(i + 1);
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && search(key) >= 0;
    }

    @Override
    public V get(Object key) {
        if (key == null) {
            return null;
        }
        int i = search(key);
        return i >= 0 ? value(i) : null;
    }

    @Override
    public Comparator<? super K> comparator() {
        return null;
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " is after toKey " + toKey);
        }
        return new SortedArrayMap<>(keys, values, lowerBound(fromKey), Math.max(lowerBound(fromKey),
                lowerBound(toKey)));
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return new SortedArrayMap<>(keys, values, from, lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return new SortedArrayMap<>(keys, values, lowerBound(fromKey), to);
    }

    @Override
    public K firstKey() {
        if (from == to) {
            throw new NoSuchElementException("the map is empty");
        }
        return key(from);
    }

    @Override
    public K lastKey() {
        if (from == to) {
            throw new NoSuchElementException("the map is empty");
        }
        return key(to - 1);
    }

    @Override
    public Collection<V> values() {
        return new AbstractList<>() {
            @Override
            public V get(int index) {
                return value(from + checked(index));
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return new Cursor<>(i -> key(i));
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Cursor<>(i -> new AbstractMap.SimpleImmutableEntry<>(key(i), value(i)));
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    private int checked(int index) {
        if (index < 0 || index >= to - from) {
            throw new IndexOutOfBoundsException("index " + index + " of " + (to - from));
        }
        return index;
    }

    /** Walks the positions of this map in order. */
    private final class Cursor<T> implements Iterator<T> {
        private final java.util.function.IntFunction<T> at;
        private int next = from;

        Cursor(java.util.function.IntFunction<T> at) {
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            return next < to;
        }

        @Override
        public T next() {
            if (next >= to) {
                throw new NoSuchElementException();
            }
            return at.apply(next++);
        }
    }
}
