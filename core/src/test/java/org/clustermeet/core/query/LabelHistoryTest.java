package org.clustermeet.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityContext;
import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelHistory;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label in force on a day: a newer assessment supersedes the older from its assessment month. */
class LabelHistoryTest {

    private static final OrganisationId ESCA = OrganisationId.of("esca");
    private static final OrganisationId CLUSTER = OrganisationId.of("illustrative-cluster");
    private static final QualityLabel GOLD_2018 = QualityLabel.gold(LabelId.of("gold-2018"), CLUSTER, ESCA,
            LocalDate.of(2018, 2, 15), GoldAssessment.of("85", 2));
    private static final QualityLabel SILVER_2019 = QualityLabel.of(LabelId.of("silver-2019"), CLUSTER, ESCA,
            LabelLevel.SILVER, LocalDate.of(2019, 12, 10));

    private static Registry registry(QualityLabel... labels) {
        var b = Registry.builder()
                .add(new LabellingBody(ESCA, NameHistory.of("ESCA"), List.of(), Optional.empty(), Optional.empty()))
                .add(ClusterOrganisation.builder(CLUSTER, "Illustrative cluster", CountryCode.of("PL"))
                        .listedOnEccp(true).build());
        for (QualityLabel l : labels) {
            b.add(l);
        }
        return b.build();
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2018-01-31, ",            // before the Gold assessment month
            "2018-02-01, GOLD",        // the Gold assessment month begins
            "2019-11-30, GOLD",        // the day before the Silver assessment month
            "2019-12-01, SILVER",      // the Silver assessment month supersedes the Gold label
            "2020-01-15, SILVER",      // the day: no longer GOLD
            "2021-12-31, SILVER",      // the Silver label's last day
            "2022-01-01, ",            // the Silver label expired; the Gold label does not come back
    })
    void aDowngradeShowsFromItsAssessmentMonth(LocalDate day, LabelLevel expected) {
        assertThat(LabelQueries.of(registry(GOLD_2018, SILVER_2019)).levelInForce(CLUSTER, day))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void anEarlyRenewalLeavesOneLabelInForce() {
        QualityLabel renewal = QualityLabel.renewal(GOLD_2018, LabelId.of("gold-2019"), ESCA, LabelLevel.GOLD,
                LocalDate.of(2019, 11, 5), Optional.of(GoldAssessment.of("88", 2)));
        LocalDate day = LocalDate.of(2019, 12, 4);
        assertThat(GOLD_2018.isValidOn(day)).as("the old label alone would still be valid").isTrue();
        assertThat(LabelHistory.inForce(List.of(GOLD_2018, renewal), day)).contains(renewal);
        assertThat(LabelHistory.inForce(List.of(GOLD_2018, renewal), LocalDate.of(2019, 10, 31))).contains(GOLD_2018);
        LabelQueries queries = LabelQueries.of(registry(GOLD_2018, renewal));
        assertThat(queries.holders(LabelLevel.GOLD, day)).extracting(ClusterOrganisation::id).containsExactly(CLUSTER);
        assertThat(queries.holderCounts(day).get(LabelLevel.GOLD)).isEqualTo(1);
    }

    @Test
    void holdersAndCountsUseTheLabelInForce() {
        LabelQueries queries = LabelQueries.of(registry(GOLD_2018, SILVER_2019));
        LocalDate day = LocalDate.of(2020, 1, 15);
        assertThat(queries.holders(LabelLevel.GOLD, day)).isEmpty();
        assertThat(queries.holders(LabelLevel.SILVER, day)).extracting(ClusterOrganisation::id).containsExactly(CLUSTER);
        assertThat(queries.holders(LabelLevel.GOLD, day, CountryCode.of("PL"))).isEmpty();
        assertThat(queries.holderCounts(day)).containsEntry(LabelLevel.GOLD, 0).containsEntry(LabelLevel.SILVER, 1)
                .containsEntry(LabelLevel.BRONZE, 1);
    }

    @Test
    void holdersAreCountedAtTheirLevelInForceAndEveryLevelBelow() {
        QualityLabel bronze = QualityLabel.of(LabelId.of("bronze-2019"), OrganisationId.of("other-cluster"), ESCA,
                LabelLevel.BRONZE, LocalDate.of(2019, 3, 1));
        assertThat(LabelHistory.holdersAtLeast(List.of(List.of(GOLD_2018), List.of(bronze), List.of()),
                LocalDate.of(2019, 6, 1))).containsExactlyInAnyOrderEntriesOf(
                Map.of(LabelLevel.GOLD, 1, LabelLevel.SILVER, 1, LabelLevel.BRONZE, 2));
        assertThat(LabelHistory.holdersAtLeast(List.of(List.of(GOLD_2018, SILVER_2019)), LocalDate.of(2020, 1, 15)))
                .containsEntry(LabelLevel.GOLD, 0).containsEntry(LabelLevel.SILVER, 1);
    }

    @Test
    void aGoldPolicyRefusesAfterTheDowngradeNamingTheLabelInForce() {
        Registry r = registry(GOLD_2018, SILVER_2019).edit()
                .put(Person.of(PersonId.of("p"), "Illustrative", "Manager")).apply();
        var context = new EligibilityContext(r.person(PersonId.of("p")).orElseThrow(),
                r.organisation(CLUSTER).orElseThrow(), EventRole.CLUSTER_MANAGER, LocalDate.of(2020, 1, 15),
                RegistryFacts.of(r));
        assertThat(EligibilityPolicy.holdsLabel(LabelLevel.GOLD).evaluate(context).failures()).containsExactly(
                "Illustrative cluster holds no GOLD label valid on 2020-01-15: the label in force is its SILVER label "
                        + "assessed on 2019-12-10");
        assertThat(EligibilityPolicy.holdsLabel(LabelLevel.SILVER).evaluate(context).isEligible()).isTrue();
    }

    @Test
    void twoAssessmentsOnOneDayAreOrderedById() {
        QualityLabel a = QualityLabel.of(LabelId.of("a"), CLUSTER, ESCA, LabelLevel.BRONZE, LocalDate.of(2019, 3, 1));
        QualityLabel b = QualityLabel.of(LabelId.of("b"), CLUSTER, ESCA, LabelLevel.SILVER, LocalDate.of(2019, 3, 1));
        assertThat(LabelHistory.inForce(List.of(b, a), LocalDate.of(2019, 3, 2))).contains(b);
    }
}
