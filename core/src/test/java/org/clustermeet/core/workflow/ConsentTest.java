package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.Test;

/** A consent given or withdrawn: the name's publication follows at once; being contacted is told. */
class ConsentTest {

    private static final PersonId ANNA = PersonId.of("anna");

    private static Registry registry(NamePublication publication) {
        return Registry.builder().add(Person.of(ANNA, "Anna", "Illustrative").withNamePublication(publication)).build();
    }

    @Test
    void withdrawingConsentToPublishTheNameHidesItEverywhereAtOnce() {
        ConsentResult r = RegistrationWorkflow.recordConsent(registry(NamePublication.YES), ANNA,
                ConsentKind.PUBLISH_NAME, false, "e-mail to the secretariat");

        Person anna = r.registry().person(ANNA).orElseThrow();
        assertThat(anna.namePublication()).isEqualTo(NamePublication.NO);
        assertThat(anna.publicName()).isEqualTo("a participant");
        assertThat(r.changes().changes()).hasSize(1);
    }

    @Test
    void consentToBeContactedChangesNothingInTheRegistryButIsTold() {
        Registry before = registry(NamePublication.YES);

        ConsentResult r = RegistrationWorkflow.recordConsent(before, ANNA, ConsentKind.CONTACT, false, "invitation page");

        assertThat(r.registry()).isEqualTo(before);
        assertThat(r.changes().isEmpty()).isTrue();
        assertThat(Happening.of(r)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Happening.Kind.CONSENT);
            assertThat(h.person()).contains(ANNA);
            assertThat(h.detail()).isEqualTo("contact withdrawn (invitation page)");
            assertThat(h.consent()).contains(new Happening.ConsentChange(ConsentKind.CONTACT, false, "invitation page"));
        });
    }

    @Test
    void howMustBeOneShortLine() {
        assertThatThrownBy(() -> RegistrationWorkflow.recordConsent(registry(NamePublication.YES), ANNA,
                ConsentKind.CONTACT, true, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("how must say");
        assertThatThrownBy(() -> RegistrationWorkflow.recordConsent(registry(NamePublication.YES), ANNA,
                ConsentKind.CONTACT, true, "form\nsmuggled"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
        assertThatThrownBy(() -> RegistrationWorkflow.recordConsent(registry(NamePublication.YES), PersonId.of("nobody"),
                ConsentKind.CONTACT, true, "form"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }
}
