package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The array-backed sorted map behaves as a read-only tree map with the same content. */
class SortedArrayMapTest {

    /** A value that carries its key. */
    private record Item(String key, int value) {
    }

    private static SortedArrayMap<String, Item> of(TreeMap<String, Item> tree) {
        return SortedArrayMap.of(new ArrayList<>(tree.values()), Item::key);
    }

    @RepeatedTest(20)
    void readsAsATreeMapWithTheSameContentDoesAndSoDoItsViews(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        TreeMap<String, Item> tree = new TreeMap<>();
        for (int i = random.nextInt(60); i > 0; i--) {
            String key = "k" + random.nextInt(100);
            tree.put(key, new Item(key, random.nextInt()));
        }
        SortedArrayMap<String, Item> array = of(tree);
        assertSame(array, tree);
        for (int i = 0; i < 20; i++) {
            String a = "k" + random.nextInt(110);
            String b = "k" + random.nextInt(110);
            String low = a.compareTo(b) <= 0 ? a : b;
            String high = a.compareTo(b) <= 0 ? b : a;
            assertSame(array.subMap(low, high), tree.subMap(low, high));
            assertSame(array.headMap(a), tree.headMap(a));
            assertSame(array.tailMap(a), tree.tailMap(a));
            assertSame(array.tailMap(low).headMap(high), tree.tailMap(low).headMap(high));
        }
    }

    private static void assertSame(SortedMap<String, Item> array, SortedMap<String, Item> tree) {
        assertThat(array).isEqualTo(tree).hasSameHashCodeAs(tree);
        assertThat(tree).isEqualTo(array);
        assertThat(array.size()).isEqualTo(tree.size());
        assertThat(new ArrayList<>(array.keySet())).isEqualTo(new ArrayList<>(tree.keySet()));
        assertThat(new ArrayList<>(array.values())).isEqualTo(new ArrayList<>(tree.values()));
        assertThat(new ArrayList<>(array.entrySet())).isEqualTo(new ArrayList<>(tree.entrySet()));
        for (int k = 0; k < 110; k++) {
            String key = "k" + k;
            assertThat(array.get(key)).isEqualTo(tree.get(key));
            assertThat(array.containsKey(key)).isEqualTo(tree.containsKey(key));
        }
        if (tree.isEmpty()) {
            assertThatThrownBy(array::firstKey).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(array::lastKey).isInstanceOf(NoSuchElementException.class);
        } else {
            assertThat(array.firstKey()).isEqualTo(tree.firstKey());
            assertThat(array.lastKey()).isEqualTo(tree.lastKey());
        }
        assertThat(new TreeMap<>(array)).isEqualTo(tree);
    }

    @Test
    void changesAreRefused() {
        TreeMap<String, Item> tree = new TreeMap<>(Map.of("a", new Item("a", 1)));
        SortedArrayMap<String, Item> array = of(tree);
        assertThatThrownBy(() -> array.put("b", new Item("b", 2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> array.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(array::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> array.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(array).hasSize(1);
    }

    @Test
    void nullKeysAreAbsentAndKeysOfAnotherTypeRefused() {
        SortedArrayMap<String, Item> array = of(new TreeMap<>(Map.of("a", new Item("a", 1))));
        assertThat(array.get(null)).isNull();
        assertThat(array.containsKey(null)).isFalse();
        assertThatThrownBy(() -> array.get(42)).isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> array.subMap("b", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesIndexOutsideTheMapIsRefused() {
        SortedArrayMap<String, Item> array = of(new TreeMap<>(Map.of("a", new Item("a", 1), "b", new Item("b", 2))));
        List<Item> tail = new ArrayList<>(array.tailMap("b").values());
        assertThat(tail).containsExactly(new Item("b", 2));
        assertThatThrownBy(() -> ((List<Item>) array.tailMap("b").values()).get(1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
