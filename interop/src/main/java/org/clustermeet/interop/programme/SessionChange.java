package org.clustermeet.interop.programme;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.text.Echo;

/**
 * What an import did to one session of the event. Immutable.
 *
 * @param session the session, not null
 * @param title   its title, as the schedule gives it (or as it was, for a session the schedule lacks); not null
 * @param kind    what happened, not null
 * @param changed for an updated session, what changed ("title", "time", "room", ...); else empty; not null
 */
public record SessionChange(SessionId session, String title, Kind kind, List<String> changed) {

    /** What an import did to a session. */
    public enum Kind {
        /** The schedule's talk is new: the session was added. */
        ADDED,
        /** The talk's GUID matched a session, which now holds the talk's newer details. */
        UPDATED,
        /** The talk's GUID matched a session that already held the same. */
        UNCHANGED,
        /** A session of the event that the schedule does not hold: kept as it was. */
        NOT_IN_SCHEDULE
    }

    /**
     * Validates the change.
     *
     * @param session the session, not null
     * @param title   its title, not null
     * @param kind    what happened, not null
     * @param changed what changed, not null; not empty exactly for an update
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an update names nothing changed, or another kind names something
     */
    public SessionChange {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        changed = List.copyOf(Objects.requireNonNull(changed, "changed"));
        if ((kind == Kind.UPDATED) == changed.isEmpty()) {
            throw new IllegalArgumentException("session " + session + ": an update names what changed, and only an update");
        }
    }

    /** {@return the change in one line, its title inert and cut: {@code updated talk-15 "Opening": time, room}} */
    public String describe() {
        String what = switch (kind) {
            case ADDED -> "added";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged";
            case NOT_IN_SCHEDULE -> "not in the schedule, kept";
        };
        return what + " " + session + " \"" + Echo.cut(title) + "\""
                + (changed.isEmpty() ? "" : ": " + String.join(", ", changed));
    }
}
