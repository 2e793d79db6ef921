package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#cancelEvent}: the registry after it, the event now
 * CANCELLED, the registrations it closed as CANCELLED_BY_ORGANISER, and the changes. Immutable and
 * thread-safe.
 *
 * @param registry  the registry after it, not null
 * @param event     the event, now CANCELLED; not null
 * @param cancelled the registrations that were registered or waitlisted, now CANCELLED_BY_ORGANISER, in id order;
 *                  not null
 * @param changes   the changes made, not null
 */
public record EventCancellationResult(Registry registry, Event event, List<Registration> cancelled, ChangeSet changes)
        implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry  the registry after it, not null
     * @param event     the event, now CANCELLED; not null
     * @param cancelled the registrations closed, not null
     * @param changes   the changes made, not null
     * @throws NullPointerException if an argument or an element is null
     */
    public EventCancellationResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(event, "event");
        cancelled = List.copyOf(Objects.requireNonNull(cancelled, "cancelled"));
        Objects.requireNonNull(changes, "changes");
    }
}
