package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.SAC;

import java.time.LocalDate;

import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    private final Registry registry = TestRegistry.build();
    private final QualityLabel bronze = QualityLabel.of(LabelId.of("sac-bronze-2019"), SAC, TestRegistry.ESCA,
            LabelLevel.BRONZE, LocalDate.of(2019, 6, 1));

    @Test
    void anEditRecordsItsChangesInTheOrderTheyWereMade() {
        RegistryEdit edit = registry.edit().put(bronze).remove(LabelId.of("de-gold-2019"));
        assertThat(edit.changes().changes()).containsExactly(new ChangeSet.Put<>(EntityKind.LABEL, bronze),
                new ChangeSet.Remove<>(EntityKind.LABEL, LabelId.of("de-gold-2019")));
    }

    @Test
    void applyingAnEditsChangeSetGivesTheSameRegistryAsTheEdit() {
        RegistryEdit edit = registry.edit().put(bronze).remove(LabelId.of("de-gold-2019"));
        assertThat(registry.apply(edit.changes())).isEqualTo(edit.apply());
    }

    @Test
    void aChangeSetIsCheckedAsAnEditIs() {
        ChangeSet dangling = ChangeSet.builder().put(EntityKind.LABEL, QualityLabel.of(LabelId.of("x-bronze"),
                OrganisationId.of("nowhere"), TestRegistry.ESCA, LabelLevel.BRONZE, LocalDate.of(2019, 6, 1))).build();
        assertThatThrownBy(() -> registry.apply(dangling))
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("cannot store label x-bronze")
                .hasMessageContaining("holder nowhere does not exist");
    }

    @Test
    void removingWhatIsNotThereIsRefusedNamingKindAndId() {
        ChangeSet changes = ChangeSet.builder().remove(EntityKind.PERSON, PersonId.of("nobody")).build();
        assertThatThrownBy(() -> registry.apply(changes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no person with id nobody in the registry");
    }

    @Test
    void puttingAnEntityEqualToTheOneHeldChangesNothing() {
        RegistryEdit edit = registry.edit().put(registry.organisation(SAC).orElseThrow());

        assertThat(edit.changes().isEmpty()).isTrue();
        assertThat(edit.apply()).isSameAs(registry);
    }

    @Test
    void anEmptyChangeSetLeavesTheRegistryAsItIs() {
        assertThat(registry.apply(ChangeSet.empty())).isSameAs(registry);
    }

    @Test
    void touchedListsTheIdsOfOneKindPutOrRemovedInIdOrder() {
        var goldDe = registry.organisation(GOLD_DE).orElseThrow();
        ChangeSet changes = registry.edit().put(bronze).remove(LabelId.of("de-gold-2019"))
                .put(goldDe.withNames(goldDe.names().withOriginal("de", "Illustrativer Cluster"))).changes();
        assertThat(changes.touched(EntityKind.LABEL)).containsExactly(LabelId.of("de-gold-2019"),
                LabelId.of("sac-bronze-2019"));
        assertThat(changes.touched(EntityKind.ORGANISATION)).containsExactly(GOLD_DE);
        assertThat(changes.touched(EntityKind.PERSON)).isEmpty();
    }

    @Test
    void putsGivesEachEntityAsLastPutAndLeavesOutThoseRemovedAfterwards() {
        QualityLabel silver = QualityLabel.of(LabelId.of("sac-silver-2019"), SAC, TestRegistry.ESCA, LabelLevel.SILVER,
                LocalDate.of(2019, 6, 1));
        QualityLabel later = QualityLabel.of(bronze.id(), SAC, TestRegistry.ESCA, LabelLevel.BRONZE,
                LocalDate.of(2019, 7, 1));
        ChangeSet changes = ChangeSet.builder().put(EntityKind.LABEL, bronze).put(EntityKind.LABEL, silver)
                .put(EntityKind.LABEL, later).remove(EntityKind.LABEL, silver.id()).build();
        assertThat(changes.puts(EntityKind.LABEL)).containsExactly(later);
    }

    @Test
    void thenJoinsTwoChangeSetsInOrder() {
        ChangeSet first = ChangeSet.builder().put(EntityKind.LABEL, bronze).build();
        ChangeSet second = ChangeSet.builder().remove(EntityKind.LABEL, bronze.id()).build();
        assertThat(first.then(second).changes()).containsExactlyElementsOf(
                ChangeSet.builder().put(EntityKind.LABEL, bronze).remove(EntityKind.LABEL, bronze.id()).build()
                        .changes());
        assertThat(first.then(ChangeSet.empty())).isSameAs(first);
    }

    @Test
    void aPutOfTheWrongKindIsRefusedAtOnce() {
        Object notALabel = registry.organisation(SAC).orElseThrow();
        assertThatThrownBy(() -> new ChangeSet.Put<>(EntityKind.LABEL, EntityKind.LABEL.cast(notALabel)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a label was expected, not ClusterOrganisation");
    }

    @Test
    void everyKindHasALabelAndParsesItsIds() {
        assertThat(EntityKind.all()).extracting(EntityKind::label).containsExactly("organisation", "person", "label",
                "membership", "event", "registration", "fact");
        for (EntityKind<?, ?> kind : EntityKind.all()) {
            assertThat(EntityKind.named(kind.label())).containsSame(kind);
            assertThat(kind.parseId("some-id")).hasToString("some-id");
        }
        assertThat(EntityKind.named("organization")).isEmpty();
    }

    @Test
    void theGenericAndTypedLookupsAgree() {
        Organisation sac = registry.organisation(SAC).orElseThrow();
        assertThat(registry.find(EntityKind.ORGANISATION, SAC)).containsSame(sac);
        assertThat(registry.all(EntityKind.ORGANISATION)).isEqualTo(registry.organisations());
        assertThat(registry.all(EntityKind.REGISTRATION)).isEqualTo(registry.registrations());
    }

    @Test
    void theBuilderTakesEntitiesOfAnyKind() {
        ClusterOrganisation extra = ClusterOrganisation.builder(OrganisationId.of("extra"), "Extra cluster",
                CountryCode.of("PL")).members(10, 5).build();
        Registry built = registry.toBuilder().add(EntityKind.ORGANISATION, extra).build();
        assertThat(built).isEqualTo(registry.edit().put(extra).apply());
    }
}
