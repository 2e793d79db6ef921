package org.clustermeet.interop.programme;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.registry.Registry;

/**
 * A programme imported: the registry with the event's sessions, rooms and speakers, what happened to
 * each session, the speakers added as new people, and the deviations from the format that were read
 * past. Immutable.
 *
 * @param registry    the registry after the import, not null
 * @param changes     one per session of the event, in programme order, then those the schedule lacks; not null
 * @param peopleAdded the speakers who were not in the registry, added with no role and no consent to
 *                    publish their name; not null
 * @param warnings    each deviation from the format, with its JSON Pointer; not null
 */
public record ProgrammeResult(Registry registry, List<SessionChange> changes, List<PersonId> peopleAdded,
                              List<ScheduleNote> warnings) {

    /**
     * Validates the result.
     *
     * @param registry    the registry, not null
     * @param changes     the changes, not null
     * @param peopleAdded the people added, not null
     * @param warnings    the warnings, not null
     * @throws NullPointerException if an argument is null
     */
    public ProgrammeResult {
        Objects.requireNonNull(registry, "registry");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        peopleAdded = List.copyOf(Objects.requireNonNull(peopleAdded, "peopleAdded"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** {@return whether the import changed the registry: a session added or updated, or a speaker added} */
    public boolean changedAnything() {
        return !peopleAdded.isEmpty() || changes.stream().anyMatch(c ->
                c.kind() == SessionChange.Kind.ADDED || c.kind() == SessionChange.Kind.UPDATED);
    }

    /** {@return how many sessions had each kind of change, as "2 added, 1 updated, 40 unchanged"} */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (SessionChange.Kind kind : SessionChange.Kind.values()) {
            long n = changes.stream().filter(c -> c.kind() == kind).count();
            if (n > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(switch (kind) {
                    case ADDED -> "added";
                    case UPDATED -> "updated";
                    case UNCHANGED -> "unchanged";
                    case NOT_IN_SCHEDULE -> "not in the schedule";
                });
            }
        }
        return b.length() == 0 ? "no sessions" : b.toString();
    }
}
