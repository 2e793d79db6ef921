package org.clustermeet.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.PhoneNumber;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void aNameMayBePublishedOnlyAfterAYes() {
        Person p = Person.of(PersonId.of("anna"), "Anna", "Nowak");
        assertThat(p.mayPublishName()).isFalse();
        assertThat(p.publicName()).isEqualTo("a participant");
        assertThat(p.withNamePublication(NamePublication.NO).mayPublishName()).isFalse();
        assertThat(p.withNamePublication(NamePublication.YES).mayPublishName()).isTrue();
        assertThat(p.withNamePublication(NamePublication.YES).publicName()).isEqualTo("Anna Nowak");
        assertThat(p.withNamePublication(NamePublication.YES).publicName("Illustrative cluster"))
                .isEqualTo("Anna Nowak");
        assertThat(p.publicName("Illustrative cluster")).isEqualTo("a participant from Illustrative cluster");
    }

    @Test
    void anAnonymousPersonsNameIsNeverPublished() {
        assertThat(Person.anonymous(PersonId.of("participant-0001"), List.of()).mayPublishName()).isFalse();
    }

    private static final OrganisationId ZP = OrganisationId.of("zp-klastry-polskie");
    private static final OrganisationId SAC = OrganisationId.of("silesian-aviation-cluster");

    @Test
    void fullUnicodeNamesAreKept() {
        Person p = Person.of(PersonId.of("p"), "Łukasz", "Żółkiewski-Śliwa");
        assertThat(p.fullName()).isEqualTo("Łukasz Żółkiewski-Śliwa");
    }

    @Test
    void aPersonKnownByOneNameHasItAsGivenName() {
        Person handle = new Person(PersonId.of("jinxx"), Optional.of("jinxx"), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), NamePublication.NOT_ASKED);

        assertThat(handle.fullName()).isEqualTo("jinxx");
        assertThat(handle.isAnonymous()).isFalse();
    }

    @Test
    void aFamilyNameWithoutAGivenNameIsRefused() {
        assertThatThrownBy(() -> new Person(PersonId.of("x"), Optional.empty(),
                        Optional.of("Nowak"), Optional.empty(), Optional.empty(),
                        List.of(), NamePublication.NOT_ASKED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person x has a familyName without a givenName");
    }

    @Test
    void blankFamilyNameIsRefused() {
        assertThatThrownBy(() -> Person.of(PersonId.of("p"), "Jan", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("familyName of person p");
    }

    @Test
    void aGivenNameWithAControlCharacterIsRefusedNamingTheFieldAndThePerson() {
        assertThatThrownBy(() -> Person.of(PersonId.of("p"), "Ja\u0007n", "Nowak"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("givenName of person p contains control character U+0007 at index 2");
    }

    @Test
    void personHoldsTwoPresidenciesAtOnce() {
        Person krystowski = Person.of(PersonId.of("krzysztof-krystowski"), "Krzysztof", "Krystowski")
                .withRole(PersonRole.of(ZP, "President", LocalDate.of(2019, 12, 4)))
                .withRole(PersonRole.of(SAC, "President", LocalDate.of(2019, 12, 4)));
        assertThat(krystowski.rolesOn(LocalDate.of(2019, 12, 4))).hasSize(2);
        assertThat(krystowski.worksForOn(SAC, LocalDate.of(2019, 12, 4))).isTrue();
    }

    @Test
    void endedRoleIsNotHeldAfterItsLastDay() {
        Person p = Person.of(PersonId.of("p"), "Jan", "Kowalski").withRole(new PersonRole(ZP, "Board member",
                DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 6, 30))));
        assertThat(p.rolesOn(LocalDate.of(2019, 6, 30))).hasSize(1);
        assertThat(p.rolesOn(LocalDate.of(2019, 7, 1))).isEmpty();
    }

    @Test
    void withoutPersonalDataDropsEmailAndPhoneAndKeepsNamesAndRoles() {
        Person p = Person.of(PersonId.of("p"), "Jan", "Kowalski").withEmail(EmailAddress.of("jan@example.org"))
                .withPhone(PhoneNumber.of("+48 32 000 00 00")).withRole(PersonRole.of(ZP, "Manager", LocalDate.of(2019, 1, 1)));
        Person published = p.withoutPersonalData();
        assertThat(published.email()).isEmpty();
        assertThat(published.phone()).isEmpty();
        assertThat(published.fullName()).isEqualTo("Jan Kowalski");
        assertThat(published.roles()).isEqualTo(p.roles());
        assertThat(published.toString()).doesNotContain("jan@example.org", "+48");
    }

    @Test
    void anErasedPersonKeepsOnlyTheIdAndWhereAndWhenTheirRolesWereHeld() {
        Person p = new Person(PersonId.of("jan"), "Jan", "Kowalski", Optional.of(EmailAddress.of("jan@example.org")),
                Optional.of(PhoneNumber.of("+48 600 700 800")), List.of(PersonRole.of(ZP, "President",
                LocalDate.of(2019, 1, 1)), PersonRole.declared(SAC, "Zastępczyni menedżera", LocalDate.of(2020, 5, 1))))
                .withNamePublication(NamePublication.YES);

        Person erased = p.erased();

        assertThat(erased.id()).isEqualTo(p.id());
        assertThat(erased.isAnonymous()).isTrue();
        assertThat(erased.email()).isEmpty();
        assertThat(erased.phone()).isEmpty();
        assertThat(erased.mayPublishName()).isFalse();
        assertThat(erased.roles()).extracting(PersonRole::organisation, PersonRole::title, PersonRole::period,
                        PersonRole::declared)
                .containsExactly(Tuple.tuple(ZP, "(erased)", DateRange.of(LocalDate.of(2019, 1, 1)),
                                false),
                        Tuple.tuple(SAC, "(erased)", DateRange.of(LocalDate.of(2020, 5, 1)), true));
        assertThat(erased.toString()).doesNotContain("Jan", "Kowalski", "jan@example.org", "600", "President",
                "Zastępczyni");
    }

    @Test
    void erasingTwiceChangesNothing() {
        Person p = Person.of(PersonId.of("jan"), "Jan", "Kowalski").withRole(PersonRole.of(ZP, "President",
                LocalDate.of(2019, 1, 1)));

        assertThat(p.isErased()).isFalse();
        assertThat(p.erased().isErased()).isTrue();
        assertThat(p.erased().erased()).isEqualTo(p.erased());
    }
}
