package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.ZP;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

/** A builder used again after it has built: it still holds everything it was given. */
class RegistryBuilderTest {

    private final Registry registry = TestRegistry.build();
    private final OrganisationId added = OrganisationId.of("illustrative-added");

    @Test
    void buildingTwiceGivesTheSameRegistry() {
        RegistryBuilder b = registry.toBuilder();

        Registry first = b.build();

        assertThat(b.build()).isEqualTo(first).isEqualTo(registry);
    }

    @Test
    void entitiesAddedAfterABuildJoinThoseBuiltBefore() {
        RegistryBuilder b = registry.toBuilder();
        b.build();

        Registry again = b.add(ClusterAssociation.of(added, "Illustrative association", CountryCode.of("PL"))).build();

        assertThat(again.organisations()).hasSize(registry.organisations().size() + 1);
        assertThat(again.organisation(added)).isPresent();
        assertThat(again.registrations()).isEqualTo(registry.registrations());
    }

    @Test
    void aBuilderThatHasBuiltStillKnowsItsIds() {
        RegistryBuilder b = registry.toBuilder();
        b.build();

        assertThat(b.contains(EntityKind.ORGANISATION, GOLD_DE)).isTrue();
        assertThat(b.contains(EntityKind.ORGANISATION, added)).isFalse();
    }

    @Test
    void anIdRepeatedAfterABuildIsStillADuplicate() {
        RegistryBuilder b = registry.toBuilder();
        b.build();

        b.add(ClusterAssociation.of(ZP, "Another", CountryCode.of("PL")));

        assertThat(b.validate()).extracting(IntegrityProblem::toString)
                .containsExactly("organisation zp: duplicate organisation id");
    }
}
