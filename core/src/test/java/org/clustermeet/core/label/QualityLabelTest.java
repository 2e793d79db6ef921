package org.clustermeet.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityLabelTest {

    private static final OrganisationId SAC = OrganisationId.of("silesian-aviation-cluster");
    private static final OrganisationId ESCA = OrganisationId.of("esca");

    private static QualityLabel goldAssessedOn(LocalDate day) {
        return QualityLabel.gold(LabelId.of("gold"), SAC, ESCA, day, GoldAssessment.of("85", 2));
    }

    @Test
    void goldLabelAssessedInFebruary2018IsValidOnFourthDecember2019() {
        assertThat(goldAssessedOn(LocalDate.of(2018, 2, 15)).isValidOn(LocalDate.of(2019, 12, 4))).isTrue();
    }

    @Test
    void defaultValidityEndsOnTheLastDayOfTheMonth24MonthsAfterAssessment() {
        assertThat(goldAssessedOn(LocalDate.of(2018, 2, 15)).validUntil()).isEqualTo("2020-02-29");
        assertThat(QualityLabel.defaultValidUntil(LocalDate.of(2017, 2, 3))).isEqualTo("2019-02-28");
    }

    @Test
    void labelIsValidOnItsLastDayAndNotTheDayAfter() {
        QualityLabel label = goldAssessedOn(LocalDate.of(2018, 2, 15));
        assertThat(label.isValidOn(LocalDate.of(2020, 2, 29))).isTrue();
        assertThat(label.isValidOn(LocalDate.of(2020, 3, 1))).isFalse();
    }

    @Test
    void labelIsValidFromTheFirstDayOfItsAssessmentMonthAndNotTheDayBefore() {
        QualityLabel label = goldAssessedOn(LocalDate.of(2018, 2, 15));
        assertThat(label.validFrom()).isEqualTo("2018-02-01");
        assertThat(label.isValidOn(LocalDate.of(2018, 2, 1))).isTrue();
        assertThat(label.isValidOn(LocalDate.of(2018, 1, 31))).isFalse();
    }

    @Test
    void validityBeginsExactlyOnValidFromForAnyAssessmentDayAndAnyDay() {
        Random random = new Random(20191204L);
        for (int i = 0; i < 20_000; i++) {
            QualityLabel label = goldAssessedOn(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_000)));
            LocalDate day = label.assessedOn().plusDays(random.nextInt(1_600) - 800);
            assertThat(label.hasBegunBy(day)).as("%s on %s", label.assessedOn(), day)
                    .isEqualTo(!day.isBefore(label.validFrom()));
            assertThat(label.isValidOn(day)).as("%s on %s", label.assessedOn(), day)
                    .isEqualTo(!day.isBefore(label.validFrom()) && !day.isAfter(label.validUntil()));
        }
    }

    @Test
    void explicitValidUntilReplacesTheDefault() {
        QualityLabel label = goldAssessedOn(LocalDate.of(2018, 2, 15)).withValidUntil(LocalDate.of(2019, 6, 30));
        assertThat(label.isValidOn(LocalDate.of(2019, 7, 1))).isFalse();
    }

    @Test
    void validUntilBeforeAssessmentIsRefused() {
        assertThatThrownBy(() -> goldAssessedOn(LocalDate.of(2018, 2, 15)).withValidUntil(LocalDate.of(2018, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validUntil 2018-01-01");
    }

    @Test
    void goldScoreOf79Point9PercentIsRefused() {
        assertThatThrownBy(() -> GoldAssessment.of("79.9", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scorePercent").hasMessageContaining("79.9");
    }

    @Test
    void aGoldScoreWithAHugeExponentIsRefusedWithAShortMessage() {
        assertThatThrownBy(() -> GoldAssessment.of("1e999999999", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for Gold scorePercent (valid values 80 - 100): 1E+999999999");
    }

    @Test
    void goldScoreOfExactly80PercentIsAccepted() {
        assertThat(GoldAssessment.of("80", 2).scorePercent()).isEqualByComparingTo("80");
    }

    @Test
    void equalScoresWithDifferentTrailingZerosAreEqual() {
        assertThat(GoldAssessment.of("82.50", 2)).isEqualTo(GoldAssessment.of("82.5", 2));
        assertThat(GoldAssessment.of("80.00", 2).scorePercent()).hasToString("80");
    }

    @Test
    void goldNeedsThirtyOneIndicators() {
        assertThatThrownBy(() -> new GoldAssessment(new BigDecimal("90"), 30, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indicatorsAssessed")
                .hasMessageContaining("30");
    }

    @Test
    void goldNeedsTwoAssessors() {
        assertThatThrownBy(() -> GoldAssessment.of("90", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assessors").hasMessageContaining("1");
    }

    @Test
    void goldLabelWithoutAssessmentIsRefused() {
        assertThatThrownBy(() -> new QualityLabel(LabelId.of("g"), SAC, ESCA, LabelLevel.GOLD,
                LocalDate.of(2018, 2, 15), LocalDate.of(2020, 2, 29), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold assessment");
    }

    @Test
    void silverLabelWithGoldAssessmentIsRefused() {
        assertThatThrownBy(() -> new QualityLabel(LabelId.of("s"), SAC, ESCA, LabelLevel.SILVER,
                LocalDate.of(2018, 2, 15), LocalDate.of(2020, 2, 29), Optional.of(GoldAssessment.of("85", 2)),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SILVER");
    }

    @Test
    void levelsAreOrderedBronzeSilverGold() {
        assertThat(LabelLevel.GOLD.isAtLeast(LabelLevel.SILVER)).isTrue();
        assertThat(LabelLevel.BRONZE.isAtLeast(LabelLevel.SILVER)).isFalse();
        assertThat(LabelLevel.SILVER.isAtLeast(LabelLevel.SILVER)).isTrue();
    }

    @ParameterizedTest(name = "renewal assessed {0} after an expiry on 2019-02-28: allowed={1}")
    @CsvSource({"2019-03-15,true", "2020-02-28,true", "2020-02-29,false", "2020-03-28,false"})
    void renewalIsAllowedUpToOneYearAfterExpiry(LocalDate assessedOn, boolean allowed) {
        QualityLabel previous = goldAssessedOn(LocalDate.of(2017, 2, 10));
        assertThat(previous.validUntil()).isEqualTo("2019-02-28");
        if (allowed) {
            assertThat(QualityLabel.renewal(previous, LabelId.of("renewal"), ESCA, LabelLevel.SILVER, assessedOn,
                    Optional.empty()).renews()).contains(previous.id());
        } else {
            assertThatThrownBy(() -> QualityLabel.renewal(previous, LabelId.of("renewal"), ESCA, LabelLevel.SILVER,
                    assessedOn, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too late")
                    .hasMessageContaining("expired on 2019-02-28");
        }
    }

    @Test
    void renewalThirteenMonthsAfterExpiryIsRefused() {
        QualityLabel previous = goldAssessedOn(LocalDate.of(2017, 2, 10));
        LocalDate thirteenMonthsLater = previous.validUntil().plusMonths(13);
        assertThatThrownBy(() -> QualityLabel.renewal(previous, LabelId.of("late"), ESCA, LabelLevel.BRONZE,
                thirteenMonthsLater, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label late").hasMessageContaining("may be renewed until 2020-02-28");
    }

    @Test
    void labelCannotRenewItself() {
        assertThatThrownBy(() -> new QualityLabel(LabelId.of("x"), SAC, ESCA, LabelLevel.BRONZE,
                LocalDate.of(2018, 2, 15), LocalDate.of(2020, 2, 29), Optional.empty(), Optional.of(LabelId.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renew itself");
    }

    @Test
    void goldScoreOfExactly100PercentIsAcceptedAndAboveRefused() {
        assertThat(GoldAssessment.of("100", 2).scorePercent()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> GoldAssessment.of("100.01", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100.01");
    }

    @Test
    void aRenewalAssessedOnTheSameDayAsTheLabelItRenewsIsRefused() {
        QualityLabel previous = goldAssessedOn(LocalDate.of(2017, 2, 10));

        assertThatThrownBy(() -> QualityLabel.renewal(previous, LabelId.of("renewal"), ESCA, LabelLevel.SILVER,
                LocalDate.of(2017, 2, 10), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after the renewed label " + previous.id() + " (assessed on 2017-02-10)");
    }
}
