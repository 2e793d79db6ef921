package org.clustermeet.core.duplicate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.clustermeet.core.id.PersonId;

/**
 * Two people who may be one, with how likely and why. Immutable.
 *
 * @param first   the person whose id sorts first, not null
 * @param second  the other, not null and not {@code first}
 * @param score   the sum of the reasons' weights, at most 1
 * @param reasons why, not empty
 */
public record DuplicatePair(PersonId first, PersonId second, double score, Set<DuplicateReason> reasons) {

    /**
     * Validates the pair.
     *
     * @param first   not null
     * @param second  not null, sorting after {@code first}
     * @param score   0 to 1
     * @param reasons not empty
     * @throws IllegalArgumentException naming the ids, if the pair is not ordered or has no reason
     */
    public DuplicatePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(reasons, "reasons");
        if (first.value().compareTo(second.value()) >= 0) {
            throw new IllegalArgumentException("a duplicate pair names two people in id order, not " + first + " and "
                    + second);
        }
        if (reasons.isEmpty() || score <= 0 || score > 1) {
            throw new IllegalArgumentException("duplicate pair " + first + ", " + second + " needs reasons and a "
                    + "score above 0 and at most 1, not " + score);
        }
        reasons = Set.copyOf(EnumSet.copyOf(reasons));
    }

    /** {@return the reasons in words, strongest first, joined by commas} */
    public String describe() {
        return String.join(", ", EnumSet.copyOf(reasons).stream().map(DuplicateReason::words).toList());
    }
}
