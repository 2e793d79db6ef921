package org.clustermeet.core.eligibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The checks of the arguments that composite and set-valued policies share. */
final class PolicyArguments {

    private PolicyArguments() {
    }

    static List<EligibilityPolicy> nonEmptyCopy(String what, List<EligibilityPolicy> policies) {
        List<EligibilityPolicy> copy = List.copyOf(Objects.requireNonNull(policies, what));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one policy");
        }
        return copy;
    }

    static <E extends Enum<E>> Set<E> nonEmptyEnumSet(String what, Set<E> values, Class<E> type) {
        Objects.requireNonNull(values, what);
        values.forEach(v -> Objects.requireNonNull(v, what + " element"));
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one value");
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
