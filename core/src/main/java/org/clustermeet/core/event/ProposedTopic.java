package org.clustermeet.core.event;

import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.value.LocalizedText;

/**
 * A topic proposed by participants in a session, such as "clusters and digital innovation hubs"
 * at the Brussels meeting. The proposer, policy level and interest are recorded where known.
 * Immutable and thread-safe.
 *
 * @param title    the topic, not null
 * @param proposer who proposed it, if known; not null
 * @param level    the policy level it addresses, if known; not null
 * @param interest how many participants chose it, if counted (at least 0); not null
 * @param amongMostPopular whether a source names it among the most popular topics (the news item of
 *                 8 December 2019 names three), where no count is given
 */
public record ProposedTopic(LocalizedText title, Optional<PersonId> proposer, Optional<PolicyLevel> level,
                            Optional<Integer> interest, boolean amongMostPopular) {

    /**
     * Validates the topic.
     *
     * @param title    the topic, not null
     * @param proposer who proposed it, if known; not null
     * @param level    the policy level it addresses, if known; not null
     * @param interest how many participants chose it, if counted (at least 0); not null
     * @param amongMostPopular whether a source names it among the most popular topics (the news item of
     *     8 December 2019 names three), where no count is given
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the interest count is negative
     */
    public ProposedTopic {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(interest, "interest");
        interest.ifPresent(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("Invalid value for topic interest (at least 0): " + n);
            }
        });
    }

    /**
     * Returns a topic whose popularity is not stated.
     *
     * @param title    the topic, not null
     * @param proposer who proposed it, if known; not null
     * @param level    the policy level it addresses, if known; not null
     * @param interest how many participants chose it, if counted (at least 0); not null
     */
    public ProposedTopic(LocalizedText title, Optional<PersonId> proposer, Optional<PolicyLevel> level,
                         Optional<Integer> interest) {
        this(title, proposer, level, interest, false);
    }

    /**
     * Returns a copy marked as named by a source among the most popular topics.
     *
     * @return the changed copy
     */
    public ProposedTopic markedMostPopular() {
        return new ProposedTopic(title, proposer, level, interest, true);
    }

    /**
     * Returns a topic of which only the title is known.
     *
     * @param title the English title, not blank
     * @return the topic
     */
    public static ProposedTopic titled(String title) {
        return new ProposedTopic(LocalizedText.english(title), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
