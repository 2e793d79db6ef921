package org.clustermeet.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.workflow.Actor;

/**
 * A consent given or withdrawn, as the store's history records it: for whom, what to, when, how,
 * and who recorded it (the person themselves through their invitation's page, an organiser, the
 * command line). Immutable.
 *
 * @param person the record it was given for: the person asked about, or a duplicate record of
 *               theirs merged into them since; not null
 * @param kind  what to, not null
 * @param given true when given, false when withdrawn
 * @param at    when it was recorded, not null
 * @param how   how it was given or withdrawn, not null
 * @param by    who recorded it, not null (empty only in rows without actors)
 */
public record ConsentRecord(PersonId person, ConsentKind kind, boolean given, Instant at, String how, Optional<Actor> by) {

    /**
     * Validates the record.
     *
     * @param person not null
     * @param kind  not null
     * @param given given or withdrawn
     * @param at    not null
     * @param how   not null
     * @param by    not null
     * @throws NullPointerException if an argument is null
     */
    public ConsentRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(by, "by");
    }
}
