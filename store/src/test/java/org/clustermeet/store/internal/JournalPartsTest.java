package org.clustermeet.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** The small parts of the journal: how a failure is told, where the chain starts. */
class JournalPartsTest {

    @Test
    void aFailureOfTwoHundredCharactersIsToldWholeAndALongerOneIsCut() {
        String exact = "x".repeat(200);

        assertThat(Journal.describe(new SQLException(exact, "08001"))).isEqualTo(exact + " (SQLSTATE 08001)");
        assertThat(Journal.describe(new SQLException(exact + "y", "08001"))).isEqualTo(exact + "... (SQLSTATE 08001)");
        assertThat(Journal.describe(new SQLException("first line\nsecond line"))).isEqualTo("first line");
    }

    @Test
    void theChainStartsFromTheSequenceAndTheDocument() {
        String start = Chain.start(0, "{}");

        assertThat(start).matches("[0-9a-f]{64}");
        assertThat(Chain.start(1, "{}")).isNotEqualTo(start);
        assertThat(Chain.start(0, "{ }")).isNotEqualTo(start);
        assertThat(Chain.start(0, "{}")).isEqualTo(start);
    }

    @Test
    void optionsAtTheVeryStartOrInEitherOrderAreCut() {
        assertThat(Database.withoutOptions("?password=secret")).isEmpty();
        assertThat(Database.withoutOptions(";PASSWORD=secret")).isEmpty();
        assertThat(Database.withoutOptions("jdbc:h2:file:/x;A=1?b=2")).isEqualTo("jdbc:h2:file:/x");
        assertThat(Database.withoutOptions("jdbc:x:/db?a=1;B=2")).isEqualTo("jdbc:x:/db");
        assertThat(Database.withoutOptions("//user:secret@host/db")).isEqualTo("//host/db");
        assertThat(Database.withoutOptions("jdbc:postgresql://user@host")).isEqualTo("jdbc:postgresql://host");
        assertThat(Database.withoutOptions("jdbc:postgresql://host/db@x")).isEqualTo("jdbc:postgresql://host/db@x");
    }
}
