package org.clustermeet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The persistent map behaves as a {@link TreeMap} would, and every older version stays as it was. */
class PersistentSortedMapTest {

    @RepeatedTest(20)
    void randomPutsAndRemovesAgreeWithTreeMapAndKeepOldVersions(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int range = 1 + random.nextInt(2_000);
        PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
        TreeMap<Integer, String> expected = new TreeMap<>();
        List<PersistentSortedMap<Integer, String>> versions = new ArrayList<>();
        List<Map<Integer, String>> snapshots = new ArrayList<>();
        for (int step = 0; step < 3_000; step++) {
            int key = random.nextInt(range);
            if (random.nextInt(3) == 0) {
                map = map.remove(key);
                expected.remove(key);
            } else {
                String value = "v" + random.nextInt(5);
                map = map.put(key, value);
                expected.put(key, value);
            }
            if (step % 300 == 0) {
                versions.add(map);
                snapshots.add(new TreeMap<>(expected));
            }
            int probe = random.nextInt(range);
            assertThat(map.get(probe)).isEqualTo(expected.get(probe));
            assertThat(map.rank(probe)).as("keys below %d", probe).isEqualTo(expected.headMap(probe).size());
        }
        assertThat(map.isWellFormed()).isTrue();
        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(map.values()).containsExactlyElementsOf(expected.values());
        assertThat(map).containsExactlyElementsOf(expected.values());
        assertThat(map.hashCode()).isEqualTo(expected.hashCode());
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i).values()).containsExactlyElementsOf(snapshots.get(i).values());
            assertThat(versions.get(i).isWellFormed()).isTrue();
        }
    }

    @RepeatedTest(3)
    void aMapGrowsManyLevelsDeepAndShrinksToEmptyStayingWellFormed(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Integer> keys = new ArrayList<>();
        for (int k = 0; k < 60_000; k++) {
            keys.add(k);
        }
        Collections.shuffle(keys, random);
        PersistentSortedMap<Integer, Integer> map = PersistentSortedMap.empty();
        TreeMap<Integer, Integer> expected = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map = map.put(keys.get(i), i);
            expected.put(keys.get(i), i);
            if (i % 9_999 == 0) {
                assertThat(map.isWellFormed()).isTrue();
            }
        }
        assertThat(map.values()).containsExactlyElementsOf(expected.values());
        Collections.shuffle(keys, random);
        for (int i = 0; i < keys.size(); i++) {
            map = map.remove(keys.get(i));
            expected.remove(keys.get(i));
            if (i % 9_999 == 0 || keys.size() - i < 40) {
                assertThat(map.isWellFormed()).as("after %d removals", i + 1).isTrue();
                assertThat(map.size()).isEqualTo(expected.size());
                int probe = random.nextInt(60_000);
                assertThat(map.rank(probe)).isEqualTo(expected.headMap(probe).size());
            }
        }
        assertThat(map.isEmpty()).isTrue();
        assertThat(map).isSameAs(PersistentSortedMap.empty());
    }

    @Test
    void keysArrivingInOrderOrInReverseOrderKeepTheTreeWellFormed() {
        PersistentSortedMap<Integer, Integer> ascending = PersistentSortedMap.empty();
        PersistentSortedMap<Integer, Integer> descending = PersistentSortedMap.empty();
        for (int k = 0; k < 20_000; k++) {
            ascending = ascending.put(k, k);
            descending = descending.put(-k, -k);
        }
        assertThat(ascending.isWellFormed()).isTrue();
        assertThat(descending.isWellFormed()).isTrue();
        assertThat(ascending.values().get(12_345)).isEqualTo(12_345);
        assertThat(descending.values().get(0)).isEqualTo(-19_999);
        assertThat(ascending.rank(20_000)).isEqualTo(20_000);
        assertThat(descending.rank(-19_999)).isZero();
        for (int k = 0; k < 20_000; k += 2) {
            ascending = ascending.remove(k);
        }
        assertThat(ascending.isWellFormed()).isTrue();
        assertThat(ascending.size()).isEqualTo(10_000);
        assertThat(ascending.values().get(0)).isEqualTo(1);
    }

    @Test
    void replacingAValueKeepsEveryOtherEntryAndTheOldVersion() {
        List<Integer> sorted = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            sorted.add(k);
        }
        PersistentSortedMap<Integer, Integer> before = PersistentSortedMap.ofSorted(sorted, v -> v);
        PersistentSortedMap<Integer, Integer> after = before.put(2_500, -1);
        assertThat(after.get(2_500)).isEqualTo(-1);
        assertThat(before.get(2_500)).isEqualTo(2_500);
        assertThat(after.size()).isEqualTo(5_000);
        assertThat(after.rank(2_501)).isEqualTo(2_501);
        assertThat(after.isWellFormed()).isTrue();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.put(2_500, 2_500)).isEqualTo(before);
    }

    @RepeatedTest(5)
    void mapsBuiltFromSortedValuesEqualMapsBuiltByPuts(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        TreeMap<Integer, Integer> expected = new TreeMap<>();
        PersistentSortedMap<Integer, Integer> byPuts = PersistentSortedMap.empty();
        for (int i = 0; i < 1 + random.nextInt(5_000); i++) {
            int k = random.nextInt(100_000);
            expected.put(k, k);
            byPuts = byPuts.put(k, k);
        }
        PersistentSortedMap<Integer, Integer> built = PersistentSortedMap.ofSorted(List.copyOf(expected.values()),
                v -> v);
        assertThat(built.isWellFormed()).isTrue();
        assertThat(built).isEqualTo(byPuts);
        assertThat(built.hashCode()).isEqualTo(byPuts.hashCode());
        assertThat(built.put(-1, -1)).isNotEqualTo(byPuts);
    }

    @RepeatedTest(5)
    void valuesAreAnIndexedViewInKeyOrder(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        TreeMap<Integer, Integer> expected = new TreeMap<>();
        PersistentSortedMap<Integer, Integer> map = PersistentSortedMap.empty();
        for (int i = 0; i < 2_000; i++) {
            int k = random.nextInt(10_000);
            expected.put(k, -k);
            map = map.put(k, -k);
        }
        List<Integer> values = map.values();
        List<Integer> wanted = List.copyOf(expected.values());
        for (int i = 0; i < wanted.size(); i++) {
            assertThat(values.get(i)).isEqualTo(wanted.get(i));
        }
        assertThat(values).isEqualTo(wanted);
        assertThatThrownBy(() -> values.get(wanted.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> values.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theEmptyMapAnswersEveryQuestionWithoutEntries() {
        PersistentSortedMap<String, String> empty = PersistentSortedMap.empty();
        assertThat(empty.size()).isZero();
        assertThat(empty.get("a")).isNull();
        assertThat(empty.rank("a")).isZero();
        assertThat(empty.remove("a")).isSameAs(empty);
        assertThat(empty.values()).isEmpty();
        assertThat(empty.iterator().hasNext()).isFalse();
        assertThatThrownBy(() -> empty.iterator().next()).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(empty).isEqualTo(PersistentSortedMap.ofSorted(List.<String>of(), v -> v));
        assertThat(empty.hashCode()).isZero();
        assertThat(empty.isWellFormed()).isTrue();
    }

    @Test
    void unchangedMapsAreReturnedAsThemselves() {
        PersistentSortedMap<String, String> map = PersistentSortedMap.<String, String>empty().put("a", "x");
        assertThat(map.remove("b")).isSameAs(map);
        assertThat(map.put("a", map.get("a"))).isSameAs(map);
    }

    @Test
    void unsortedInputIsRefusedWithTheOffendingKeys() {
        assertThatThrownBy(() -> PersistentSortedMap.ofSorted(List.of(1, 3, 3), v -> v))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("keys are not strictly increasing: 3 then 3");
    }

    @Test
    void nullKeysAndValuesAreRefused() {
        PersistentSortedMap<String, String> map = PersistentSortedMap.empty();
        assertThatThrownBy(() -> map.put(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> map.put("x", null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
