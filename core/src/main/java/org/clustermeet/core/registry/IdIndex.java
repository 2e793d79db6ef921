package org.clustermeet.core.registry;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.clustermeet.core.registry.Problem.EntityKind;

/**
 * Entities indexed by id for building a registry: a hash map for the many reference checks, and
 * the entities in id order for the registry's sorted maps. Content that arrives in id order (every
 * document this library writes) is indexed in linear time; anything else is sorted once.
 *
 * @param <I> the id type
 * @param <T> the entity type
 */
final class IdIndex<I extends Comparable<I>, T> {

    private final EntityKind kind;
    private final Function<T, I> id;
    private final List<T> items = new ArrayList<>();
    private final Map<I, T> byId = new HashMap<>();
    private final List<Problem> duplicates = new ArrayList<>();
    private boolean ascending = true;
    private I last;

    /**
     * Creates an empty index.
     *
     * @param kind the kind of entity, for the problems
     * @param id   the id of an entity
     */
    IdIndex(EntityKind kind, Function<T, I> id) {
        this.kind = kind;
        this.id = id;
    }

    /**
     * Adds an entity, while it is fresh: the first of each id is indexed, and every later one is
     * recorded as a duplicate.
     *
     * @param item the entity, not null
     */
    void add(T item) {
        items.add(item);
        I key = id.apply(item);
        if (byId.putIfAbsent(key, item) != null) {
            duplicates.add(new Problem(kind, key.toString(), "duplicate " + kind.label() + " id"));
        } else {
            if (ascending && last != null && last.compareTo(key) > 0) {
                ascending = false;
            }
            last = key;
        }
    }

    /** Returns every entity added, duplicates included, in the order they were added. */
    List<T> items() {
        return Collections.unmodifiableList(items);
    }

    /** Returns the first entity of each id, by id, for lookups. */
    Map<I, T> byId() {
        return Collections.unmodifiableMap(byId);
    }

    /** Returns a problem for every repeated id, in the order they were added. */
    List<Problem> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** Returns the first entity of each id, in id order. */
    List<T> inOrder() {
        if (ascending && duplicates.isEmpty()) {
            return Collections.unmodifiableList(items);
        }
        List<T> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(id));
        return sorted;
    }

    /** Returns a new sorted map of the first entity of each id, built in linear time. */
    TreeMap<I, T> toSortedMap() {
        return sortedMap(inOrder(), id);
    }

    /**
     * Returns a new sorted map of entities already in strictly ascending id order, built in linear
     * time (as {@link TreeMap#TreeMap(SortedMap)} promises for a sorted source).
     *
     * @param inOrder the entities, in strictly ascending id order
     * @param id      the id of an entity
     * @return the map
     */
    static <I extends Comparable<I>, T> TreeMap<I, T> sortedMap(List<T> inOrder, Function<T, I> id) {
        return new TreeMap<>(new SortedSource<>(inOrder, id));
    }

    /**
     * A list in id order seen as a sorted map, only for {@link TreeMap#TreeMap(SortedMap)}, which
     * reads nothing but its size, comparator and entries.
     */
    private static final class SortedSource<I extends Comparable<I>, T> extends AbstractMap<I, T>
            implements SortedMap<I, T> {
        private final List<T> items;
        private final Function<T, I> id;

        SortedSource(List<T> items, Function<T, I> id) {
            this.items = items;
            this.id = id;
        }

        @Override
        public Set<Map.Entry<I, T>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<I, T>> iterator() {
                    Iterator<T> it = items.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<I, T> next() {
                            T item = it.next();
                            return new AbstractMap.SimpleImmutableEntry<>(id.apply(item), item);
                        }
                    };
                }

                @Override
                public int size() {
                    return items.size();
                }
            };
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public Comparator<? super I> comparator() {
            return null;
        }

        @Override
        public SortedMap<I, T> subMap(I fromKey, I toKey) {
            throw new UnsupportedOperationException("a construction source only");
        }

        @Override
        public SortedMap<I, T> headMap(I toKey) {
            throw new UnsupportedOperationException("a construction source only");
        }

        @Override
        public SortedMap<I, T> tailMap(I fromKey) {
            throw new UnsupportedOperationException("a construction source only");
        }

        @Override
        public I firstKey() {
            throw new UnsupportedOperationException("a construction source only");
        }

        @Override
        public I lastKey() {
            throw new UnsupportedOperationException("a construction source only");
        }
    }
}
