package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;

/**
 * A registry that takes the steps of the registration workflow, one at a time, from any number of
 * threads: {@link SharedRegistry} in memory, the store module's {@code RegistryStore} in a
 * database. An application written against this interface moves between the two in one line.
 *
 * <p>Each step is decided on the latest registry as {@link RegistrationWorkflow} decides it,
 * answered with the registry after it and exactly the changes it made, and names the
 * {@link Actor} who asked, which the history keeps with what happened. A step that throws changes
 * nothing. Reading the registry never waits.
 */
public interface WorkflowRegistry {

    /** {@return the registry as of the latest step; never waits} */
    Registry registry();

    /**
     * Answers a registration request as {@link RegistrationWorkflow#register} does.
     *
     * @param request the request, not null
     * @param actor   who asked, not null
     * @return the outcome (refused: nothing changed)
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     */
    RegistrationResult register(RegistrationRequest request, Actor actor);

    /**
     * Registers a person with an id and an arrival time given by the registry: the arrival is
     * stamped by an {@link ArrivalClock}, so that waiting lists follow the order in which
     * requests arrived.
     *
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation represented, not null
     * @param role         the role at the event, not null
     * @param attends      IN_PERSON or ONLINE, not null
     * @param actor        who asked, not null
     * @return the outcome (refused: nothing changed)
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#register} does
     */
    RegistrationResult registerNow(EventId event, PersonId person, OrganisationId organisation, EventRole role,
                                   AttendanceMode attends, Actor actor);

    /**
     * Cancels a registration as {@link RegistrationWorkflow#cancel} does, promotions included.
     *
     * @param id    the registration's id, not null
     * @param actor who asked, not null
     * @return the result
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#cancel} does
     */
    CancellationResult cancel(RegistrationId id, Actor actor);

    /**
     * Records that a registered person took part, as {@link RegistrationWorkflow#markAttended} does.
     *
     * @param id    the registration's id, not null
     * @param actor who asked, not null
     * @return the result
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#markAttended} does
     */
    AttendanceResult markAttended(RegistrationId id, Actor actor);

    /**
     * Stores a changed event as {@link RegistrationWorkflow#changeEvent} does, promotions included.
     *
     * @param event the changed or new event, not null
     * @param actor who asked, not null
     * @return the result
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#changeEvent} does
     */
    EventChangeResult changeEvent(Event event, Actor actor);

    /**
     * Cancels an event as {@link RegistrationWorkflow#cancelEvent} does, its registrations included.
     *
     * @param id    the event's id, not null
     * @param actor who asked, not null
     * @return the result
     * @throws IllegalArgumentException as {@link RegistrationWorkflow#cancelEvent} does
     */
    EventCancellationResult cancelEvent(EventId id, Actor actor);

    /**
     * Edits entities as one step: the edit is made on the latest registry and applied as
     * {@link RegistryEdit#apply()} applies it. An implementation may make the edit more than once
     * (a store does when another process changed the database first), so it should only put and
     * remove. An edit that changes nothing is not recorded.
     * <pre>{@code
     * registry.edit(e -> e.put(organisation).put(label).remove(oldLabel.id()), Actor.of("secretariat"));
     * }</pre>
     *
     * @param edit  puts and removes entities, not null
     * @param actor who asked, not null
     * @return the registry after it, the changes, and the registrations the edit left holding a
     *         place they would no longer get (kept, for the organiser to decide)
     * @throws org.clustermeet.core.registry.RegistryIntegrityException naming every problem, if the
     *         edit would break a rule
     * @throws IllegalArgumentException if the edit removes an entity that does not exist
     */
    EditResult edit(Consumer<RegistryEdit> edit, Actor actor);

    /**
     * Returns what happened to a registration, in order: registered or waitlisted (with its
     * position), promoted, refused on promotion (with the reasons), cancelled, attended, edited.
     *
     * @param id the registration's id, not null
     * @return the history, oldest first; empty when no step named it
     */
    List<HistoryEntry> history(RegistrationId id);

    /**
     * Returns what happened to a person's registrations, and to the person's record.
     *
     * @param id the person's id, not null
     * @return the history, oldest first
     */
    List<HistoryEntry> history(PersonId id);

    /**
     * Returns what happened at an event: to the event itself and to every registration for it.
     *
     * @param id the event's id, not null
     * @return the history, oldest first
     */
    List<HistoryEntry> history(EventId id);

    /**
     * Returns how many times an event itself was changed (by the workflow, or put by an edit: its
     * dates, times, venue, programme, ...) or cancelled, as its history tells: the revision
     * calendars need, so that an entry they hold is replaced. Changes to its registrations do not count.
     *
     * @param id the event's id, not null
     * @return the number of such changes, 0 for an event never changed
     */
    default int revision(EventId id) {
        return (int) history(id).stream().map(HistoryEntry::happening).filter(Happening::changesEvent).count();
    }

    /**
     * Applies a change set as one step, checked as {@link Registry#apply(ChangeSet)} checks it.
     *
     * @param changes the changes, not null
     * @param actor   who asked, not null
     * @return the registry after it and the changes
     * @throws org.clustermeet.core.registry.RegistryIntegrityException naming every problem, if the
     *         changes would break a rule
     * @throws IllegalArgumentException if a change removes an entity that does not exist
     */
    default EditResult apply(ChangeSet changes, Actor actor) {
        Objects.requireNonNull(changes, "changes");
        return edit(e -> e.add(changes), actor);
    }
}
