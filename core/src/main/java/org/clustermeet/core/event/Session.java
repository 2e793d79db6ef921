package org.clustermeet.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.value.LocalizedText;

/**
 * A session inside an event: its place in the programme, title, format, optional time slot (which
 * the event checks lies inside it), chairs, talks, proposed topics and feedback, and what
 * conference tools list about it (room, track, abstract, language, their GUID). Immutable and
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
 * @param room          the room of the event's venue it takes place in, by name, if known; not null
 * @param mayOverlap    whether it may share its time with other sessions in its room or with its
 *                      speakers' other sessions (a plenary shown in two rooms)
 * @param track         the track it belongs to, if any; not null
 * @param summary       its abstract, if any; not null
 * @param language      the BCP 47 tag of the language it is held in, if known; not null
 * @param guid          the identifier a conference tool gave it, kept so that a newer export of the
 *                      same programme updates it; not null
 */
public record Session(SessionId id, int order, LocalizedText title, SessionFormat format, Optional<TimeSlot> slot,
                      List<PersonId> chairs, List<Contribution> contributions, List<ProposedTopic> topics,
                      List<Feedback> feedback, Optional<Delivery> delivery, Optional<String> room, boolean mayOverlap,
                      Optional<String> track, Optional<LocalizedText> summary, Optional<String> language,
                      Optional<UUID> guid) {

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
     * @param room          the room of the event's venue, by name, if known; not null
     * @param mayOverlap    whether it may share its time with other sessions in its room or of its speakers
     * @param track         the track, if any; not null
     * @param summary       the abstract, if any; not null
     * @param language      the BCP 47 language tag, if known; not null
     * @param guid          the conference tool's identifier, if any; not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if {@code order} is below 1, or a text is blank or malformed
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
        Objects.requireNonNull(room, "room");
        room.ifPresent(r -> Texts.requireText("room of session " + id, r));
        Objects.requireNonNull(track, "track");
        track.ifPresent(t -> Texts.requireText("track of session " + id, t));
        Objects.requireNonNull(summary, "summary");
        language = Objects.requireNonNull(language, "language").map(LocalizedText::languageTag);
        Objects.requireNonNull(guid, "guid");
    }

    /**
     * Returns a session with no room, track, abstract, language or GUID.
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
    public Session(SessionId id, int order, LocalizedText title, SessionFormat format, Optional<TimeSlot> slot,
                   List<PersonId> chairs, List<Contribution> contributions, List<ProposedTopic> topics,
                   List<Feedback> feedback, Optional<Delivery> delivery) {
        this(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, Optional.empty(),
                false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
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
                Optional.of(Objects.requireNonNull(delivery, "delivery")), room, mayOverlap, track, summary, language, guid);
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
                contributions, topics, feedback, delivery, room, mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy with other chairs.
     *
     * @param chairs the chairs, not null
     * @return the changed copy
     */
    public Session withChairs(List<PersonId> chairs) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, room,
                mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy with other talks.
     *
     * @param contributions the talks, not null
     * @return the changed copy
     */
    public Session withContributions(List<Contribution> contributions) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, room,
                mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy with other proposed topics.
     *
     * @param topics the topics, not null
     * @return the changed copy
     */
    public Session withTopics(List<ProposedTopic> topics) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, room,
                mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy with other feedback.
     *
     * @param feedback the feedback entries, not null
     * @return the changed copy
     */
    public Session withFeedback(List<Feedback> feedback) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, room,
                mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy in a room of the event's venue.
     *
     * @param room the room's name, not blank
     * @return the changed copy
     */
    public Session withRoom(String room) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery,
                Optional.of(Objects.requireNonNull(room, "room")), mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy that may, or may not, share its time with other sessions in its room or of its speakers.
     *
     * @param mayOverlap whether it may
     * @return the changed copy
     */
    public Session withMayOverlap(boolean mayOverlap) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, room,
                mayOverlap, track, summary, language, guid);
    }

    /**
     * Returns a copy with what a conference tool lists about the session.
     *
     * @param track    the track, if any; not null
     * @param summary  the abstract, if any; not null
     * @param language the BCP 47 language tag, if known; not null
     * @param guid     the tool's identifier, if any; not null
     * @return the changed copy
     */
    public Session withListing(Optional<String> track, Optional<LocalizedText> summary, Optional<String> language,
                               Optional<UUID> guid) {
        return new Session(id, order, title, format, slot, chairs, contributions, topics, feedback, delivery, room,
                mayOverlap, track, summary, language, guid);
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
