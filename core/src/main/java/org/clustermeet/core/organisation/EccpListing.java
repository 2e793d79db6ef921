package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.value.DateRange;

/**
 * A cluster organisation's profile on the European Cluster Collaboration Platform (ECCP), which
 * labels assessed from 15 November 2019 require on their assessment day. A listing records the
 * period it is known to have existed; a listing whose dates were not recorded counts as listed on
 * every day (documents written before listings had dates hold only "listed: yes"). Immutable and
 * thread-safe.
 *
 * @param period when the organisation was listed, if recorded; not null
 */
public record EccpListing(Optional<DateRange> period) {

    /** A listing whose dates were not recorded. */
    public static final EccpListing UNDATED = new EccpListing(Optional.empty());

    /**
     * Validates the listing.
     *
     * @param period when the organisation was listed, if recorded; not null
     * @throws NullPointerException if {@code period} is null
     */
    public EccpListing {
        Objects.requireNonNull(period, "period");
    }

    /**
     * Returns a listing during a period.
     *
     * @param period the period, not null
     * @return the listing
     */
    public static EccpListing during(DateRange period) {
        return new EccpListing(Optional.of(Objects.requireNonNull(period, "period")));
    }

    /**
     * Tells whether the organisation was listed on a day.
     *
     * @param day the day, not null
     * @return true when the period contains the day, or when no period was recorded
     */
    public boolean isListedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return period.map(p -> p.contains(day)).orElse(true);
    }

    /** {@return "listed from 2019-01-01 until 2021-06-30", or "listed (dates not recorded)"} */
    @Override
    public String toString() {
        return period.map(p -> "listed from " + p.from() + p.until().map(u -> " until " + u).orElse(""))
                .orElse("listed (dates not recorded)");
    }
}
