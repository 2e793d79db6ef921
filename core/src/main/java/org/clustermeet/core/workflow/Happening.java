package org.clustermeet.core.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;

/**
 * One thing that happened in a workflow step, in the words of a registration system: a
 * registration was registered, waitlisted at a position, promoted after another was cancelled,
 * refused on promotion with its reasons, cancelled, cancelled by the organiser, attended; an event
 * was changed or cancelled; entities were edited. A history is a list of these with their times
 * and actors. Immutable and thread-safe.
 *
 * @param kind         what happened, not null
 * @param registration the registration it happened to, if any; not null
 * @param person       the registration's person, if any; not null
 * @param event        the event it happened at or to, if any; not null
 * @param detail       the rest in words (a position, what freed a place, the reasons, the entities
 *                     edited), empty when there is nothing more to say; not null
 */
public record Happening(Kind kind, Optional<RegistrationId> registration, Optional<PersonId> person,
                        Optional<EventId> event, String detail) {

    /** What happened. */
    public enum Kind {
        /** A request took a place. */
        REGISTERED("registered"),
        /** A request joined the waiting list. */
        WAITLISTED("waitlisted"),
        /** A waiting registration took a freed place. */
        PROMOTED("promoted"),
        /** A waiting registration no longer met the event's rules when a place freed up. */
        REFUSED_ON_PROMOTION("refused on promotion"),
        /** The person's registration was cancelled. */
        CANCELLED("cancelled"),
        /** The registration was closed because the organiser cancelled the event. */
        CANCELLED_BY_ORGANISER("cancelled by organiser"),
        /** The person took part. */
        ATTENDED("attended"),
        /** The event's details (dates, places, rules) changed. */
        EVENT_CHANGED("event changed"),
        /** The event was cancelled. */
        EVENT_CANCELLED("event cancelled"),
        /** Entities were put or removed by hand. */
        EDITED("edited"),
        /** A person's personal data was erased, from the registry and from every earlier record. */
        ERASED("personal data erased"),
        /** Two records of one person were made one: the detail says {@code into ID} or {@code from ID}. */
        MERGED("merged"),
        /**
         * A person gave or withdrew a consent: the detail says {@code publish-name given (HOW)} or
         * {@code contact withdrawn (HOW)}.
         */
        CONSENT("consent");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** {@return the kind in words, for example {@code refused on promotion}} */
        public String words() {
            return words;
        }
    }

    /**
     * Validates the happening.
     *
     * @param kind         what happened, not null
     * @param registration the registration, not null (may be empty)
     * @param person       the person, not null (may be empty)
     * @param event        the event, not null (may be empty)
     * @param detail       the rest in words, not null
     * @throws NullPointerException if an argument is null
     */
    public Happening {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns what happened to a registration.
     *
     * @param kind         what happened, not null
     * @param registration the registration, not null
     * @param detail       the rest in words, not null
     * @return the happening, naming the registration, its person and its event
     */
    public static Happening to(Kind kind, Registration registration, String detail) {
        return new Happening(kind, Optional.of(registration.id()), Optional.of(registration.person()),
                Optional.of(registration.event()), detail);
    }

    /**
     * Tells whether this changed an event itself (its dates, times, venue, programme, places...):
     * changed or cancelled by the workflow, or put by an edit. What calendars count as the
     * event's revisions; changes to its registrations do not count.
     *
     * @return true for such a change
     */
    public boolean changesEvent() {
        return switch (kind) {
            case EVENT_CHANGED, EVENT_CANCELLED -> true;
            case EDITED -> registration.isEmpty() && event.isPresent();
            default -> false;
        };
    }

    /**
     * Returns what a workflow step did, in order: for a cancellation, the cancellation and then
     * each promotion and refusal; for an event change, the change and then its promotions.
     *
     * @param step the step's result, not null
     * @return what happened; empty for a refused request, which changes nothing
     */
    public static List<Happening> of(StepResult step) {
        Objects.requireNonNull(step, "step");
        List<Happening> happened = new ArrayList<>();
        if (step instanceof RegistrationResult r) {
            if (r.outcome() instanceof RegistrationOutcome.Accepted a) {
                happened.add(to(Kind.REGISTERED, a.registration(), ""));
            } else if (r.outcome() instanceof RegistrationOutcome.Waitlisted w) {
                happened.add(to(Kind.WAITLISTED, w.registration(), "position " + w.position()));
            }
        } else if (step instanceof CancellationResult c) {
            happened.add(to(Kind.CANCELLED, c.cancelled(), ""));
            addPromotions(happened, c.changes(), c.promotions(), "after " + c.cancelled().id() + " was cancelled");
        } else if (step instanceof EventChangeResult e) {
            e.changes().puts(EntityKind.EVENT).forEach(changed -> happened.add(about(Kind.EVENT_CHANGED, changed)));
            addPromotions(happened, e.changes(), e.promotions(), "after places were added");
        } else if (step instanceof EventCancellationResult e) {
            happened.add(about(Kind.EVENT_CANCELLED, e.event()));
            e.cancelled().forEach(r -> happened.add(to(Kind.CANCELLED_BY_ORGANISER, r, "")));
        } else if (step instanceof MergeResult m) {
            happened.add(new Happening(Kind.MERGED, Optional.empty(), Optional.of(m.merged()), Optional.empty(),
                    INTO + m.kept().id()));
            happened.add(new Happening(Kind.MERGED, Optional.empty(), Optional.of(m.kept().id()), Optional.empty(),
                    FROM + m.merged()));
            for (Registration d : m.duplicates()) {
                happened.add(to(Kind.CANCELLED, d, "duplicate, when " + m.merged() + " was merged into " + m.kept().id()));
            }
            addPromotions(happened, m.changes(), m.promotions(), "after a duplicate was cancelled");
        } else if (step instanceof ConsentResult c) {
            happened.add(new Happening(Kind.CONSENT, Optional.empty(), Optional.of(c.person()), Optional.empty(),
                    c.kind().spelling() + (c.given() ? GIVEN : WITHDRAWN) + " (" + c.how() + ")"));
        } else if (step instanceof AttendanceResult a) {
            happened.add(to(Kind.ATTENDED, a.attended(), ""));
        } else if (!step.changes().isEmpty()) {
            happened.addAll(ofEdit(step.changes()));
        }
        return List.copyOf(happened);
    }

    /**
     * Returns what an edit of entities did: one happening per change, registrations and events
     * named so that their histories find it.
     *
     * @param changes the edit's changes, not null
     * @return one {@link Kind#EDITED} happening per change
     */
    public static List<Happening> ofEdit(ChangeSet changes) {
        List<Happening> happened = new ArrayList<>();
        for (ChangeSet.Change change : changes.changes()) {
            String words = (change instanceof ChangeSet.Put ? "put " : "removed ") + change.kind().label() + " "
                    + change.id();
            if (change instanceof ChangeSet.Put<?> put && put.entity() instanceof Registration r) {
                happened.add(to(Kind.EDITED, r, words + " (" + r.state() + ")"));
            } else if (change instanceof ChangeSet.Put<?> put && put.entity() instanceof Event e) {
                happened.add(new Happening(Kind.EDITED, Optional.empty(), Optional.empty(), Optional.of(e.id()), words));
            } else {
                happened.add(new Happening(Kind.EDITED, change.kind() == EntityKind.REGISTRATION
                        ? Optional.of((RegistrationId) change.id()) : Optional.empty(),
                        change.kind() == EntityKind.PERSON ? Optional.of((PersonId) change.id()) : Optional.empty(),
                        change.kind() == EntityKind.EVENT ? Optional.of((EventId) change.id()) : Optional.empty(),
                        words));
            }
        }
        return happened;
    }

    /**
     * Returns what a change set did to registrations, read from their states alone: for records
     * that kept the change set but not the words (a journal written before these were kept).
     * Positions on the waiting list and refusal reasons are not known there.
     *
     * @param changes the changes, not null
     * @param edit    whether the change set was a plain edit rather than a workflow step
     * @return one happening per registration or event put, in order
     */
    public static List<Happening> fromStates(ChangeSet changes, boolean edit) {
        if (edit) {
            return ofEdit(changes);
        }
        List<Happening> happened = new ArrayList<>();
        for (ChangeSet.Change change : changes.changes()) {
            if (change instanceof ChangeSet.Put<?> put && put.entity() instanceof Event e) {
                happened.add(about(e.status() == EventStatus.CANCELLED
                        ? Kind.EVENT_CANCELLED : Kind.EVENT_CHANGED, e));
            } else if (change instanceof ChangeSet.Put<?> put && put.entity() instanceof Registration r) {
                Kind kind = switch (r.state()) {
                    // a place taken after something else in the same step (a cancellation, an event change)
                    case REGISTERED -> happened.isEmpty() ? Kind.REGISTERED : Kind.PROMOTED;
                    case WAITLISTED -> Kind.WAITLISTED;
                    case REFUSED -> Kind.REFUSED_ON_PROMOTION;
                    case CANCELLED -> Kind.CANCELLED;
                    case CANCELLED_BY_ORGANISER -> Kind.CANCELLED_BY_ORGANISER;
                    case ATTENDED -> Kind.ATTENDED;
                };
                happened.add(to(kind, r, ""));
            } else {
                happened.addAll(ofEdit(ChangeSet.of(List.of(change))));
            }
        }
        return happened;
    }

    /** The promotions and refusals in the order the step made them, which is the waiting list's. */
    private static void addPromotions(List<Happening> happened, ChangeSet changes, Promotions promotions,
                                      String why) {
        Map<RegistrationId, RefusedPromotion> refused = new HashMap<>();
        promotions.refused().forEach(r -> refused.put(r.registration().id(), r));
        Set<RegistrationId> promoted = new HashSet<>();
        promotions.promoted().forEach(r -> promoted.add(r.id()));
        for (Registration r : changes.puts(EntityKind.REGISTRATION)) {
            if (promoted.contains(r.id())) {
                happened.add(to(Kind.PROMOTED, r, why));
            } else if (refused.containsKey(r.id())) {
                happened.add(to(Kind.REFUSED_ON_PROMOTION, r, String.join("; ", refused.get(r.id()).reasons())));
            }
        }
    }

    private static final String GIVEN = " given";
    private static final String WITHDRAWN = " withdrawn";
    private static final String INTO = "into ";

    /**
     * A consent as the history tells it.
     *
     * @param kind  what to
     * @param given true when given, false when withdrawn
     * @param how   how
     */
    public record ConsentChange(ConsentKind kind, boolean given, String how) {
    }

    /**
     * Reads the consent a {@link Kind#CONSENT} happening records.
     *
     * @return the consent, or empty for any other happening
     */
    public Optional<ConsentChange> consent() {
        if (kind != Kind.CONSENT) {
            return Optional.empty();
        }
        int space = detail.indexOf(' ');
        int open = detail.indexOf(" (");
        if (space < 0 || open < space || !detail.endsWith(")")) {
            return Optional.empty();
        }
        String state = detail.substring(space, open);
        if (!state.equals(GIVEN) && !state.equals(WITHDRAWN)) {
            return Optional.empty();
        }
        return ConsentKind.parse(detail.substring(0, space)).map(k -> new ConsentChange(k, state.equals(GIVEN),
                detail.substring(open + 2, detail.length() - 1)));
    }
    private static final String FROM = "from ";

    /**
     * Tells, for the happening of a merge on the merged person's side, whom they were merged into:
     * what lets an old reference to them (an invitation's link) find the kept person.
     *
     * @return the kept person, or empty for any other happening
     */
    public Optional<PersonId> mergedInto() {
        return kind == Kind.MERGED && detail.startsWith(INTO) ? Optional.of(PersonId.of(detail.substring(INTO.length())))
                : Optional.empty();
    }

    /**
     * Returns the erasure of a person's personal data.
     *
     * @param person the person, not null
     * @return the happening, which names the person by id only
     */
    public static Happening erasureOf(PersonId person) {
        Objects.requireNonNull(person, "person");
        return new Happening(Kind.ERASED, Optional.empty(), Optional.of(person), Optional.empty(), "person " + person);
    }

    private static Happening about(Kind kind, Event event) {
        return new Happening(kind, Optional.empty(), Optional.empty(), Optional.of(event.id()), "");
    }

    /** {@return what happened in words, for example {@code r-3 waitlisted (position 3)}} */
    public String describe() {
        StringBuilder b = new StringBuilder();
        registration.ifPresentOrElse(r -> b.append(r).append(' '), () -> event.ifPresent(e -> b.append(e).append(' ')));
        b.append(kind.words());
        if (!detail.isEmpty()) {
            b.append(kind == Kind.REFUSED_ON_PROMOTION ? ": " + detail : " (" + detail + ")");
        }
        return b.toString();
    }
}
