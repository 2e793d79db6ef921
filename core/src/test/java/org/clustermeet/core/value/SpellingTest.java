package org.clustermeet.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clustermeet.core.participation.EventRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpellingTest {

    private static final Spelling<EventRole> ROLES = Spelling.of(EventRole.class, EventRole::label, "role");

    @ParameterizedTest
    @ValueSource(strings = {"cluster manager", "Cluster Manager", "CLUSTER_MANAGER", "cluster-manager", " cluster_manager "})
    void labelNameAndDocumentSpellingAllRead(String text) {
        assertThat(ROLES.parse(text)).isEqualTo(EventRole.CLUSTER_MANAGER);
    }

    @Test
    void anUnknownWordIsRefusedNamingEveryConstantAsTheDocumentSpellsIt() {
        assertThatThrownBy(() -> ROLES.parse("chair"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown role \"chair\" (known: cluster-manager, association-representative, "
                        + "labelling-body-representative, speaker, organiser, observer)");
    }

    @Test
    void theDocumentSpellingIsTheNameInLowerCaseWithHyphens() {
        assertThat(Spelling.document(EventRole.LABELLING_BODY_REPRESENTATIVE))
                .isEqualTo("labelling-body-representative");
    }
}
