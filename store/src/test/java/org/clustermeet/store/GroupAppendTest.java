package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.GroupAppend;
import org.clustermeet.store.internal.Journal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A group's journal rows and notices reach the tables as they were, whatever their text holds:
 * on PostgreSQL they travel as arrays in one statement, on H2 as statements of their own.
 */
class GroupAppendTest {

    /** Text an array literal has to escape: quotes, a backslash, braces, commas, a NULL, letters beyond ASCII. */
    private static final String AWKWARD = "{\"Zoë\", 'O''Brien'} \\ NULL, ąęłńóśźż – \uD83D\uDE00";

    @TempDir
    Path folder;

    private static Journal.Row row(long sequence, String change, String actor) {
        return new Journal.Row(sequence, Instant.parse("2020-01-15T10:00:00.123456Z"), "register", change,
                Journal.FORMAT, actor, "checksum-" + sequence);
    }

    private static Notice notice(String id, Optional<RegistrationId> registration, Notice.Reasons reasons) {
        return new Notice(id, Notice.Kind.REFUSED, EVENT, person(1), registration, 0, reasons, StoreFixtures.ACTOR,
                Instant.parse("2020-01-15T10:00:00.000002Z"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rowsAndNoticesComeBackAsTheyWent(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             Database database = new Database(db.dataSource()::getConnection, "test")) {
            db.create(StoreFixtures.registry(3, 2), JANUARY).close();
            List<Journal.Row> rows = List.of(row(1, "{\"text\": \"" + AWKWARD + "\"}", null),
                    row(2, AWKWARD, AWKWARD));
            List<Notice> notices = List.of(notice("n-1", Optional.empty(), new Notice.Reasons(List.of(AWKWARD,
                    "second"), List.of("druga", AWKWARD))), notice("n-2", Optional.of(RegistrationId.of("r-1")),
                    Notice.Reasons.NONE));

            assertThat(database.commitIf(c -> GroupAppend.appendAll(c, rows, new NoticeRows(notices)))).isTrue();

            List<Journal.Row> stored = database.inTransaction(c -> Journal.rowsAfter(c, 0));
            assertThat(stored).isEqualTo(rows);
            assertThat(database.inTransaction(Journal::head).orElseThrow().sequence()).isEqualTo(2);
            List<Outbox.Entry> entries = new Outbox(database, JANUARY).of(person(1));
            assertThat(entries).extracting(Outbox.Entry::notice).containsExactlyElementsOf(notices);
            assertThat(entries).extracting(Outbox.Entry::status).containsOnly(Outbox.Status.PENDING);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rowsDecidedOnAStaleStateInsertNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             Database database = new Database(db.dataSource()::getConnection, "test")) {
            db.create(StoreFixtures.registry(3, 2), JANUARY).close();
            List<Notice> notices = List.of(notice("n-1", Optional.empty(), Notice.Reasons.NONE));

            boolean appended = database.inTransaction(c -> GroupAppend.appendAll(c, List.of(row(5, "{}", null)),
                    new NoticeRows(notices)));

            assertThat(appended).isFalse();
            List<Journal.Row> stored = database.inTransaction(c -> Journal.rowsAfter(c, 0));
            assertThat(stored).isEmpty();
            assertThat(database.inTransaction(Journal::head).orElseThrow().sequence()).isZero();
            assertThat(new Outbox(database, JANUARY).of(person(1))).isEmpty();
        }
    }
}
