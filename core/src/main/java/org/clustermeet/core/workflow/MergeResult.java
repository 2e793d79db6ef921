package org.clustermeet.core.workflow;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;

/**
 * The answer to {@link RegistrationWorkflow#merge}: two records of one person made one. The kept
 * person holds the roles of both, the stricter answer on publishing the name, and every
 * registration and session reference of the merged one; a second registration for one event was
 * cancelled as a duplicate, its place going to the waiting list. Immutable and thread-safe.
 *
 * @param registry   the registry after the merge, not null
 * @param kept       the kept person as merged, not null
 * @param merged     the id of the person merged into it, no longer in the registry; not null
 * @param moved      the merged person's registrations, now the kept person's; not null
 * @param duplicates the registrations cancelled as duplicates, now CANCELLED; not null
 * @param promotions who took the places the duplicates freed, and who was refused; not null
 * @param changes    the changes made, in order; not null
 */
public record MergeResult(Registry registry, Person kept, PersonId merged, List<Registration> moved,
                          List<Registration> duplicates, Promotions promotions, ChangeSet changes)
        implements StepResult {

    /**
     * Validates the result.
     *
     * @param registry   not null
     * @param kept       not null
     * @param merged     not null
     * @param moved      not null
     * @param duplicates not null
     * @param promotions not null
     * @param changes    not null
     * @throws NullPointerException if an argument is null
     */
    public MergeResult {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(merged, "merged");
        moved = List.copyOf(Objects.requireNonNull(moved, "moved"));
        duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
        Objects.requireNonNull(promotions, "promotions");
        Objects.requireNonNull(changes, "changes");
    }
}
