package org.clustermeet.core.registry;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable hash map whose changed copies share all but one path with the original (a hash
 * array mapped trie): {@link #put} and {@link #remove} cost O(log32 n) time and space, so that a
 * registry value can carry an index forward to the next value instead of rebuilding it. Keys and
 * values are not null; keys need consistent {@code equals} and {@code hashCode}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class HashTrie<K, V> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final HashTrie<?, ?> EMPTY = new HashTrie<>(null, 0);

    /** The root: a {@link Node}, or null when empty. */
    private final Node root;
    private final int size;

    private HashTrie(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** Returns the empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> HashTrie<K, V> empty() {
        return (HashTrie<K, V>) EMPTY;
    }

    /**
     * Builds a map of many entries at once, changing its nodes in place instead of copying a path
     * per entry as {@link #put} does. A later item with the same key wins.
     *
     * @param items the items to map
     * @param key   an item's key, not null
     * @param value an item's value, not null
     * @return the map
     */
    static <T, K, V> HashTrie<K, V> of(Iterable<T> items, Function<? super T, ? extends K> key,
                                       Function<? super T, ? extends V> value) {
        Draft draft = new Draft(0);
        int size = 0;
        for (T item : items) {
            Object k = Objects.requireNonNull(key.apply(item), "key");
            Object v = Objects.requireNonNull(value.apply(item), "value");
            if (draft.put(new Entry(k, v, spread(k.hashCode())))) {
                size++;
            }
        }
        return size == 0 ? empty() : new HashTrie<>(draft.freeze(), size);
    }

    /** Returns the number of keys. */
    int size() {
        return size;
    }

    /**
     * Looks up a key.
     *
     * @param key the key, not null
     * @return its value, or null when absent
     */
    @SuppressWarnings("unchecked")
    V get(K key) {
        Objects.requireNonNull(key, "key");
        int hash = spread(key.hashCode());
        Object found = root == null ? null : root.get(key, hash, 0);
        return (V) found;
    }

    /**
     * Returns a map with the key mapped to the value.
     *
     * @param key   the key, not null
     * @param value the value, not null
     * @return the changed map; this map when it already holds that mapping
     */
    HashTrie<K, V> put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Object previous = get(key);
        if (value.equals(previous)) {
            return this;
        }
        int hash = spread(key.hashCode());
        Entry entry = new Entry(key, value, hash);
        Node changed = root == null ? Node.of(entry, 0) : root.put(entry, 0);
        return new HashTrie<>(changed, previous == null ? size + 1 : size);
    }

    /**
     * Returns a map without the key.
     *
     * @param key the key, not null
     * @return the changed map; this map when the key is absent
     */
    HashTrie<K, V> remove(K key) {
        Objects.requireNonNull(key, "key");
        if (get(key) == null) {
            return this;
        }
        Node changed = root.remove(key, spread(key.hashCode()), 0);
        return new HashTrie<>(changed, size - 1);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /**
     * A node under construction: 32 slots (or a growing list of colliding entries below the last
     * bits of the hash), changed in place, then frozen into a compact {@link Node}.
     */
    private static final class Draft {
        private final int shift;
        private Object[] slots;
        private int count;

        Draft(int shift) {
            this.shift = shift;
            this.slots = new Object[Node.beyondHash(shift) ? 2 : 1 << BITS];
        }

        /** Adds or replaces an entry; returns true if its key is new. */
        boolean put(Entry entry) {
            if (Node.beyondHash(shift)) {
                for (int i = 0; i < count; i++) {
                    if (((Entry) slots[i]).key().equals(entry.key())) {
                        slots[i] = entry;
                        return false;
                    }
                }
                if (count == slots.length) {
                    slots = Arrays.copyOf(slots, count * 2);
                }
                slots[count++] = entry;
                return true;
            }
            int i = (entry.hash() >>> shift) & MASK;
            Object slot = slots[i];
            if (slot == null) {
                slots[i] = entry;
                return true;
            }
            if (slot instanceof Draft child) {
                return child.put(entry);
            }
            Entry present = (Entry) slot;
            if (present.hash() == entry.hash() && present.key().equals(entry.key())) {
                slots[i] = entry;
                return false;
            }
            Draft child = new Draft(shift + BITS);
            child.put(present);
            slots[i] = child;
            return child.put(entry);
        }

        Node freeze() {
            if (Node.beyondHash(shift)) {
                return new Node(1, Arrays.copyOf(slots, count));
            }
            int bitmap = 0;
            int used = 0;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != null) {
                    bitmap |= 1 << i;
                    used++;
                }
            }
            Object[] compact = new Object[used];
            int n = 0;
            for (Object slot : slots) {
                if (slot != null) {
                    compact[n++] = slot instanceof Draft child ? child.freeze() : slot;
                }
            }
            return new Node(bitmap, compact);
        }
    }

    /** A key, its value and the key's spread hash. */
    private record Entry(Object key, Object value, int hash) {
    }

    /**
     * A trie node: for each of the 32 slots that the next five bits of the hash select and that
     * is used, one {@link Entry} or one child {@link Node}. Below the last five bits, a node holds
     * only entries of keys whose hashes collide completely, all in slot 0.
     */
    private static final class Node {
        private final int bitmap;
        private final Object[] slots;

        private Node(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }

        static Node of(Entry entry, int shift) {
            return new Node(bit(entry.hash(), shift), new Object[] {entry});
        }

        private static boolean beyondHash(int shift) {
            return shift >= Integer.SIZE;
        }

        private static int bit(int hash, int shift) {
            return beyondHash(shift) ? 1 : 1 << ((hash >>> shift) & MASK);
        }

        private int index(int bit) {
            return Integer.bitCount(bitmap & (bit - 1));
        }

        Object get(Object key, int hash, int shift) {
            if (beyondHash(shift)) {
                for (Object o : slots) {
                    Entry e = (Entry) o;
                    if (e.key().equals(key)) {
                        return e.value();
                    }
                }
                return null;
            }
            int bit = bit(hash, shift);
            if ((bitmap & bit) == 0) {
                return null;
            }
            Object slot = slots[index(bit)];
            if (slot instanceof Node child) {
                return child.get(key, hash, shift + BITS);
            }
            Entry e = (Entry) slot;
            return e.hash() == hash && e.key().equals(key) ? e.value() : null;
        }

        Node put(Entry entry, int shift) {
            if (beyondHash(shift)) {
                for (int i = 0; i < slots.length; i++) {
                    if (((Entry) slots[i]).key().equals(entry.key())) {
                        return withSlot(i, entry);
                    }
                }
                Object[] grown = Arrays.copyOf(slots, slots.length + 1);
                grown[slots.length] = entry;
                return new Node(bitmap, grown);
            }
            int bit = bit(entry.hash(), shift);
            int index = index(bit);
            if ((bitmap & bit) == 0) {
                Object[] grown = new Object[slots.length + 1];
                System.arraycopy(slots, 0, grown, 0, index);
                grown[index] = entry;
                System.arraycopy(slots, index, grown, index + 1, slots.length - index);
                return new Node(bitmap | bit, grown);
            }
            Object slot = slots[index];
            if (slot instanceof Node child) {
                return withSlot(index, child.put(entry, shift + BITS));
            }
            Entry present = (Entry) slot;
            if (present.hash() == entry.hash() && present.key().equals(entry.key())) {
                return withSlot(index, entry);
            }
            return withSlot(index, of(present, shift + BITS).put(entry, shift + BITS));
        }

        /** Returns this node without the key, which it holds; null when nothing is left. */
        Node remove(Object key, int hash, int shift) {
            int index;
            if (beyondHash(shift)) {
                index = 0;
                while (!((Entry) slots[index]).key().equals(key)) {
                    index++;
                }
            } else {
                int bit = bit(hash, shift);
                index = index(bit);
                if (slots[index] instanceof Node child) {
                    Node changed = child.remove(key, hash, shift + BITS);
                    if (changed != null) {
                        // a child left with a single entry is folded into this node
                        return withSlot(index, changed.slots.length == 1 && changed.slots[0] instanceof Entry e
                                ? e : changed);
                    }
                }
            }
            if (slots.length == 1) {
                return null;
            }
            Object[] shrunk = new Object[slots.length - 1];
            System.arraycopy(slots, 0, shrunk, 0, index);
            System.arraycopy(slots, index + 1, shrunk, index, slots.length - index - 1);
            int removedBit = beyondHash(shift) ? 0 : bit(hash, shift);
            return new Node(bitmap & ~removedBit, shrunk);
        }

        private Node withSlot(int index, Object value) {
            Object[] copy = slots.clone();
            copy[index] = value;
            return new Node(bitmap, copy);
        }
    }
}
