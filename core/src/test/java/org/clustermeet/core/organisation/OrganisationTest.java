package org.clustermeet.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NutsCode;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final LocalDate RENAMED = LocalDate.of(2019, 11, 15);

    private final PublicAuthority ministry = new PublicAuthority(OrganisationId.of("pl-ministry"),
            NameHistory.of("Ministry of Entrepreneurship and Technology")
                    .renamedOn(RENAMED, LocalizedText.english("Ministry of Development")),
            List.of(), Optional.of(CountryCode.of("PL")), Optional.empty());

    @Test
    void organisationsCoveringTheSameEcosystemsShareOneUnmodifiableSet() {
        ClusterOrganisation first = ClusterOrganisation.builder(OrganisationId.of("illustrative-1"), "First",
                CountryCode.of("PL")).ecosystems(IndustrialEcosystem.DIGITAL, IndustrialEcosystem.AGRI_FOOD).build();
        ClusterOrganisation second = ClusterOrganisation.builder(OrganisationId.of("illustrative-2"), "Second",
                CountryCode.of("DE")).ecosystems(IndustrialEcosystem.AGRI_FOOD, IndustrialEcosystem.DIGITAL).build();
        ClusterOrganisation other = ClusterOrganisation.builder(OrganisationId.of("illustrative-3"), "Other",
                CountryCode.of("DE")).ecosystems(IndustrialEcosystem.DIGITAL).build();

        assertThat(second.ecosystems()).isSameAs(first.ecosystems())
                .containsExactly(IndustrialEcosystem.AGRI_FOOD, IndustrialEcosystem.DIGITAL);
        assertThat(other.ecosystems()).containsExactly(IndustrialEcosystem.DIGITAL);
        assertThatThrownBy(() -> first.ecosystems().add(IndustrialEcosystem.CONSTRUCTION))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(second.ecosystems()).hasSize(2);
    }

    @Test
    void ministryWasCalledEntrepreneurshipAndTechnologyOnNinthSeptember2019() {
        assertThat(ministry.nameOn(LocalDate.of(2019, 9, 9)).orElseThrow().english())
                .isEqualTo("Ministry of Entrepreneurship and Technology");
    }

    @Test
    void ministryWasCalledDevelopmentOnEighthDecember2019() {
        assertThat(ministry.nameOn(LocalDate.of(2019, 12, 8)).orElseThrow().english()).isEqualTo("Ministry of Development");
    }

    @Test
    void beforeTheAttestedStartNoNameIsGivenAndTheHistorySaysWhy() {
        NameHistory attested = ministry.names().startingAt(NameStart.unknownBefore(LocalDate.of(2019, 9, 9)));
        assertThat(attested.nameOn(LocalDate.of(2010, 1, 1))).isEmpty();
        assertThat(attested.nameOn(LocalDate.of(2019, 9, 8))).isEmpty();
        assertThat(attested.nameOn(LocalDate.of(2019, 9, 9))).hasValueSatisfying(n ->
                assertThat(n.english()).isEqualTo("Ministry of Entrepreneurship and Technology"));
        assertThat(attested.start()).hasValueSatisfying(s ->
                assertThat(s).hasToString("its name before 2019-09-09 is not recorded"));
        PublicAuthority withStart = ministry.withNames(attested);
        assertThat(withStart.displayNameOn(LocalDate.of(2010, 1, 1)).english())
                .as("messages still need a name").isEqualTo("Ministry of Entrepreneurship and Technology");
    }

    @Test
    void aFirstNameThatBeganOnADaySaysSo() {
        NameHistory founded = NameHistory.of("Silesian Aviation Cluster").startingAt(NameStart.began(
                LocalDate.of(2006, 9, 1)));
        assertThat(founded.nameOn(LocalDate.of(2006, 8, 31))).isEmpty();
        assertThat(founded.nameOn(LocalDate.of(2006, 9, 1))).isPresent();
        assertThat(founded.start().orElseThrow()).hasToString("its first name began on 2006-09-01");
    }

    @Test
    void aStartOnOrAfterTheFirstRenamingIsRefused() {
        assertThatThrownBy(() -> ministry.names().startingAt(NameStart.began(RENAMED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the first name starts on 2019-11-15, not before the first renaming on 2019-11-15");
    }

    @Test
    void memberCountsInForceAreTheLatestDatedOnOrBeforeTheDayElseTheUndated() {
        ClusterOrganisation c = ClusterOrganisation.builder(OrganisationId.of("c"), "Illustrative cluster",
                        CountryCode.of("PL")).members(100, 80)
                .membersAsOf(LocalDate.of(2019, 12, 4), 120, 90).membersAsOf(LocalDate.of(2020, 6, 1), 130, 95).build();
        assertThat(c.membersOn(LocalDate.of(2019, 12, 3))).isEqualTo(new MemberCount(Optional.empty(), 100, 80));
        assertThat(c.membersOn(LocalDate.of(2019, 12, 4))).isEqualTo(MemberCount.asOf(LocalDate.of(2019, 12, 4), 120, 90));
        assertThat(c.membersOn(LocalDate.of(2020, 5, 31)).smes()).isEqualTo(90);
        assertThat(c.membersOn(LocalDate.of(2020, 6, 1)).smes()).isEqualTo(95);
    }

    @Test
    void memberCountsOutOfDateOrderAreRefused() {
        assertThatThrownBy(() -> ClusterOrganisation.builder(OrganisationId.of("c"), "Illustrative cluster",
                        CountryCode.of("PL")).membersAsOf(LocalDate.of(2020, 6, 1), 130, 95)
                .membersAsOf(LocalDate.of(2019, 12, 4), 120, 90).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organisation c: member counts must be in strictly increasing date order: 2019-12-04 "
                        + "follows 2020-06-01");
        assertThatThrownBy(() -> MemberCount.asOf(LocalDate.of(2019, 1, 1), 5, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("smeMembers 6 exceeds totalMembers 5");
    }

    @Test
    void newNameHoldsFromTheDayOfRenaming() {
        assertThat(ministry.nameOn(RENAMED).orElseThrow().english()).isEqualTo("Ministry of Development");
        assertThat(ministry.nameOn(RENAMED.minusDays(1)).orElseThrow().english())
                .isEqualTo("Ministry of Entrepreneurship and Technology");
        assertThat(ministry.name().english()).isEqualTo("Ministry of Development");
    }

    @Test
    void renamingsOutOfOrderAreRefused() {
        NameHistory history = NameHistory.of("A").renamedOn(RENAMED, LocalizedText.english("B"));
        assertThatThrownBy(() -> history.renamedOn(RENAMED, LocalizedText.english("C")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
    }

    @Test
    void associationIsKnownByItsAliasAndItsTranslatedName() {
        ClusterAssociation zp = new ClusterAssociation(OrganisationId.of("zp"),
                NameHistory.of(LocalizedText.of(Map.of("en", "Polish Clusters Employers' Association",
                        "pl", "Związek Pracodawców Klastry Polskie"))),
                List.of("ZP Klastry Polskie"), CountryCode.of("PL"), Optional.empty(), Optional.empty());
        assertThat(zp.isKnownAs("zp klastry polskie")).isTrue();
        assertThat(zp.isKnownAs("Polish Clusters Employers' Association")).isTrue();
        assertThat(zp.isKnownAs("Związek Pracodawców Klastry Polskie")).isTrue();
        assertThat(zp.isKnownAs("France Clusters")).isFalse();
    }

    @Test
    void smesAboveMembersAreRefused() {
        assertThatThrownBy(() -> ClusterOrganisation.builder(OrganisationId.of("c"), "C", CountryCode.of("PL"))
                .members(100, 101).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smeMembers 101 exceeds totalMembers 100");
    }

    @Test
    void smesEqualToMembersAreAccepted() {
        assertThat(ClusterOrganisation.builder(OrganisationId.of("c"), "C", CountryCode.of("PL"))
                .members(100, 100).build().smeMembers()).isEqualTo(100);
    }

    @Test
    void negativeSmesAreRefused() {
        assertThatThrownBy(() -> ClusterOrganisation.builder(OrganisationId.of("c"), "C", CountryCode.of("PL"))
                .members(0, -1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smeMembers must be >= 0: -1");
    }

    @Test
    void regionInAnotherCountryIsRefused() {
        assertThatThrownBy(() -> ClusterOrganisation.builder(OrganisationId.of("c"), "C", CountryCode.of("DE"))
                .region(NutsCode.of("PL22")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PL22").hasMessageContaining("not in its country DE");
    }

    @Test
    void greekRegionWrittenElAgreesWithGreece() {
        ClusterOrganisation greek = ClusterOrganisation.builder(OrganisationId.of("gr"), "Greek cluster",
                CountryCode.of("EL")).region(NutsCode.of("EL30")).build();
        assertThat(greek.country().value()).isEqualTo("GR");
        assertThat(greek.region()).contains(NutsCode.of("EL30"));
    }

    @Test
    void silesianAviationClusterHasAPolishName() {
        ClusterOrganisation sac = ClusterOrganisation.builder(OrganisationId.of("sac"), "Silesian Aviation Cluster",
                CountryCode.of("PL")).localName("pl", "Śląski Klaster Lotniczy").build();
        assertThat(sac.name().get(java.util.Locale.forLanguageTag("pl"))).isEqualTo("Śląski Klaster Lotniczy");
        assertThat(sac.kind()).isEqualTo(OrganisationKind.CLUSTER_ORGANISATION);
    }

    @Test
    void builderRoundTripsEveryField() {
        ClusterOrganisation c = ClusterOrganisation.builder(OrganisationId.of("c"), "C", CountryCode.of("PL"))
                .acronym("C").aliases("Cee").region(NutsCode.of("PL22")).founded(LocalDate.of(2006, 9, 1))
                .members(10, 5).listedOnEccp(true).build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c.withMembers(20, 5).totalMembers()).isEqualTo(20);
    }
}
