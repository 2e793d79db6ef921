package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.clustermeet.core.id.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.clustermeet.json.read.IdTable;

/** Identifiers read through a table: one instance per text, made and checked once. */
class IdTableTest {

    private final List<String> made = new ArrayList<>();
    private final IdTable<OrganisationId> table = new IdTable<>(OrganisationId.class, text -> {
        made.add(text);
        return OrganisationId.of(text);
    });

    private OrganisationId get(String text) {
        char[] chars = ("xx" + text + "yy").toCharArray();
        return table.get(chars, 2, text.length());
    }

    @Test
    void aRepeatedTextGivesTheSameIdentifierMadeOnce() {
        OrganisationId first = get("silesian-aviation-cluster");
        assertThat(get("silesian-aviation-cluster")).isSameAs(first).isEqualTo(OrganisationId.of("silesian-aviation-cluster"));
        assertThat(made).containsExactly("silesian-aviation-cluster");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Aa", "synthetic-cluster-000070", "synthetic-person-000102", "żółć-ąę"})
    void theHashIsStringHashCode(String text) {
        char[] chars = ("xx" + text + "yy").toCharArray();
        assertThat(IdTable.hash(chars, 2, text.length())).isEqualTo(text.hashCode());
    }

    @Test
    void numberedIdsSpreadOverTheTable() {
        // regression: the hash's two chains weighed characters two apart alike, so numbered ids
        // collided in runs and a 56,000-id table probed up to 1,793 slots for one text
        IdTable<String> texts = new IdTable<>(String.class, text -> text);
        for (int i = 0; i < 56_000; i++) {
            texts.get(String.format("synthetic-cluster-%06d", i).toCharArray(), 0, 24);
        }
        assertThat(texts.longestProbe()).isLessThanOrEqualTo(16);
    }

    @Test
    void textsWithTheSameHashStayApart() {
        String one = "Aa";
        String other = "BB";
        assertThat(IdTable.hash(one.toCharArray(), 0, 2)).isEqualTo(IdTable.hash(other.toCharArray(), 0, 2));
        IdTable<String> texts = new IdTable<>(String.class, text -> text);
        assertThat(texts.get(one.toCharArray(), 0, 2)).isEqualTo(one);
        assertThat(texts.get(other.toCharArray(), 0, 2)).isEqualTo(other);
        assertThat(texts.get(one.toCharArray(), 0, 2)).isEqualTo(one);
        assertThat(texts.get(other.toCharArray(), 0, 2)).isEqualTo(other);
    }

    @Test
    void manyTextsSurviveTheTableGrowing() {
        List<OrganisationId> first = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            first.add(get("org-" + i));
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(get("org-" + i)).isSameAs(first.get(i)).extracting(OrganisationId::value).isEqualTo("org-" + i);
        }
        assertThat(made).hasSize(10_000);
    }

    @Test
    void aRefusedTextIsRefusedEveryTime() {
        assertThatThrownBy(() -> get("not an id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> get("not an id")).isInstanceOf(IllegalArgumentException.class);
        assertThat(made).containsExactly("not an id", "not an id");
    }
}
