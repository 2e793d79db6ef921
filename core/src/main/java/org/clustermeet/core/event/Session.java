package org.clustermeet.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.value.LocalizedText;

/**
 * A session inside an event: its place in the programme, title, format, optional time slot (which
 * the event checks lies inside it), chairs, talks, proposed topics and feedback. Immutable and
 * thread-safe.
 *
 * @param id            the identifier, unique within the event; not null
 * @param order         the position in the programme, from 1
 * @param title         the title, not null
 * @param format        how it is run, not null
 * @param slot          when it takes place, if known; not null
 * @param chairs        who chairs or moderates it, not null
 * @param contributions the talks, not null
 * @param topics        the topics participants proposed, not null
 * @param feedback      the feedback collected, not null
 * @param delivery      how it is delivered, if not as its event is; not null
 */
public record Session(SessionId id, int order, LocalizedText title, SessionFormat format, Optional<TimeSlot> slot,
                      List<PersonId> chairs, List<Contribution> contributions, List<ProposedTopic> topics,
                      List<Feedback> feedback, Optional<Delivery> delivery) {

    /**
     * Validates the session.
     *
     * @param id            the identifier, unique within the event; not null
     * @param order         the position in the programme, from 1
     * @param title         the title, not null
     * @param format        how it is run, not null
     * @param slot          when it takes place, if known; not null
     * @param chairs        who chairs or moderates it, not null
     * @param contributions the talks, not null
     * @param topics        the topics participants proposed, not null
     * @param feedback      the feedback collected, not null
     * @param delivery      how it is delivered, if not as its event is; not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if {@code order} is below 1
     */
    public Session {
        Objects.requireNonNull(id, "id");
        if (order < 1) {
            throw new IllegalArgumentException("Invalid value for order of session " + id + " (at least 1): " + order);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(slot, "slot");
        chairs = List.copyOf(Objects.requireNonNull(chairs, "chairs"));
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        feedback = List.copyOf(Objects.requireNonNull(feedback, "feedback"));
        Objects.requireNonNull(delivery, "delivery");
    }

    /**
     * Returns a session delivered as its event is.
     *
     * @param id            the identifier, unique within the event; not null
     * @param order         the position in the programme, from 1
     * @param title         the title, not null
     * @param format        how it is run, not null
     * @param slot          when it takes place, if known; not null
     * @param chairs        who chairs or moderates it, not null
     * @param contributions the talks, not null
     * @param topics        the topics participants proposed, not null
     * @param feedback      the feedback collected, not null
     */
    public Session(SessionId id, int order, LocalizedText title, SessionFormat format, Optional<TimeSlot> slot,
                   List<PersonId> chairs, List<Contribution> contributions, List<ProposedTopic> topics,
                   List<Feedback> feedback) {
        this(id, order, title, format, slot, chairs, contributions, topics, feedback, Optional.empty());
    }

    /**
     * Returns a copy delivered in its own way (an online session of a hybrid event, say).
     *
     * @param delivery the delivery, not null
     * @return the changed copy
     */
    public Session withDelivery(Delivery delivery) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback,
                Optional.of(Objects.requireNonNull(delivery, "delivery")));
    }

    /**
     * Returns a session with a title and format and nothing else yet.
     *
     * @param id     the identifier, not null
     * @param order  the position in the programme, from 1
     * @param title  the English title, not blank
     * @param format how it is run, not null
     * @return the session
     */
    public static Session of(SessionId id, int order, String title, SessionFormat format) {
        return new Session(id, order, LocalizedText.english(title), format, Optional.empty(), List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * Returns a copy with a time slot.
     *
     * @param slot the slot, not null
     * @return the changed copy
     */
    public Session withSlot(TimeSlot slot) {
        return new Session(id, order, title, format, Optional.of(Objects.requireNonNull(slot, "slot")), chairs,
                contributions, topics, feedback, delivery);
    }

    /**
     * Returns a copy with other chairs.
     *
     * @param chairs the chairs, not null
     * @return the changed copy
     */
    public Session withChairs(List<PersonId> chairs) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery);
    }

    /**
     * Returns a copy with other talks.
     *
     * @param contributions the talks, not null
     * @return the changed copy
     */
    public Session withContributions(List<Contribution> contributions) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery);
    }

    /**
     * Returns a copy with other proposed topics.
     *
     * @param topics the topics, not null
     * @return the changed copy
     */
    public Session withTopics(List<ProposedTopic> topics) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery);
    }

    /**
     * Returns a copy with other feedback.
     *
     * @param feedback the feedback entries, not null
     * @return the changed copy
     */
    public Session withFeedback(List<Feedback> feedback) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery);
    }

    /** {@return the speakers of the talks, in programme order, each once} */
    public List<PersonId> speakers() {
        return contributions.stream().map(Contribution::speaker).distinct().toList();
    }

    /** {@return every person the session names: chairs, speakers, proposers and feedback authors} */
    public Stream<PersonId> referencedPeople() {
        return Stream.of(chairs.stream(), contributions.stream().map(Contribution::speaker),
                        topics.stream().flatMap(t -> t.proposer().stream()),
                        feedback.stream().flatMap(f -> f.author().stream()))
                .flatMap(s -> s);
    }
}
