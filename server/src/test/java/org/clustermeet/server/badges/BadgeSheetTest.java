package org.clustermeet.server.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.server.checkin.TokenCheck;
import org.junit.jupiter.api.Test;

/** Illustrative people and organisations, not real data. */
class BadgeSheetTest {

    private static final EventId EVENT = EventId.of("illustrative-workshop");
    private static final OrganisationId ASSOCIATION = OrganisationId.of("illustrative-association");
    private static final OrganisationId LONG_NAMED = OrganisationId.of("long-named");
    private static final Instant ARRIVED = Instant.parse("2031-01-10T09:00:00Z");
    private static final CheckInKey KEY = CheckInKey.of("badge-test-secret-0123456789-0123456789".getBytes(
            StandardCharsets.UTF_8));

    private static Registry registry(int extraPeople) {
        LocalDate since = LocalDate.of(2020, 1, 1);
        RegistryBuilder b = Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Stowarzyszenie Przykładowe (illustrative)", CountryCode.of("PL")))
                .add(ClusterAssociation.of(LONG_NAMED, "The Illustrative Association of Very Long Names for "
                        + "Organisations That Do Not Fit on One Line of a Badge", CountryCode.of("BE")))
                .add(Event.builder(EVENT, "Illustrative workshop", EventKind.MATCHMAKING,
                                EventSchedule.day(LocalDate.of(2031, 3, 5)))
                        .localTitle("pl", "Warsztaty przykładowe")
                        .venue(Venue.inCity("Warszawa", CountryCode.of("PL"))).capacity(3 + extraPeople)
                        .delivery(Delivery.hybrid(WebLink.of("https://example.org/illustrative-stream"))).build())
                .add(Person.of(PersonId.of("lukasz"), "Łukasz", "Śliwiński")
                        .withNamePublication(NamePublication.YES).withRole(PersonRole.of(ASSOCIATION, "Członek", since)))
                .add(Person.of(PersonId.of("zofia"), "Zofia", "Żółć")
                        .withNamePublication(NamePublication.NO).withRole(PersonRole.of(ASSOCIATION, "Członek", since)))
                .add(Person.of(PersonId.of("anna"), "Anna", "Ąbacka")
                        .withNamePublication(NamePublication.YES).withRole(PersonRole.of(LONG_NAMED, "Member", since)))
                .add(Person.of(PersonId.of("online"), "Olga", "Online")
                        .withNamePublication(NamePublication.YES).withRole(PersonRole.of(ASSOCIATION, "Member", since)))
                .add(Person.of(PersonId.of("waiting"), "Wanda", "Waiting")
                        .withNamePublication(NamePublication.YES).withRole(PersonRole.of(ASSOCIATION, "Member", since)))
                .add(registration("r-1", "lukasz", ASSOCIATION, RegistrationState.REGISTERED, AttendanceMode.IN_PERSON))
                .add(registration("r-2", "zofia", ASSOCIATION, RegistrationState.ATTENDED, AttendanceMode.IN_PERSON))
                .add(registration("r-3", "anna", LONG_NAMED, RegistrationState.REGISTERED, AttendanceMode.IN_PERSON))
                .add(registration("r-4", "online", ASSOCIATION, RegistrationState.REGISTERED, AttendanceMode.ONLINE))
                .add(registration("r-5", "waiting", ASSOCIATION, RegistrationState.WAITLISTED,
                        AttendanceMode.IN_PERSON));
        for (int i = 0; i < extraPeople; i++) {
            b.add(Person.of(PersonId.of("extra-" + i), "Extra" + i, "Person").withNamePublication(NamePublication.YES)
                    .withRole(PersonRole.of(ASSOCIATION, "Member", since)));
            b.add(new Registration(RegistrationId.of("x-" + i), EVENT, PersonId.of("extra-" + i), ASSOCIATION,
                    EventRole.ASSOCIATION_REPRESENTATIVE, RegistrationState.REGISTERED, ARRIVED));
        }
        return b.build();
    }

    private static Registration registration(String id, String person, OrganisationId organisation,
                                             RegistrationState state, AttendanceMode mode) {
        return new Registration(RegistrationId.of(id), EVENT, PersonId.of(person), organisation,
                EventRole.ASSOCIATION_REPRESENTATIVE, state, Optional.of(ARRIVED), mode);
    }

    private static byte[] pdf(BadgeSheet sheet, Registry registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.withFonts(BadgePdf.fonts()).write(registry, EVENT, out);
        return out.toByteArray();
    }

