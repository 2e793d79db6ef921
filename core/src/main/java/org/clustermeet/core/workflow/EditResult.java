package org.clustermeet.core.workflow;

import java.util.Objects;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to a plain edit of entities made through a {@link WorkflowRegistry}: the registry
 * after it and the changes. Immutable and thread-safe.
 *
 * @param registry the registry after the edit, not null
 * @param changes  the changes made, not null
 */
public record EditResult(Registry registry, ChangeSet changes) implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry the registry after the edit, not null
     * @param changes  the changes made, not null
     * @throws NullPointerException if an argument is null
     */
    public EditResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(changes, "changes");
    }
}
