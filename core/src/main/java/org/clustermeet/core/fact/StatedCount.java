package org.clustermeet.core.fact;

import java.time.LocalDate;
import java.util.Objects;

import org.clustermeet.core.id.FactId;
import org.clustermeet.core.internal.Texts;

/**
 * A count that a source states, recorded as a dated fact rather than derived from a registry that
 * may be incomplete: "about 100 Gold labels around December 2019", "137 Gold labels in 2023".
 * Immutable and thread-safe.
 *
 * @param id        the identifier, not null
 * @param subject   what is counted, for example "cluster organisations holding a GOLD label"; not blank
 * @param qualifier how exact the source is, not null
 * @param value     the count stated, at least 0
 * @param asOf      the day the count refers to; with {@code precision} MONTH or YEAR, the first day
 *                  of that month or year; not null
 * @param precision how precisely the source dates the count, not null
 * @param source    where the count is stated, not blank
 */
public record StatedCount(FactId id, String subject, Qualifier qualifier, long value, LocalDate asOf,
                          Precision precision, String source) {

    /** How exact a stated count is. */
    public enum Qualifier {
        /** Exactly the value. */
        EXACTLY("", ""),
        /** Roughly the value. */
        ABOUT("about ", "około "),
        /** More than the value. */
        MORE_THAN("more than ", "ponad "),
        /** Close to the value and below it: "nearly half" (Polish "blisko"). */
        NEARLY("nearly ", "blisko "),
        /** The value or more: "sectors that include energy, health, ...". */
        AT_LEAST("at least ", "co najmniej ");

        private final String prefix;
        private final String polish;

        Qualifier(String prefix, String polish) {
            this.prefix = prefix;
            this.polish = polish;
        }

        /** {@return the words put before the value, for example "about "} */
        public String prefix() {
            return prefix;
        }

        /**
         * Returns the words put before the value in a language: "około " in Polish.
         *
         * @param locale the language (Polish for {@code pl}, else English), not null
         * @return the words, with a trailing space unless empty
         */
        public String prefix(java.util.Locale locale) {
            return Texts.isPolish(locale) ? polish : prefix;
        }
    }

    /** How precisely a source dates a count. */
    public enum Precision {
        /** The exact day. */
        DAY,
        /** The month. */
        MONTH,
        /** The year. */
        YEAR
    }

    /**
     * Validates the fact.
     *
     * @param id        the identifier, not null
     * @param subject   what is counted, for example "cluster organisations holding a GOLD label"; not blank
     * @param qualifier how exact the source is, not null
     * @param value     the count stated, at least 0
     * @param asOf      the day the count refers to; with {@code precision} MONTH or YEAR, the first day
     *     of that month or year; not null
     * @param precision how precisely the source dates the count, not null
     * @param source    where the count is stated, not blank
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the value is negative, a text is blank, or {@code asOf}
     *                                  is not the first day of its month or year where the precision says so
     */
    public StatedCount {
        Objects.requireNonNull(id, "id");
        Texts.requireText("subject of fact " + id, subject);
        Objects.requireNonNull(qualifier, "qualifier");
        if (value < 0) {
            throw new IllegalArgumentException("Invalid value for fact " + id + " (at least 0): " + value);
        }
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && asOf.getDayOfMonth() != 1
                || precision == Precision.YEAR && asOf.getDayOfYear() != 1) {
            throw new IllegalArgumentException("fact " + id + ": asOf " + asOf + " must be the first day of its "
                    + precision.name().toLowerCase(java.util.Locale.ROOT) + " when the precision is " + precision);
        }
        Texts.requireText("source of fact " + id, source);
    }

    /** {@return the count in words, for example "about 100 (2019-12)"} */
    public String describe() {
        String when = switch (precision) {
            case DAY -> asOf.toString();
            case MONTH -> asOf.toString().substring(0, 7);
            case YEAR -> String.valueOf(asOf.getYear());
        };
        return subject + ": " + qualifier.prefix() + value + " (" + when + ", " + source + ")";
    }
}
