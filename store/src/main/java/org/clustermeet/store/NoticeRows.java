package org.clustermeet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.store.internal.GroupAppend;

/**
 * The outbox's rows for the notices of a group of changes, written with the group's journal rows.
 *
 * @param notices the notices, maybe none
 */
record NoticeRows(List<Notice> notices) implements GroupAppend.Alongside {

    private static final String COLUMNS = "id, created_at, kind, event_id, person_id, registration_id, position, "
            + "reasons_en, reasons_pl, actor";

    NoticeRows {
        notices = List.copyOf(notices);
    }

    @Override
    public int size() {
        return notices.size();
    }

    @Override
    public String insertFromArrays(String condition) {
        return "INSERT INTO clustermeet_outbox (" + Outbox.INSERTED + ") SELECT n.id, n.created_at::timestamptz, "
                + "n.kind, n.event_id, n.person_id, n.registration_id, n.position::integer, n.reasons_en, "
                + "n.reasons_pl, n.actor, 'PENDING', 0, n.created_at::timestamptz FROM unnest(?::text[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS n("
                + COLUMNS + ") WHERE " + condition;
    }

    @Override
    public int bindArrays(Connection c, PreparedStatement s, int first) throws SQLException {
        int n = notices.size();
        String[][] columns = new String[10][n];
        for (int i = 0; i < n; i++) {
            Notice notice = notices.get(i);
            columns[0][i] = notice.id();
            columns[1][i] = toMicros(notice.createdAt()).toString();
            columns[2][i] = notice.kind().name();
            columns[3][i] = notice.event().value();
            columns[4][i] = notice.person().value();
            columns[5][i] = notice.registration().map(RegistrationId::value).orElse(null);
            columns[6][i] = Integer.toString(notice.position());
            columns[7][i] = String.join(Outbox.LINE, notice.reasons().english());
            columns[8][i] = String.join(Outbox.LINE, notice.reasons().polish());
            columns[9][i] = notice.actor().name();
        }
        int next = first;
        for (String[] column : columns) {
            s.setArray(next++, c.createArrayOf("text", column));
        }
        return next;
    }

    @Override
    public void insert(Connection c) throws SQLException {
        Outbox.insert(c, notices);
    }

    /** The instant to the nearest microsecond, half up, as the PostgreSQL driver sends a time of a single row. */
    private static Instant toMicros(Instant at) {
        Instant rounded = at.getNano() % 1000 >= 500 ? at.plusNanos(1000) : at;
        return rounded.truncatedTo(ChronoUnit.MICROS);
    }
}
