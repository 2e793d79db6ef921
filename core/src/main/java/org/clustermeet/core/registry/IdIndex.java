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

    private final Map<I, T> byId;
    private final List<T> inOrder;
    private final Function<T, I> id;

    private IdIndex(Map<I, T> byId, List<T> inOrder, Function<T, I> id) {
        this.byId = byId;
        this.inOrder = inOrder;
        this.id = id;
    }

    /**
     * Indexes entities by id, keeping the first of each id and recording a problem for every
     * later one.
     *
     * @param kind       the kind of entity, for the problems
     * @param items      the entities in the order they were added; not changed
     * @param id         the id of an entity
     * @param duplicates receives a problem for every repeated id
     * @return the index
     */
    static <I extends Comparable<I>, T> IdIndex<I, T> of(EntityKind kind, List<T> items, Function<T, I> id,
                                                         List<Problem> duplicates) {
        Map<I, T> byId = new HashMap<>((int) (items.size() / 0.75f) + 1);
        boolean ascending = true;
        boolean repeated = false;
        I previous = null;
        for (T item : items) {
            I key = id.apply(item);
            if (byId.putIfAbsent(key, item) != null) {
                duplicates.add(new Problem(kind, key.toString(), "duplicate " + kind.label() + " id"));
                repeated = true;
            } else {
                if (ascending && previous != null && previous.compareTo(key) > 0) {
                    ascending = false;
                }
                previous = key;
            }
        }
        List<T> inOrder;
        if (ascending && !repeated) {
            inOrder = Collections.unmodifiableList(items);
        } else {
            inOrder = new ArrayList<>(byId.values());
            inOrder.sort(Comparator.comparing(id));
        }
        return new IdIndex<>(byId, inOrder, id);
    }

    /** Returns the entities by id, for lookups. */
    Map<I, T> byId() {
        return byId;
    }

    /** Returns the entities with distinct ids, in id order. */
    List<T> inOrder() {
        return inOrder;
    }

    /** Returns a new sorted map of the entities, built in linear time. */
    TreeMap<I, T> toSortedMap() {
        return sortedMap(inOrder, id);
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
