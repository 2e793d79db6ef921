package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.eligibility.EligibilityRule;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.FactId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;

/** The exact JSON of each type through a user's own ObjectMapper, and its round trip. */
class ExactJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ClusterMeetModule());

    private static <T> void assertJson(T value, Class<T> type, String json) throws Exception {
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    }

    @Test
    void identifiersAndCodesAreStrings() throws Exception {
        assertJson(OrganisationId.of("silesian-aviation-cluster"), OrganisationId.class, "\"silesian-aviation-cluster\"");
        assertJson(CountryCode.of("PL"), CountryCode.class, "\"PL\"");
        assertJson(NutsCode.of("EL30"), NutsCode.class, "\"EL30\"");
        assertJson(EmailAddress.of("anna@example.org"), EmailAddress.class, "\"anna@example.org\"");
    }

    @Test
    void eurostatCountryCodeIsReadAndWrittenAsIso() throws Exception {
        assertThat(MAPPER.readValue("\"EL\"", CountryCode.class)).isEqualTo(CountryCode.of("GR"));
        assertThat(MAPPER.writeValueAsString(CountryCode.of("EL"))).isEqualTo("\"GR\"");
    }

    @Test
    void localizedTextIsAnObjectOfLanguages() throws Exception {
        assertJson(LocalizedText.of(java.util.Map.of("en", "Meeting", "pl", "Spotkanie")), LocalizedText.class,
                "{\"en\":\"Meeting\",\"pl\":\"Spotkanie\"}");
    }

    @Test
    void clusterOrganisationWithOnlyRequiredFields() throws Exception {
        ClusterOrganisation c = ClusterOrganisation.builder(OrganisationId.of("c"), "C", CountryCode.of("PL"))
                .members(10, 5).build();
        assertJson(c, ClusterOrganisation.class, "{\"id\":\"c\",\"type\":\"cluster-organisation\",\"name\":{\"en\":\"C\"},"
                + "\"country\":\"PL\",\"totalMembers\":10,\"smeMembers\":5,\"listedOnEccp\":false}");
    }

    @Test
    void associationThroughTheSealedInterface() throws Exception {
        Organisation a = ClusterAssociation.of(OrganisationId.of("zp"), "ZP", CountryCode.of("PL"))
                .withFounding(org.clustermeet.core.organisation.Founding.on(LocalDate.of(2010, 1, 1)));
        assertJson(a, Organisation.class, "{\"id\":\"zp\",\"type\":\"cluster-association\",\"name\":{\"en\":\"ZP\"},"
                + "\"country\":\"PL\",\"founding\":{\"date\":\"2010-01-01\"}}");
    }

    @Test
    void subtypeReaderRefusesAnotherType() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"zp\",\"type\":\"cluster-association\","
                + "\"name\":{\"en\":\"ZP\"},\"country\":\"PL\"}", ClusterOrganisation.class))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("expected an organisation of type \"cluster-organisation\"");
    }

    @Test
    void personWithContactDetails() throws Exception {
        Person p = Person.of(PersonId.of("p"), "Łukasz", "Nowak").withEmail(EmailAddress.of("l@example.org"));
        assertJson(p, Person.class,
                "{\"id\":\"p\",\"givenName\":\"Łukasz\",\"familyName\":\"Nowak\",\"email\":\"l@example.org\"}");
    }

    @Test
    void goldLabelKeepsTheScoreExactly() throws Exception {
        QualityLabel gold = QualityLabel.gold(LabelId.of("g"), OrganisationId.of("c"), OrganisationId.of("esca"),
                LocalDate.of(2018, 2, 15), GoldAssessment.of("82.50", 2));
        assertJson(gold, QualityLabel.class, "{\"id\":\"g\",\"holder\":\"c\",\"issuer\":\"esca\",\"level\":\"gold\","
                + "\"assessedOn\":\"2018-02-15\",\"validUntil\":\"2020-02-29\","
                + "\"gold\":{\"scorePercent\":82.5,\"indicatorsAssessed\":31,\"assessors\":2}}");
    }

    @Test
    void aLabelWithoutValidUntilIsValidAsTheModelComputesIt() throws Exception {
        QualityLabel read = MAPPER.readValue("{\"id\":\"b\",\"holder\":\"c\",\"issuer\":\"esca\","
                + "\"level\":\"bronze\",\"assessedOn\":\"2018-02-15\"}", QualityLabel.class);

        assertThat(read.validUntil()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(MAPPER.writeValueAsString(read)).contains("\"validUntil\":\"2020-02-29\"");
    }

    @Test
    void membershipWithItsPeriod() throws Exception {
        Membership m = Membership.of(MembershipId.of("m"), OrganisationId.of("zp"), OrganisationId.of("eca"),
                MembershipRole.FOUNDING_MEMBER, LocalDate.of(2019, 9, 9)).endedOn(LocalDate.of(2020, 12, 31));
        assertJson(m, Membership.class, "{\"id\":\"m\",\"member\":\"zp\",\"group\":\"eca\",\"role\":\"founding-member\","
                + "\"from\":\"2019-09-09\",\"until\":\"2020-12-31\"}");
    }

    @Test
    void eligibilityPolicyByTypeName() throws Exception {
        EligibilityPolicy p = EligibilityPolicy.anyOf(EligibilityPolicy.holdsLabel(LabelLevel.GOLD),
                EligibilityPolicy.representsKind(OrganisationKind.LABELLING_BODY, OrganisationKind.CLUSTER_ASSOCIATION));
        assertJson(p, EligibilityPolicy.class, "{\"type\":\"any-of\",\"policies\":[{\"type\":\"holds-label\","
                + "\"minimum\":\"gold\"},{\"type\":\"represents-kind\",\"kinds\":[\"cluster-association\","
                + "\"labelling-body\"]}]}");
    }

    @Test
    void customPolicyCannotBeWritten() {
        EligibilityRule custom = EligibilityRule.custom("knows the password", c -> true);
        assertThatThrownBy(() -> MAPPER.writeValueAsString(custom)).isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("custom eligibility rule (\"knows the password\")");
    }

    @Test
    void registryWithACustomPolicyCannotBeSavedAndSaysWhere() {
        Registry r = Brussels2019.registry();
        Event e = r.event(Brussels2019.MEETING).orElseThrow().toBuilder()
                .eligibility(EligibilityRule.custom("invited", c -> true)).build();
        assertThatThrownBy(() -> RegistryJson.defaults().write(r.edit().put(e).apply()))
                .isInstanceOf(RegistryJsonException.class).hasMessageContaining("cannot be written to JSON");
    }

    @Test
    void registrationWithInstant() throws Exception {
        Registration r = new Registration(RegistrationId.of("r"), EventId.of("e"), PersonId.of("p"),
                OrganisationId.of("o"), EventRole.CLUSTER_MANAGER, RegistrationState.WAITLISTED,
                Instant.parse("2019-11-04T09:00:00Z"));
        assertJson(r, Registration.class, "{\"id\":\"r\",\"event\":\"e\",\"person\":\"p\",\"organisation\":\"o\","
                + "\"role\":\"cluster-manager\",\"state\":\"waitlisted\",\"registeredAt\":\"2019-11-04T09:00:00Z\"}");
    }

    @Test
    void enumerationsAreReadInTheConstantsSpellingTooAndWrittenInTheDocuments() throws Exception {
        Registration r = MAPPER.readValue("{\"id\":\"r\",\"event\":\"e\",\"person\":\"p\",\"organisation\":\"o\","
                + "\"role\":\"CLUSTER_MANAGER\",\"state\":\"Waitlisted\",\"registeredAt\":\"2019-11-04T09:00:00Z\"}",
                Registration.class);

        assertThat(r.role()).isEqualTo(EventRole.CLUSTER_MANAGER);
        assertThat(r.state()).isEqualTo(RegistrationState.WAITLISTED);
        assertThat(MAPPER.writeValueAsString(r)).contains("\"role\":\"cluster-manager\"", "\"state\":\"waitlisted\"");
    }

    @Test
    void statedCount() throws Exception {
        StatedCount f = new StatedCount(FactId.of("f"), "gold labels", StatedCount.Qualifier.MORE_THAN, 6500,
                LocalDate.of(2019, 12, 4), StatedCount.Precision.DAY, "news");
        assertJson(f, StatedCount.class, "{\"id\":\"f\",\"subject\":\"gold labels\",\"qualifier\":\"more-than\","
                + "\"value\":6500,\"asOf\":\"2019-12-04\",\"precision\":\"day\",\"source\":\"news\"}");
    }

    @Test
    void eventWithDaysAndEmptyListsOmitted() throws Exception {
        Event e = Event.builder(EventId.of("e"), "E", org.clustermeet.core.event.EventKind.WEBINAR,
                org.clustermeet.core.event.EventSchedule.day(LocalDate.of(2020, 4, 1))).build();
        assertJson(e, Event.class, "{\"id\":\"e\",\"title\":{\"en\":\"E\"},\"kind\":\"webinar\","
                + "\"firstDay\":\"2020-04-01\",\"lastDay\":\"2020-04-01\",\"status\":\"planned\"}");
    }

    @Test
    void eventOpenToAnyone() throws Exception {
        Event e = Event.builder(EventId.of("e"), "E", org.clustermeet.core.event.EventKind.WEBINAR,
                org.clustermeet.core.event.EventSchedule.day(LocalDate.of(2020, 4, 1))).openRegistration(true).build();
        assertJson(e, Event.class, "{\"id\":\"e\",\"title\":{\"en\":\"E\"},\"kind\":\"webinar\","
                + "\"firstDay\":\"2020-04-01\",\"lastDay\":\"2020-04-01\",\"status\":\"planned\","
                + "\"openRegistration\":true}");
    }

    @Test
    void roleDeclaredByThePerson() throws Exception {
        Person p = Person.of(PersonId.of("p"), "Łukasz", "Nowak").withRole(
                org.clustermeet.core.person.PersonRole.declared(OrganisationId.of("o"), "Analyst",
                        LocalDate.of(2026, 12, 3)));
        assertJson(p, Person.class, "{\"id\":\"p\",\"givenName\":\"Łukasz\",\"familyName\":\"Nowak\","
                + "\"roles\":[{\"organisation\":\"o\",\"title\":\"Analyst\",\"from\":\"2026-12-03\","
                + "\"declared\":true}]}");
    }

    @Test
    void anEventAdmittingDeputiesAsClusterManagersSaysSo() throws Exception {
        Event e = Event.builder(EventId.of("e"), "E", org.clustermeet.core.event.EventKind.WEBINAR,
                org.clustermeet.core.event.EventSchedule.day(LocalDate.of(2020, 4, 1)))
                .admitKinds(org.clustermeet.core.participation.EventRole.CLUSTER_MANAGER,
                        org.clustermeet.core.person.RoleKind.DEPUTY_MANAGER, org.clustermeet.core.person.RoleKind.MANAGER)
                .build();
        assertJson(e, Event.class, "{\"id\":\"e\",\"title\":{\"en\":\"E\"},\"kind\":\"webinar\","
                + "\"firstDay\":\"2020-04-01\",\"lastDay\":\"2020-04-01\",\"status\":\"planned\","
                + "\"admittedKinds\":{\"cluster-manager\":[\"manager\",\"deputy-manager\"]}}");
    }

    @Test
    void anEventRestrictingNoRoleToAKindIsWrittenWithAnEmptyObject() throws Exception {
        Event e = Event.builder(EventId.of("e"), "E", org.clustermeet.core.event.EventKind.WEBINAR,
                org.clustermeet.core.event.EventSchedule.day(LocalDate.of(2020, 4, 1)))
                .admittedKinds(org.clustermeet.core.event.AdmittedKinds.ANY).build();
        assertJson(e, Event.class, "{\"id\":\"e\",\"title\":{\"en\":\"E\"},\"kind\":\"webinar\","
                + "\"firstDay\":\"2020-04-01\",\"lastDay\":\"2020-04-01\",\"status\":\"planned\","
                + "\"admittedKinds\":{}}");
    }

    @Test
    void anEventWithoutAdmittedKindsTakesOnlyManagersAsClusterManagers() throws Exception {
        Event e = MAPPER.readValue("{\"id\":\"e\",\"title\":{\"en\":\"E\"},\"kind\":\"webinar\","
                + "\"firstDay\":\"2020-04-01\",\"lastDay\":\"2020-04-01\",\"status\":\"planned\"}", Event.class);
        assertThat(e.admittedKinds()).isEqualTo(org.clustermeet.core.event.AdmittedKinds.DEFAULT);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "{\"chef\": [\"manager\"]}|/events/0/admittedKinds/chef|unknown value \"chef\"",
        "{\"cluster-manager\": []}|/events/0/admittedKinds/cluster-manager|leave \"cluster-manager\" out to admit any kind",
        "{\"cluster-manager\": [\"boss\"]}|/events/0/admittedKinds/cluster-manager/0|unknown value \"boss\"",
        "{\"cluster-manager\": [\"manager\", \"manager\"]}|/events/0/admittedKinds/cluster-manager/1|is named twice",
        "{\"cluster-manager\": [\"manager\"], \"CLUSTER_MANAGER\": [\"staff\"]}|/events/0/admittedKinds/CLUSTER_MANAGER|is named twice",
        "[\"manager\"]|/events/0/admittedKinds|"})
    void badAdmittedKindsAreRefusedAtTheirPointer(String admitted, String pointer, String message) {
        String doc = "{\"format\": \"clustermeet-registry\", \"version\": 1, \"events\": [{\"id\": \"e\", "
                + "\"title\": {\"en\": \"E\"}, \"kind\": \"webinar\", \"firstDay\": \"2020-04-01\", "
                + "\"lastDay\": \"2020-04-01\", \"status\": \"planned\", \"admittedKinds\": " + admitted + "}]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegistryJson.defaults().read(doc))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining(pointer).hasMessageContaining(message == null ? "" : message);
    }

    @Test
    void roleWithItsKindBesideATitleInAnyLanguage() throws Exception {
        Person p = Person.of(PersonId.of("p"), "Zofia", "Nowak").withRole(
                org.clustermeet.core.person.PersonRole.of(OrganisationId.of("o"), "Zastępczyni menedżera klastra",
                        LocalDate.of(2026, 12, 3)).withKind(org.clustermeet.core.person.RoleKind.DEPUTY_MANAGER));
        assertJson(p, Person.class, "{\"id\":\"p\",\"givenName\":\"Zofia\",\"familyName\":\"Nowak\","
                + "\"roles\":[{\"organisation\":\"o\",\"title\":\"Zastępczyni menedżera klastra\","
                + "\"from\":\"2026-12-03\",\"kind\":\"deputy-manager\"}]}");
    }

    @Test
    void anUnknownKindOfRoleIsRefusedAtItsPointer() {
        String doc = "{\"format\": \"clustermeet-registry\", \"version\": 1, \"organisations\": [{\"id\": \"o\", "
                + "\"type\": \"other\", \"name\": {\"en\": \"O\"}, \"country\": \"PL\"}], \"people\": [{\"id\": \"p\", "
                + "\"givenName\": \"Zofia\", \"roles\": [{\"organisation\": \"o\", \"title\": \"Boss\", "
                + "\"from\": \"2026-12-03\", \"kind\": \"boss\"}]}]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegistryJson.defaults().read(doc))
                .isInstanceOf(RegistryJsonException.class)
                .hasMessageContaining("/people/0/roles/0/kind").hasMessageContaining("deputy-manager");
    }

    @Test
    void allianceWithFoundingEvent() throws Exception {
        Organisation eca = org.clustermeet.core.organisation.Alliance.of(OrganisationId.of("eca"),
                "European Clusters Alliance", org.clustermeet.core.organisation.Founding.on(LocalDate.of(2019, 9, 9),
                        EventId.of("reds-2019")));
        assertJson(eca, Organisation.class, "{\"id\":\"eca\",\"type\":\"alliance\",\"name\":{\"en\":"
                + "\"European Clusters Alliance\"},\"founding\":{\"date\":\"2019-09-09\",\"event\":\"reds-2019\"}}");
    }

    @Test
    void renamedPublicAuthority() throws Exception {
        Organisation ministry = new org.clustermeet.core.organisation.PublicAuthority(OrganisationId.of("m"),
                org.clustermeet.core.organisation.NameHistory.of("Ministry of Entrepreneurship and Technology")
                        .renamedOn(LocalDate.of(2019, 11, 15), LocalizedText.english("Ministry of Development")),
                List.of(), java.util.Optional.of(CountryCode.of("PL")), java.util.Optional.empty());
        assertJson(ministry, Organisation.class, "{\"id\":\"m\",\"type\":\"public-authority\",\"name\":{\"en\":"
                + "\"Ministry of Entrepreneurship and Technology\"},\"renamings\":[{\"on\":\"2019-11-15\",\"name\":"
                + "{\"en\":\"Ministry of Development\"}}],\"country\":\"PL\"}");
    }

    @Test
    void labellingBodyWithWebsite() throws Exception {
        Organisation esca = new org.clustermeet.core.organisation.LabellingBody(OrganisationId.of("esca"),
                org.clustermeet.core.organisation.NameHistory.of("ESCA"), List.of(), java.util.Optional.empty(),
                java.util.Optional.of(org.clustermeet.core.value.WebLink.of("https://example.org/")));
        assertJson(esca, Organisation.class, "{\"id\":\"esca\",\"type\":\"labelling-body\",\"name\":{\"en\":"
                + "\"ESCA\"},\"website\":\"https://example.org/\"}");
    }

    @Test
    void otherOrganisationWithCountry() throws Exception {
        Organisation company = org.clustermeet.core.organisation.OtherOrganisation.of(OrganisationId.of("acme"),
                "Illustrative Company", java.util.Optional.of(CountryCode.of("PL")));
        assertJson(company, Organisation.class, "{\"id\":\"acme\",\"type\":\"other\",\"name\":{\"en\":"
                + "\"Illustrative Company\"},\"country\":\"PL\"}");
    }

    @Test
    void sessionWithTimeSlotKeepsOffsetAndZone() throws Exception {
        java.time.ZonedDateTime start = java.time.ZonedDateTime.of(2019, 12, 4, 9, 0, 0, 0, Fixtures.BRUSSELS);
        org.clustermeet.core.event.Session s = org.clustermeet.core.event.Session.of(
                        org.clustermeet.core.id.SessionId.of("s1"), 1, "World café",
                        org.clustermeet.core.event.SessionFormat.WORLD_CAFE)
                .withSlot(new org.clustermeet.core.event.TimeSlot(start, start.plusMinutes(90)));
        assertJson(s, org.clustermeet.core.event.Session.class, "{\"id\":\"s1\",\"order\":1,\"title\":{\"en\":"
                + "\"World café\"},\"format\":\"world-cafe\",\"start\":\"2019-12-04T09:00:00+01:00\","
                + "\"end\":\"2019-12-04T10:30:00+01:00\",\"zone\":\"Europe/Brussels\"}");
    }

    @Test
    void wholeRegistryThroughTheUsersMapperEqualsTheFacade() throws Exception {
        Registry full = Fixtures.full();
        String viaMapper = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(full);
        assertThat(MAPPER.readValue(viaMapper, Registry.class)).isEqualTo(full);
        assertThat(MAPPER.readValue(RegistryJson.defaults().write(full), Registry.class)).isEqualTo(full);
    }

    @Test
    void listOfValuesUsesTheModule() throws Exception {
        List<CountryCode> codes = MAPPER.readValue("[\"EL\",\"UK\"]",
                MAPPER.getTypeFactory().constructCollectionType(List.class, CountryCode.class));
        assertThat(codes).containsExactly(CountryCode.of("GR"), CountryCode.of("GB"));
    }

    @Test
    void moduleIsFoundThroughServiceLoader() {
        List<Module> modules = ObjectMapper.findModules();
        assertThat(modules).anyMatch(m -> m instanceof ClusterMeetModule);
    }

    @Test
    void optionalAbsentValuesAreNeverWrittenAsNull() throws Exception {
        assertThat(RegistryJson.defaults().write(Brussels2019.registry())).doesNotContain("null");
    }
}
