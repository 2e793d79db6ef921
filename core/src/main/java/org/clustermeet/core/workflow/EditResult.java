package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.query.IneligibleRegistration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#edit}, a plain edit of entities: the registry after
 * it, the changes, and the registrations the edit left holding a place they would no longer get
 * (a label removed or ended, a role or a membership ended). Immutable and thread-safe.
 *
 * @param registry         the registry after the edit, not null
 * @param changes          the changes made, not null
 * @param noLongerEligible the registrations the edit left without the right to their place, at
 *                         every event still to come, in event and id order: kept, for the organiser
 *                         to decide; not null
 */
public record EditResult(Registry registry, ChangeSet changes, List<IneligibleRegistration> noLongerEligible)
        implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry         the registry after the edit, not null
     * @param changes          the changes made, not null
     * @param noLongerEligible the registrations left without the right to their place, not null
     * @throws NullPointerException if an argument is null
     */
    public EditResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(changes, "changes");
        noLongerEligible = List.copyOf(Objects.requireNonNull(noLongerEligible, "noLongerEligible"));
    }
}
