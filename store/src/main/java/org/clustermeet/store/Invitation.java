package org.clustermeet.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.workflow.Actor;

/**
 * A person's invitation to an event, as the store keeps it: who was invited, in which language
 * the invitation speaks, who issued it and when, and whether it was revoked. The link's secret is
 * not part of it. An invitation can be used while it is not revoked and the event's registration
 * window has not closed. Immutable.
 *
 * @param event     the event, not null
 * @param person    the person invited, not null
 * @param language  the language of the invitation (a language without country), not null
 * @param issuedAt  when it was issued, not null
 * @param issuedBy  who issued it, not null
 * @param revokedAt when it was revoked, if it was; not null
 * @param revokedBy who revoked it, present exactly when {@code revokedAt} is; not null
 */
public record Invitation(EventId event, PersonId person, Locale language, Instant issuedAt, Actor issuedBy,
                         Optional<Instant> revokedAt, Optional<Actor> revokedBy) {

    /**
     * Validates the invitation.
     *
     * @param event     the event, not null
     * @param person    the person invited, not null
     * @param language  the language, not null, with a language and nothing else
     * @param issuedAt  when it was issued, not null
     * @param issuedBy  who issued it, not null
     * @param revokedAt when it was revoked, not null
     * @param revokedBy who revoked it, not null
     * @throws IllegalArgumentException if the language has no language or more than one, or a
     *                                  revocation lacks its time or its actor
     */
    public Invitation {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(revokedBy, "revokedBy");
        if (language.getLanguage().isEmpty() || !language.equals(Locale.forLanguageTag(language.getLanguage()))) {
            throw new IllegalArgumentException("language must be a language alone, such as en or pl, not '"
                    + language.toLanguageTag() + "'");
        }
        if (revokedAt.isPresent() != revokedBy.isPresent()) {
            throw new IllegalArgumentException("revokedAt and revokedBy go together: revokedAt " + revokedAt
                    + ", revokedBy " + revokedBy);
        }
    }

    /** {@return true when an organiser revoked it} */
    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /**
     * Tells whether the invitation may still be answered: not revoked, and the event's
     * registration window not yet closed.
     *
     * @param event the invitation's event as it is now, not null
     * @param now   the time of the answer, not null
     * @return true when it may be used
     * @throws IllegalArgumentException if the event is another one
     */
    public boolean isUsable(Event event, Instant now) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(now, "now");
        if (!event.id().equals(this.event)) {
            throw new IllegalArgumentException("the invitation is to " + this.event + ", not to " + event.id());
        }
        return !isRevoked() && now.isBefore(event.registrationCloses());
    }
}
