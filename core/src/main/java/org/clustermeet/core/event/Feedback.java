package org.clustermeet.core.event;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.value.LocalizedText;

/**
 * A feedback entry collected in a session, such as comments on the next generation of EU cluster
 * initiatives. Immutable and thread-safe.
 *
 * @param author who gave it, if recorded; not null
 * @param text   the feedback, not null
 */
public record Feedback(Optional<PersonId> author, LocalizedText text) {

    /**
     * Validates the entry.
     *
     * @param author who gave it, if recorded; not null
     * @param text   the feedback, not null
     * @throws NullPointerException if an argument is null
     */
    public Feedback {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
