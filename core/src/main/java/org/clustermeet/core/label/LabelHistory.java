package org.clustermeet.core.label;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of one organisation's labels is in force on a day. A newer assessment supersedes the
 * older ones from the first day of its assessment month, whatever its level: a Silver assessment
 * in December 2019 ends a Gold label's force on 1 December 2019 (a downgrade shows), and an early
 * renewal never leaves two labels in force. The label in force is the most recently assessed
 * label whose validity has begun, provided it has not expired. Not instantiable.
 */
public final class LabelHistory {

    /** Newer assessments last: by assessment day, then by id for two assessments on one day. */
    public static final Comparator<QualityLabel> ASSESSMENT_ORDER = (a, b) -> {
        int byDay = a.assessedOn().compareTo(b.assessedOn());
        return byDay != 0 ? byDay : a.id().compareTo(b.id());
    };

    private LabelHistory() {
    }

    /**
     * Returns the label that governs a day: the most recently assessed label whose validity has
     * begun on or before it, expired or not.
     *
     * @param labels one holder's labels, not null
     * @param day    the day, not null
     * @return the governing label, or empty when no label has begun by that day
     */
    public static Optional<QualityLabel> latestBegun(Collection<QualityLabel> labels, LocalDate day) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(day, "day");
        QualityLabel latest = null;
        for (QualityLabel l : labels) {
            if (l.hasBegunBy(day) && (latest == null || ASSESSMENT_ORDER.compare(l, latest) > 0)) {
                latest = l;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the label in force on a day.
     *
     * @param labels one holder's labels, not null
     * @param day    the day, not null
     * @return the most recently assessed label whose validity has begun, if still valid that day
     */
    public static Optional<QualityLabel> inForce(Collection<QualityLabel> labels, LocalDate day) {
        return latestBegun(labels, day).filter(l -> !l.validUntil().isBefore(day));
    }

    /**
     * Counts, for each level, the holders whose label in force on a day is at least that level: a
     * Gold holder counts for Gold, Silver and Bronze.
     *
     * @param labelsOfEachHolder every holder's labels, one collection a holder; not null
     * @param day                the day, not null
     * @return an unmodifiable map with every level
     */
    public static Map<LabelLevel, Integer> holdersAtLeast(Collection<? extends Collection<QualityLabel>> labelsOfEachHolder,
                                                          LocalDate day) {
        Objects.requireNonNull(labelsOfEachHolder, "labelsOfEachHolder");
        Objects.requireNonNull(day, "day");
        int[] counts = new int[LabelLevel.values().length];
        for (Collection<QualityLabel> labels : labelsOfEachHolder) {
            LabelLevel highest = inForce(labels, day).map(QualityLabel::level).orElse(null);
            for (int level = 0; highest != null && level <= highest.ordinal(); level++) {
                counts[level]++;
            }
        }
        Map<LabelLevel, Integer> result = new EnumMap<>(LabelLevel.class);
        for (LabelLevel level : LabelLevel.values()) {
            result.put(level, counts[level.ordinal()]);
        }
        return Collections.unmodifiableMap(result);
    }
}
