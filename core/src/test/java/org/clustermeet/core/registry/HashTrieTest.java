package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The persistent hash map agrees with HashMap, and changed copies leave the original as it was. */
class HashTrieTest {

    /** A key whose hash the test chooses, to force partial and complete collisions. */
    private record Key(String name, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }
    }

    @RepeatedTest(20)
    void randomPutsAndRemovesAgreeWithHashMapAndLeaveEveryEarlierVersionUnchanged(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        // few distinct hashes for some repetitions (many collisions), many for others
        int hashes = repetition.getCurrentRepetition() % 2 == 0 ? 7 : Integer.MAX_VALUE;
        List<HashTrie<Key, Integer>> versions = new ArrayList<>();
        List<Map<Key, Integer>> expected = new ArrayList<>();
        HashTrie<Key, Integer> trie = HashTrie.empty();
        Map<Key, Integer> map = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            Key key = new Key("k" + random.nextInt(400), 0);
            key = new Key(key.name(), hashes == Integer.MAX_VALUE ? key.name().hashCode() * 0x9E3779B1
                    : key.name().hashCode() % hashes);
            if (random.nextInt(3) == 0) {
                trie = trie.remove(key);
                map.remove(key);
            } else {
                int value = random.nextInt(5);
                trie = trie.put(key, value);
                map.put(key, value);
            }
            if (i % 100 == 0) {
                versions.add(trie);
                expected.add(new HashMap<>(map));
            }
            assertThat(trie.size()).isEqualTo(map.size());
        }
        for (int v = 0; v < versions.size(); v++) {
            HashTrie<Key, Integer> version = versions.get(v);
            Map<Key, Integer> contents = expected.get(v);
            assertThat(version.size()).isEqualTo(contents.size());
            for (int k = 0; k < 400; k++) {
                String name = "k" + k;
                Key key = new Key(name, hashes == Integer.MAX_VALUE ? name.hashCode() * 0x9E3779B1
                        : name.hashCode() % hashes);
                assertThat(version.get(key)).as("version %d, %s", v, key).isEqualTo(contents.get(key));
            }
        }
    }

    @Test
    void keysWhoseHashesCollideCompletelyAreKeptApartAndRemovedOneByOne() {
        HashTrie<Key, String> trie = HashTrie.<Key, String>empty().put(new Key("a", 42), "A").put(new Key("b", 42), "B")
                .put(new Key("c", 42), "C");
        assertThat(trie.get(new Key("b", 42))).isEqualTo("B");
        HashTrie<Key, String> smaller = trie.remove(new Key("b", 42));
        assertThat(smaller.get(new Key("b", 42))).isNull();
        assertThat(smaller.get(new Key("a", 42))).isEqualTo("A");
        assertThat(smaller.get(new Key("c", 42))).isEqualTo("C");
        assertThat(smaller.remove(new Key("a", 42)).remove(new Key("c", 42)).size()).isZero();
        assertThat(trie.size()).isEqualTo(3);
    }

    @Test
    void puttingTheSameMappingOrRemovingAnAbsentKeyGivesTheSameMap() {
        HashTrie<String, String> trie = HashTrie.<String, String>empty().put("a", "A");
        assertThat(trie.put("a", "A")).isSameAs(trie);
        assertThat(trie.remove("b")).isSameAs(trie);
        assertThat(trie.put("a", "other").get("a")).isEqualTo("other");
        assertThat(trie.get("a")).isEqualTo("A");
    }

    @RepeatedTest(10)
    void buildingAtOnceGivesWhatPuttingOneByOneGives(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int hashes = repetition.getCurrentRepetition() % 2 == 0 ? 5 : Integer.MAX_VALUE;
        List<Key> keys = new ArrayList<>();
        for (int i = random.nextInt(3_000); i > 0; i--) {
            String name = "k" + random.nextInt(1_000); // repeats: the later one wins
            keys.add(new Key(name, hashes == Integer.MAX_VALUE ? name.hashCode() * 0x9E3779B1 : name.hashCode() % hashes));
        }
        HashTrie<Key, Integer> oneByOne = HashTrie.empty();
        for (int i = 0; i < keys.size(); i++) {
            oneByOne = oneByOne.put(keys.get(i), i);
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.add(i);
        }
        HashTrie<Key, Integer> atOnce = HashTrie.of(positions, keys::get, i -> i);
        assertThat(atOnce.size()).isEqualTo(oneByOne.size());
        for (Key key : keys) {
            assertThat(atOnce.get(key)).as("%s", key).isEqualTo(oneByOne.get(key));
        }
        assertThat(atOnce.get(new Key("absent", 3))).isNull();
        if (!keys.isEmpty()) {
            Key first = keys.get(0);
            HashTrie<Key, Integer> changed = atOnce.remove(first).put(new Key("new", first.hash()), -1);
            assertThat(changed.get(first)).isNull();
            assertThat(changed.get(new Key("new", first.hash()))).isEqualTo(-1);
            assertThat(atOnce.get(first)).isEqualTo(oneByOne.get(first));
        }
    }
}