    @Test
    void everyPlaceInPersonGetsABadgeSortedByFamilyNameThoseWithoutAPublishedNameLast() {
        List<Badge> badges = BadgeSheet.of(KEY).badges(registry(0), EVENT);

        assertThat(badges).extracting(b -> b.registration().value()).containsExactly("r-3", "r-1", "r-2");
        assertThat(badges).extracting(Badge::name).containsExactly("Anna Ąbacka", "Łukasz Śliwiński", "Participant");
    }

    @Test
    void aBadgeShowsOrganisationCountryAndRoleInTheBadgesLanguage() {
        Badge polish = BadgeSheet.of(KEY).inLanguage(Locale.forLanguageTag("pl")).badges(registry(0), EVENT).get(2);

        assertThat(polish.name()).isEqualTo("Uczestnik");
        assertThat(polish.organisation()).isEqualTo("Stowarzyszenie Przykładowe (illustrative)");
        assertThat(polish.country()).contains("Polska");
        assertThat(polish.role()).isEqualTo("Przedstawiciel stowarzyszenia");
    }

    @Test
    void anA4SheetHoldsEightBadgesWhoseCodesCheckBackToTheirRegistrations() throws IOException {
        Registry registry = registry(7);

        List<BadgePdf.Page> pages = BadgePdf.read(pdf(BadgeSheet.of(KEY), registry));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).codes()).hasSize(8);
        assertThat(pages.get(1).codes()).hasSize(2);
        List<String> decoded = pages.stream().flatMap(p -> p.codes().stream()).toList();
        assertThat(decoded).allSatisfy(code -> assertThat(KEY.check(code)).isInstanceOf(TokenCheck.Valid.class));
        assertThat(decoded.stream().map(code -> ((TokenCheck.Valid) KEY.check(code)).token().registration().value()))
                .containsExactlyInAnyOrderElementsOf(BadgeSheet.of(KEY).badges(registry, EVENT).stream()
                        .map(b -> b.registration().value()).toList());
    }

    @Test
    void namesKeepTheirAccentsAndANameWithoutConsentIsNeverPrinted() throws IOException {
        String text = BadgePdf.read(pdf(BadgeSheet.of(KEY), registry(0))).get(0).text();

        assertThat(text).contains("Łukasz Śliwiński", "Anna Ąbacka", "Participant", "Poland", "Belgium",
                "Association representative", "Illustrative workshop");
        assertThat(text).doesNotContain("Zofia", "Żółć", "Olga", "Wanda");
    }

    @Test
    void aLongOrganisationNameIsFittedOnItsLinesNotCutOffThePage() throws IOException {
        String text = BadgePdf.read(pdf(BadgeSheet.of(KEY), registry(0))).get(0).text().replaceAll("\\s+", " ");

        assertThat(text).contains("The Illustrative Association of Very Long Names for Organisations");
    }

    @Test
    void anA6LayoutPrintsOneBadgePerPageInPolish() throws IOException {
        List<BadgePdf.Page> pages = BadgePdf.read(pdf(BadgeSheet.of(KEY).withLayout(BadgeLayout.A6_PAGE)
                .inLanguage(Locale.forLanguageTag("pl")), registry(0)));

        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(p -> assertThat(p.codes()).hasSize(1));
        assertThat(pages.get(0).text()).contains("Anna Ąbacka", "Belgia", "Warsztaty przykładowe");
        assertThat(pages.get(2).text()).contains("Uczestnik", "Polska").doesNotContain("Zofia");
        assertThat(KEY.check(pages.get(1).codes().get(0))).isEqualTo(new TokenCheck.Valid(
                KEY.sign(EVENT, RegistrationId.of("r-1"))));
    }

    @Test
    void anEventWithoutPlacesInPersonGetsOnePageSayingSo() throws IOException {
        Registry registry = registry(0);
        Registry empty = registry.edit().remove(RegistrationId.of("r-1")).remove(RegistrationId.of("r-2"))
                .remove(RegistrationId.of("r-3")).remove(RegistrationId.of("r-5")).apply();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BadgeSheet.Printed printed = BadgeSheet.of(KEY).withFonts(BadgePdf.fonts()).write(empty, EVENT, out);

        assertThat(printed).isEqualTo(new BadgeSheet.Printed(0, 1, List.of()));
        assertThat(BadgePdf.read(out.toByteArray()).get(0).text()).contains("No badges for Illustrative workshop");
    }

    @Test
    void anUnknownEventIsRefusedByName() {
        assertThatThrownBy(() -> BadgeSheet.of(KEY).badges(registry(0), EventId.of("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no event nope to print badges for");
    }

    @Test
    void theOutputStreamIsLeftOpenForTheCaller() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        BadgeSheet.of(KEY).withFonts(BadgePdf.fonts()).write(registry(0), EVENT, out);

        assertThat(closed[0]).isFalse();
        assertThat(out.toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
