package org.clustermeet.core.label;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;

/**
 * A European Cluster Excellence quality label held by a cluster organisation.
 *
 * <p>A label is valid from the first day of its assessment month through {@code validUntil}.
 * By default {@code validUntil} is the last day of the month 24 months after the assessment month
 * (a label assessed in February 2018 is valid through 29 February 2020); an explicit value may be
 * recorded instead. A Gold label records its {@link GoldAssessment}; other levels record none.
 * A renewal names the label it renews and must be assessed at most one year after that label
 * expired ({@link #renewal}). A label assessed on or after {@link #ECCP_LISTING_REQUIRED_FROM}
 * requires its holder to be listed on the ECCP; the registry checks this. Immutable and thread-safe.
 *
 * @param id         the identifier, not null
 * @param holder     the cluster organisation holding the label, not null
 * @param issuer     the labelling body that issued it, not null
 * @param level      the level, not null
 * @param assessedOn the day of the assessment, not null
 * @param validUntil the last valid day, not before {@code assessedOn}; not null
 * @param gold       the Gold assessment: present exactly when {@code level} is GOLD; not null
 * @param renews     the earlier label this one renews, if any; not null
 */
public record QualityLabel(LabelId id, OrganisationId holder, OrganisationId issuer, LabelLevel level,
                           LocalDate assessedOn, LocalDate validUntil, Optional<GoldAssessment> gold,
                           Optional<LabelId> renews) {

    /** Months of validity after the assessment month. */
    public static final int VALIDITY_MONTHS = 24;

    /**
     * The first assessment day for which the holder must be listed on the European Cluster
     * Collaboration Platform (ECCP): 15 November 2019. The registry checks it.
     */
    public static final LocalDate ECCP_LISTING_REQUIRED_FROM = LocalDate.of(2019, 11, 15);

    /** Years after expiry within which a renewal is still allowed. */
    public static final int RENEWAL_GRACE_YEARS = 1;

    /**
     * Validates the label.
     *
     * @param id         the identifier, not null
     * @param holder     the cluster organisation holding the label, not null
     * @param issuer     the labelling body that issued it, not null
     * @param level      the level, not null
     * @param assessedOn the day of the assessment, not null
     * @param validUntil the last valid day, not before {@code assessedOn}; not null
     * @param gold       the Gold assessment: present exactly when {@code level} is GOLD; not null
     * @param renews     the earlier label this one renews, if any; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code validUntil} is before {@code assessedOn}, a Gold
     *                                  label lacks its assessment or another level has one, or the
     *                                  label renews itself
     */
    public QualityLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(renews, "renews");
        if (validUntil.isBefore(assessedOn)) {
            throw new IllegalArgumentException("label " + id + ": validUntil " + validUntil
                    + " is before assessedOn " + assessedOn);
        }
        if (level == LabelLevel.GOLD && gold.isEmpty()) {
            throw new IllegalArgumentException("label " + id + ": a GOLD label must record its gold assessment "
                    + "(score, indicators, assessors)");
        }
        if (level != LabelLevel.GOLD && gold.isPresent()) {
            throw new IllegalArgumentException("label " + id + ": a " + level
                    + " label cannot carry a gold assessment");
        }
        if (renews.isPresent() && renews.get().equals(id)) {
            throw new IllegalArgumentException("label " + id + " cannot renew itself");
        }
    }

    /**
     * Returns the default last valid day for an assessment day: the last day of the month 24
     * months after the assessment month.
     *
     * @param assessedOn the assessment day, not null
     * @return the default {@code validUntil}
     */
    public static LocalDate defaultValidUntil(LocalDate assessedOn) {
        return YearMonth.from(assessedOn).plusMonths(VALIDITY_MONTHS).atEndOfMonth();
    }

    /**
     * Returns a Bronze or Silver label valid for the default period.
     *
     * @param id         the identifier, not null
     * @param holder     the cluster organisation, not null
     * @param issuer     the labelling body, not null
     * @param level      BRONZE or SILVER
     * @param assessedOn the assessment day, not null
     * @return the label
     * @throws IllegalArgumentException if {@code level} is GOLD (use {@link #gold})
     */
    public static QualityLabel of(LabelId id, OrganisationId holder, OrganisationId issuer, LabelLevel level,
                                  LocalDate assessedOn) {
        return new QualityLabel(id, holder, issuer, level, assessedOn, defaultValidUntil(assessedOn),
                Optional.empty(), Optional.empty());
    }

    /**
     * Returns a Gold label valid for the default period.
     *
     * @param id         the identifier, not null
     * @param holder     the cluster organisation, not null
     * @param issuer     the labelling body, not null
     * @param assessedOn the assessment day, not null
     * @param assessment the score, indicators and assessors, not null
     * @return the label
     */
    public static QualityLabel gold(LabelId id, OrganisationId holder, OrganisationId issuer, LocalDate assessedOn,
                                    GoldAssessment assessment) {
        return new QualityLabel(id, holder, issuer, LabelLevel.GOLD, assessedOn, defaultValidUntil(assessedOn),
                Optional.of(Objects.requireNonNull(assessment, "assessment")), Optional.empty());
    }

    /**
     * Returns a label that renews {@code previous} for the same holder, valid for the default
     * period, after checking that renewal is still allowed.
     *
     * @param previous   the label being renewed, not null
     * @param id         the new label's identifier, not null
     * @param issuer     the labelling body, not null
     * @param level      the level obtained, not null
     * @param assessedOn the assessment day, at most one year after {@code previous} expired
     * @param gold       the Gold assessment, present exactly when {@code level} is GOLD; not null
     * @return the renewal
     * @throws IllegalArgumentException if the renewal comes too late
     */
    public static QualityLabel renewal(QualityLabel previous, LabelId id, OrganisationId issuer, LabelLevel level,
                                       LocalDate assessedOn, Optional<GoldAssessment> gold) {
        Objects.requireNonNull(previous, "previous");
        QualityLabel renewal = new QualityLabel(id, previous.holder(), issuer, level, assessedOn,
                defaultValidUntil(assessedOn), gold, Optional.of(previous.id()));
        renewal.renewalProblem(previous).ifPresent(p -> {
            throw new IllegalArgumentException("label " + id + " " + p);
        });
        return renewal;
    }

    /**
     * Checks this label against the label it claims to renew.
     *
     * @param previous the label named by {@link #renews()}, not null
     * @return what is wrong, phrased to follow the label's id ("renews label x of another
     *         holder ..."), or empty when the renewal is allowed
     */
    public Optional<String> renewalProblem(QualityLabel previous) {
        Objects.requireNonNull(previous, "previous");
        if (!previous.holder().equals(holder)) {
            return Optional.of("renews label " + previous.id() + " of another holder ("
                    + previous.holder() + ", not " + holder + ")");
        }
        LocalDate latest = renewalDeadline(previous);
        if (assessedOn.isAfter(latest)) {
            return Optional.of("is a renewal assessed on " + assessedOn + ", which comes too late: label "
                    + previous.id() + " expired on " + previous.validUntil()
                    + " and may be renewed until " + latest);
        }
        if (!assessedOn.isAfter(previous.assessedOn())) {
            return Optional.of("is a renewal assessed on " + assessedOn
                    + ", not after the renewed label " + previous.id() + " (assessed on "
                    + previous.assessedOn() + ")");
        }
        return Optional.empty();
    }

    /**
     * Returns the last day on which a label can still be renewed: one year after it expires.
     *
     * @param label the label, not null
     * @return {@code validUntil} plus one year
     */
    public static LocalDate renewalDeadline(QualityLabel label) {
        return label.validUntil().plusYears(RENEWAL_GRACE_YEARS);
    }

    /** {@return the first valid day: the first day of the assessment month} */
    public LocalDate validFrom() {
        return assessedOn.withDayOfMonth(1);
    }

    /**
     * Whether the validity has begun on or before a day: {@code validFrom() <= day}, compared by
     * year and month so that the queries asking it of many labels make no date.
     */
    boolean hasBegunBy(LocalDate day) {
        int year = assessedOn.getYear();
        return year < day.getYear() || year == day.getYear() && assessedOn.getMonthValue() <= day.getMonthValue();
    }

    /**
     * Tells whether the label is valid on a day.
     *
     * @param day the day, not null
     * @return true when {@code validFrom() <= day <= validUntil()}
     */
    public boolean isValidOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return hasBegunBy(day) && !day.isAfter(validUntil);
    }

    /**
     * Returns a copy with an explicit last valid day.
     *
     * @param validUntil the last valid day, not before {@code assessedOn}
     * @return the changed copy, or {@code this} if unchanged
     */
    public QualityLabel withValidUntil(LocalDate validUntil) {
        return validUntil.equals(this.validUntil) ? this
                : new QualityLabel(id, holder, issuer, level, assessedOn, validUntil, gold, renews);
    }
}
