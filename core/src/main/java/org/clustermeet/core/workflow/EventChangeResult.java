package org.clustermeet.core.workflow;

import java.util.Objects;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#changeEvent}: the registry after it and what new
 * places did to the waiting list. Immutable and thread-safe.
 *
 * @param registry   the registry after the change, not null
 * @param promotions who was promoted and who was refused on the way; not null
 * @param changes    the changes made: the event, then each promotion and refusal; not null
 */
public record EventChangeResult(Registry registry, Promotions promotions, ChangeSet changes) implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry   the registry after the change, not null
     * @param promotions who was promoted and who was refused on the way; not null
     * @param changes    the changes made; not null
     * @throws NullPointerException if an argument is null
     */
    public EventChangeResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(promotions, "promotions");
        Objects.requireNonNull(changes, "changes");
    }
}
