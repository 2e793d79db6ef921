package org.clustermeet.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.junit.jupiter.api.Test;

/** Duplicate people: what counts as the same name, how pairs are scored, and a measure on 100,000 people. */
class DuplicatePeopleTest {

    private static final OrganisationId ORG = OrganisationId.of("illustrative-association");
    private static final OrganisationId OTHER = OrganisationId.of("other-association");
    private static final EventId EVENT = EventId.of("illustrative-meeting");
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private static Person person(String id, String given, String family, String email, OrganisationId org,
                                 String title) {
        return new Person(PersonId.of(id), given, family, Optional.of(EmailAddress.of(email)), Optional.empty(),
                List.of(PersonRole.of(org, title, SINCE))).withNamePublication(NamePublication.NOT_ASKED);
    }

    private static RegistryBuilder base() {
        return Registry.builder().add(ClusterAssociation.of(ORG, "Illustrative association", CountryCode.of("PL")))
                .add(ClusterAssociation.of(OTHER, "Other association", CountryCode.of("DE")))
                .add(Event.builder(EVENT, "Illustrative meeting", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2031, 5, 1))).build());
    }

    private static Registration registration(String id, String person) {
        return new Registration(RegistrationId.of(id), EVENT, PersonId.of(person), ORG,
                EventRole.ASSOCIATION_REPRESENTATIVE, RegistrationState.REGISTERED, Instant.parse("2031-01-01T10:00:00Z"));
    }

    @Test
    void diacriticsCaseHyphensAndTheOrderOfNamesAreSetAside() {
        assertThat(Folding.nameKey("Łukasz", "Śliwiński")).isEqualTo(Folding.nameKey("lukasz", "SLIWINSKI"))
                .isEqualTo(Folding.nameKey("Śliwiński", "Łukasz")).isEqualTo("lukasz sliwinski");
        assertThat(Folding.nameKey("Jörg", "Müller-Lüdenscheidt")).isEqualTo(Folding.nameKey("Jorg",
                "Muller Ludenscheidt"));
        assertThat(Folding.fold("Øystein Straße Æsir")).isEqualTo("oystein strasse aesir");
        assertThat(Folding.nameKey("Anna", "Nowak")).isNotEqualTo(Folding.nameKey("Anna", "Nowakowska"));
    }

    @Test
    void twoRecordsOfOnePersonRegisteredForOneEventScoreOneWithEveryReason() {
        Registry registry = base()
                .add(person("anna-1", "Anna", "Nowak", "anna.nowak@example.org", ORG, "Manager"))
                .add(person("anna-2", "Anna", "Nowak", "Anna.Nowak@example.org", ORG, "Manager"))
                .add(registration("r-1", "anna-1")).add(registration("r-2", "anna-2")).build();

        List<DuplicatePair> pairs = DuplicatePeople.in(registry).pairs();

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.first()).isEqualTo(PersonId.of("anna-1"));
            assertThat(p.second()).isEqualTo(PersonId.of("anna-2"));
            assertThat(p.score()).isEqualTo(1.0);
            assertThat(p.reasons()).containsExactlyInAnyOrder(DuplicateReason.values());
            assertThat(p.describe()).isEqualTo("same e-mail, same name, same organisation and role, "
                    + "registered for the same event");
        });
    }

    @Test
    void aNameWithoutDiacriticsAtTheSameOrganisationAndRoleIsFoundUnderAnotherAddress() {
        Registry registry = base()
                .add(person("p-1", "Łukasz", "Śliwiński", "lukasz@example.org", ORG, "Cluster manager"))
                .add(person("p-2", "Lukasz", "Sliwinski", "l.sliwinski@example.net", ORG, "cluster MANAGER")).build();

        assertThat(DuplicatePeople.in(registry).pairs()).singleElement().satisfies(p -> {
            assertThat(p.score()).isEqualTo(0.6);
            assertThat(p.reasons()).containsExactlyInAnyOrder(DuplicateReason.SAME_NAME,
                    DuplicateReason.SAME_ORGANISATION_AND_ROLE);
        });
    }

    @Test
    void aSharedNameAloneIsBelowTheDefaultThresholdButListedBelowIt() {
        Registry registry = base()
                .add(person("p-1", "Jan", "Kowalski", "jan@example.org", ORG, "Manager"))
                .add(person("p-2", "Kowalski", "Jan", "kowalski@example.net", OTHER, "Expert")).build();

        assertThat(DuplicatePeople.in(registry).pairs()).isEmpty();
        assertThat(DuplicatePeople.in(registry).withThreshold(0.4).pairs()).singleElement()
                .satisfies(p -> assertThat(p.reasons()).containsExactly(DuplicateReason.SAME_NAME));
    }

    @Test
    void aThresholdOutOfRangeIsRefused() {
        assertThatThrownBy(() -> DuplicatePeople.in(base().build()).withThreshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threshold must be above 0 and at most 1, not 0.0");
    }

    /** Illustrative names: common enough that many different people share one. */
    private static final String[] GIVEN = {"Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara",
        "Ewa", "Krystyna", "Elżbieta", "Zofia", "Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł",
        "Michał", "Łukasz", "Marcin", "Grzegorz", "Jörg", "Klaus", "Sabine", "Ursula", "José", "María", "Lucía",
        "François", "Hélène", "Søren", "Åsa", "Zoë", "Niamh", "Siobhán", "Luca", "Giulia", "Tomáš", "Jiří",
        "Eliška", "Ágnes"};
    private static final String[] FAMILY = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Król",
        "Wieczorek", "Jabłoński", "Wróbel", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
        "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Dubois", "Lefèvre", "Moreau",
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Novák", "Svoboda", "Dvořák", "Černý", "Procházka",
        "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
        "Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "Byrne", "Ryan", "O'Brien", "Johansson", "Larsson",
        "Karlsson", "Nilsson", "Eriksson", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Popescu", "Ionescu",
        "Popa", "Dimitrov", "Ivanov", "Georgiev", "Papadopoulos", "Silva", "Santos", "Ferreira", "Pereira",
        "Costa", "Oliveira", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "De Vries",
        "Van Dijk", "Bakker", "Visser"};
    private static final String[] TITLES = {"Cluster manager", "Deputy manager", "Board member", "Expert",
        "Project officer"};

    @Test
    void onAHundredThousandPeopleEveryPlantedDuplicateIsFoundAndFewOthers() {
        Random random = new Random(2019_12_04L);
        int people = 100_000;
        int organisations = 2_000;
        RegistryBuilder b = Registry.builder().add(Event.builder(EVENT, "Illustrative meeting", EventKind.MATCHMAKING,
                EventSchedule.day(LocalDate.of(2031, 5, 1))).build());
        for (int o = 0; o < organisations; o++) {
            b.add(ClusterAssociation.of(OrganisationId.of("org-" + o), "Illustrative organisation " + o,
                    CountryCode.of("PL")));
        }
        List<Person> all = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Person p = person("p-" + i, GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)],
                    "p" + i + "@example.org", OrganisationId.of("org-" + random.nextInt(organisations)),
                    TITLES[random.nextInt(TITLES.length)]);
            all.add(p);
            b.add(p);
        }
        Set<String> planted = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            Person original = all.get(random.nextInt(people));
            String id = "dup-" + k;
            PersonRole role = original.roles().get(0);
            String given = original.givenName().orElseThrow();
            String family = original.familyName().orElseThrow();
            String email = original.email().orElseThrow().value();
            Person copy = switch (k % 4) {
                // entered twice
                case 0 -> person(id, given, family, email, role.organisation(), role.title());
                // signed up again under another address, without diacritics
                case 1 -> person(id, Folding.fold(given), Folding.fold(family).toUpperCase(), id + "@example.net",
                        role.organisation(), role.title());
                // family name first, another address
                case 2 -> person(id, family, given, id + "@example.net", role.organisation(), role.title());
                // the same address in capitals, a nickname, at another organisation
                default -> person(id, given.substring(0, 1), family, email.toUpperCase(), OTHER_ORG, "Member");
            };
            b.add(copy);
            planted.add(original.id().value() + "\n" + id);
        }
        b.add(ClusterAssociation.of(OTHER_ORG, "Other organisation", CountryCode.of("DE")));
        Registry registry = b.build();

        long start = System.nanoTime();
        List<DuplicatePair> pairs = DuplicatePeople.in(registry).pairs();
        long millis = (System.nanoTime() - start) / 1_000_000;

        Set<String> found = new HashSet<>();
        pairs.forEach(p -> found.add(key(p.first().value(), p.second().value())));
        Set<String> missed = new HashSet<>();
        planted.forEach(p -> {
            String[] ids = p.split("\n");
            if (!found.contains(key(ids[0], ids[1]))) {
                missed.add(p);
            }
        });
        long falsePairs = pairs.stream().filter(p -> !planted.contains(p.first().value() + "\n" + p.second().value())
                && !planted.contains(p.second().value() + "\n" + p.first().value())
                && !(p.first().value().startsWith("dup-") || p.second().value().startsWith("dup-"))).count();
        System.out.printf("duplicates among %,d people: %d planted, %d found, %d missed, %d false pairs (%.3f %%), "
                + "%d ms%n", people, planted.size(), pairs.size(), missed.size(), falsePairs,
                100.0 * falsePairs / people, millis);
        assertThat(missed).as("planted pairs not found").isEmpty();
        // different people sharing a name, an organisation and a title: with 4,000 names among
        // 100,000 people, 50 to an organisation and 5 titles, about 0.13 % are expected
        assertThat(falsePairs).as("false pairs among 100,000 people: at most 0.2 %").isLessThanOrEqualTo(200);
        assertThat(millis).as("time to search 100,000 people").isLessThan(10_000);
    }

    private static final OrganisationId OTHER_ORG = OrganisationId.of("other-organisation");

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }
}
