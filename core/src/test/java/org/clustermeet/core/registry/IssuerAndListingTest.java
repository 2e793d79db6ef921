package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.core.registry.TestRegistry.ESCA;
import static org.clustermeet.core.registry.TestRegistry.SAC;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.value.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labelling bodies issue labels during a period; ECCP listings have dates. */
class IssuerAndListingTest {

    private static final OrganisationId EUCLES = OrganisationId.of("eucles");

    /** The test registry with EUCLES issuing from December 2020 and ESCA from 2010. */
    private static Registry registry() {
        Registry r = TestRegistry.build();
        LabellingBody esca = (LabellingBody) r.organisation(ESCA).orElseThrow();
        return r.edit().put(esca.withIssuing(DateRange.of(LocalDate.of(2010, 1, 1))))
                .put(new LabellingBody(EUCLES, NameHistory.of("EUCLES"), List.of(), Optional.empty(), Optional.empty(),
                        Optional.of(DateRange.of(LocalDate.of(2020, 12, 1)))))
                .put(((ClusterOrganisation) r.organisation(SAC).orElseThrow()).toBuilder().listedOnEccp(true).build())
                .apply();
    }

    private static List<IntegrityProblem> problemsOf(Registry r, QualityLabel label) {
        return r.toBuilder().add(label).validate();
    }

    @ParameterizedTest(name = "EUCLES label assessed on {0}: accepted {1}")
    @CsvSource({
            "2018-02-15, false",   // the issue's case: EUCLES did not issue labels in 2018
            "2020-11-30, false",   // the day before EUCLES began
            "2020-12-01, true",    // the day it began
            "2020-12-02, true",
    })
    void aLabelOutsideItsIssuersPeriodIsRefusedWithTheReason(LocalDate assessed, boolean accepted) {
        QualityLabel gold = QualityLabel.gold(LabelId.of("sac-eucles"), SAC, EUCLES, assessed, GoldAssessment.of("85", 2));
        List<IntegrityProblem> problems = problemsOf(registry(), gold);
        if (accepted) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(IntegrityProblem::toString).containsExactly("label sac-eucles: issuer eucles "
                    + "issues labels from 2020-12-01, but the label was assessed on " + assessed);
        }
    }

    @ParameterizedTest(name = "ESCA label assessed on {0}: accepted {1}")
    @CsvSource({"2009-12-31, false", "2010-01-01, true", "2018-02-15, true"})
    void escaIssuesFrom2010(LocalDate assessed, boolean accepted) {
        QualityLabel bronze = QualityLabel.of(LabelId.of("sac-bronze"), SAC, ESCA, LabelLevel.BRONZE, assessed);
        assertThat(problemsOf(registry(), bronze).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "listing {0}..{1}, label assessed on {2}: accepted {3}")
    @CsvSource({
            "2018-01-01, 2021-06-30, 2020-03-02, true",    // the issue's case: listed while the 2020 label was assessed
            "2018-01-01, 2020-03-01, 2020-03-02, false",   // the listing ended the day before
            "2018-01-01, 2020-03-02, 2020-03-02, true",    // it ended on the assessment day
            "2020-03-03, 2021-06-30, 2020-03-02, false",   // it began the day after
            "2018-01-01, 2019-06-30, 2019-11-14, true",    // assessed before 15 November 2019: no listing needed
    })
    void aLabelNeedsAListingOnItsAssessmentDay(LocalDate from, LocalDate until, LocalDate assessed, boolean accepted) {
        Registry r = registry();
        ClusterOrganisation sac = (ClusterOrganisation) r.organisation(SAC).orElseThrow();
        Registry dated = r.edit().put(sac.toBuilder().listedOnEccp(DateRange.of(from, until)).build()).apply();
        QualityLabel silver = QualityLabel.of(LabelId.of("sac-silver"), SAC, ESCA, LabelLevel.SILVER, assessed);
        List<IntegrityProblem> problems = problemsOf(dated, silver);
        if (accepted) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(IntegrityProblem::toString).containsExactly("label sac-silver: holder sac "
                    + "is not listed on the ECCP on " + assessed + " (listed from " + from + " until " + until
                    + "), which labels assessed from 2019-11-15 require on their assessment day");
        }
    }
}
