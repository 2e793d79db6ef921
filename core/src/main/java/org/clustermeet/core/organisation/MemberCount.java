package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A cluster organisation's members and SME members as counted on a day, or counted on a day not
 * recorded. Immutable and thread-safe.
 *
 * @param asOf  the day of the count, if recorded; not null
 * @param total all member organisations, at least {@code smes}
 * @param smes  the SME members, at least 0
 */
public record MemberCount(Optional<LocalDate> asOf, int total, int smes) {

    /**
     * Validates the count.
     *
     * @param asOf  the day of the count, if recorded; not null
     * @param total all member organisations, at least {@code smes}
     * @param smes  the SME members, at least 0
     * @throws NullPointerException     if {@code asOf} is null
     * @throws IllegalArgumentException if the counts break {@code 0 <= smes <= total}
     */
    public MemberCount {
        Objects.requireNonNull(asOf, "asOf");
        if (smes < 0) {
            throw new IllegalArgumentException("smeMembers must be >= 0: " + smes);
        }
        if (smes > total) {
            throw new IllegalArgumentException("smeMembers " + smes + " exceeds totalMembers " + total);
        }
    }

    /**
     * Returns a count made on a day.
     *
     * @param asOf  the day, not null
     * @param total all members, at least {@code smes}
     * @param smes  SME members, at least 0
     * @return the count
     */
    public static MemberCount asOf(LocalDate asOf, int total, int smes) {
        return new MemberCount(Optional.of(Objects.requireNonNull(asOf, "asOf")), total, smes);
    }
}
