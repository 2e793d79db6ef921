package org.clustermeet.core.label;

import java.math.BigDecimal;
import java.util.Objects;

import org.clustermeet.core.text.Echo;

/**
 * What a Gold assessment records: the total score, the indicators assessed and the number of
 * assessors on site. Immutable and thread-safe.
 *
 * @param scorePercent       the total score in percent, from 80 to 100 inclusive, stored without
 *                           trailing zeros ({@code 82.50} is kept as {@code 82.5}) so that equal
 *                           scores are equal records; not null
 * @param indicatorsAssessed the number of indicators assessed: exactly {@value #INDICATORS}
 * @param assessors          the number of assessors on site, at least {@value #MIN_ASSESSORS}
 */
public record GoldAssessment(BigDecimal scorePercent, int indicatorsAssessed, int assessors) {

    /** The lowest total score that earns a Gold label, in percent. */
    public static final BigDecimal PASS_MARK = BigDecimal.valueOf(80);

    /** The number of indicators a Gold assessment covers. */
    public static final int INDICATORS = 31;

    /** The fewest assessors a Gold assessment needs on site. */
    public static final int MIN_ASSESSORS = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the assessment.
     *
     * @param scorePercent       the total score in percent, from 80 to 100 inclusive, stored without
     *     trailing zeros ({@code 82.50} is kept as {@code 82.5}) so that equal
     *     scores are equal records; not null
     * @param indicatorsAssessed the number of indicators assessed: exactly {@value #INDICATORS}
     * @param assessors          the number of assessors on site, at least {@value #MIN_ASSESSORS}
     * @throws NullPointerException     if {@code scorePercent} is null
     * @throws IllegalArgumentException if the score is below 80 or above 100, the indicators are
     *                                  not 31, or fewer than 2 assessors took part
     */
    public GoldAssessment {
        Objects.requireNonNull(scorePercent, "scorePercent");
        if (scorePercent.compareTo(PASS_MARK) < 0 || scorePercent.compareTo(HUNDRED) > 0) {
            // toString, not toPlainString: 1E+999999999 would be a billion digits
            throw new IllegalArgumentException("Invalid value for Gold scorePercent (valid values 80 - 100): "
                    + Echo.cut(scorePercent.toString()));
        }
        if (indicatorsAssessed != INDICATORS) {
            throw new IllegalArgumentException("Invalid value for Gold indicatorsAssessed (must be "
                    + INDICATORS + "): " + indicatorsAssessed);
        }
        scorePercent = scorePercent.stripTrailingZeros();
        if (scorePercent.scale() < 0) {
            scorePercent = scorePercent.setScale(0);
        }
        if (assessors < MIN_ASSESSORS) {
            throw new IllegalArgumentException("Invalid value for Gold assessors (at least "
                    + MIN_ASSESSORS + "): " + assessors);
        }
    }

    /**
     * Returns an assessment of all 31 indicators.
     *
     * @param scorePercent the total score in percent, as text such as {@code "85.5"}; 80 to 100
     * @param assessors    the assessors on site, at least 2
     * @return the assessment
     */
    public static GoldAssessment of(String scorePercent, int assessors) {
        return new GoldAssessment(new BigDecimal(Objects.requireNonNull(scorePercent, "scorePercent")),
                INDICATORS, assessors);
    }
}
