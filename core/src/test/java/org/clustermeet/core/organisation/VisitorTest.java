package org.clustermeet.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

/** Each kind of organisation reaches its own method of a visitor (illustrative organisations). */
class VisitorTest {

    private static final Organisation.Visitor<String, RuntimeException> NAMES = new Organisation.Visitor<>() {
        @Override
        public String clusterOrganisation(ClusterOrganisation o) {
            return "cluster organisation";
        }

        @Override
        public String clusterAssociation(ClusterAssociation o) {
            return "cluster association";
        }

        @Override
        public String alliance(Alliance o) {
            return "alliance";
        }

        @Override
        public String publicAuthority(PublicAuthority o) {
            return "public authority";
        }

        @Override
        public String labellingBody(LabellingBody o) {
            return "labelling body";
        }

        @Override
        public String otherOrganisation(OtherOrganisation o) {
            return "other organisation";
        }
    };

    @Test
    void everyKindReachesItsMethod() {
        List<Organisation> all = List.of(
                ClusterOrganisation.builder(OrganisationId.of("c"), "Illustrative cluster", CountryCode.of("PL"))
                        .members(10, 5).build(),
                ClusterAssociation.of(OrganisationId.of("a"), "Illustrative association", CountryCode.of("PL")),
                Alliance.of(OrganisationId.of("al"), "Illustrative alliance", Founding.on(LocalDate.of(2019, 9, 9))),
                new PublicAuthority(OrganisationId.of("p"), NameHistory.of("Illustrative ministry"), List.of(),
                        Optional.empty(), Optional.empty()),
                new LabellingBody(OrganisationId.of("l"), NameHistory.of("Illustrative body"), List.of(),
                        Optional.empty(), Optional.empty()),
                OtherOrganisation.of(OrganisationId.of("o"), "Illustrative company", Optional.empty()));
        assertThat(all).extracting(o -> o.accept(NAMES)).containsExactly("cluster organisation",
                "cluster association", "alliance", "public authority", "labelling body", "other organisation");
        assertThat(all).extracting(o -> o.accept(NAMES)).containsExactlyElementsOf(
                all.stream().map(o -> o.kind().label()).toList());
    }
}
