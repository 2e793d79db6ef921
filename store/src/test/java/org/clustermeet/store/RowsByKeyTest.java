package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Which rows name each key: every row that does, in order, and rows of keys with the same hash. */
class RowsByKeyTest {

    @Test
    void aKeyHasEveryRowThatNamesItInOrderAcrossGrowth() {
        Random random = new Random(11);
        RowsByKey index = new RowsByKey();
        Map<String, SortedSet<Long>> expected = new HashMap<>();
        for (long row = 1; row <= 50_000; row++) {
            int names = 1 + random.nextInt(3);
            for (int n = 0; n < names; n++) {
                String key = "r-" + random.nextInt(20_000);
                index.add(key, row);
                expected.computeIfAbsent(key, k -> new TreeSet<>()).add(row);
            }
        }
        for (Map.Entry<String, SortedSet<Long>> e : expected.entrySet()) {
            assertThat(index.rows(e.getKey())).as(e.getKey()).containsAll(e.getValue());
        }
        assertThat(index.rows("r-12")).isEqualTo(expected.get("r-12"));
    }

    @Test
    void aRowNamingAKeyTwiceIsKeptOnce() {
        RowsByKey index = new RowsByKey();
        index.add("r-1", 4);
        index.add("r-1", 4);
        index.add("r-1", 9);

        assertThat(index.rows("r-1")).containsExactly(4L, 9L);
    }

    @Test
    void keysOfTheSameHashShareTheirRowsAndAnUnknownKeyHasNone() {
        RowsByKey index = new RowsByKey();
        index.add("Aa", 1);
        index.add("BB", 2);

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(index.rows("Aa")).containsExactly(1L, 2L);
        assertThat(index.rows("never-added")).isEmpty();
    }
}
