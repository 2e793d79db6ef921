package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

    /** Returns an immutable sorted map of the first entity of each id, built in linear time. */
    SortedMap<I, T> toSortedMap() {
        return SortedArrayMap.of(inOrder(), id);
    }
}
