package org.clustermeet.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Refusals are data rendered into English in one place; policies are told apart by a visitor. */
class RefusalTest {

    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);

    @Test
    void anExpiredLabelRefusalCarriesItsFactsAndReadsAsASentence() {
        Refusal r = Refusal.of(Refusal.Reason.LABEL_EXPIRED, "Silesian Aviation Cluster", LabelLevel.GOLD, DAY,
                LabelLevel.GOLD, LocalDate.of(2019, 2, 28));
        assertThat(r.arguments()).containsExactly("Silesian Aviation Cluster", LabelLevel.GOLD, DAY, LabelLevel.GOLD,
                LocalDate.of(2019, 2, 28));
        assertThat(r.describe()).isEqualTo("Silesian Aviation Cluster holds no GOLD label valid on 2019-12-04: its GOLD "
                + "label expired on 2019-02-28");
    }

    @Test
    void kindsAreNamedWithTheirArticle() {
        Refusal r = Refusal.of(Refusal.Reason.WRONG_KIND, "ECA", OrganisationKind.ALLIANCE,
                Set.of(OrganisationKind.CLUSTER_ASSOCIATION));
        assertThat(r.describe()).isEqualTo("ECA is an alliance, not a cluster association");
    }

    @ParameterizedTest
    @EnumSource(Refusal.Reason.class)
    void everyReasonRendersWithItsArguments(Refusal.Reason reason) {
        List<Object> arguments = new ArrayList<>(List.of("Org", LabelLevel.SILVER, DAY));
        switch (reason) {
            case LABEL_EXPIRED, LABEL_NOT_YET_VALID, LABEL_BELOW_MINIMUM -> arguments.addAll(List.of(LabelLevel.GOLD, DAY));
            case NOT_A_LABEL_HOLDER -> arguments.add(OrganisationKind.LABELLING_BODY);
            case WRONG_KIND -> arguments = List.of("Org", OrganisationKind.ALLIANCE, Set.of(OrganisationKind.LABELLING_BODY));
            case WRONG_ROLE -> arguments = List.of("Anna Nowak", EventRole.OBSERVER, Set.of(EventRole.SPEAKER));
            case NOT_A_MEMBER, EXCLUDED, CUSTOM_RULE_FAILED -> arguments = List.of("Org", "Someone", "some rule");
            case EVENT_CANCELLED, EVENT_HELD -> arguments = List.of("e1", "Title");
            case REGISTRATION_NOT_YET_OPEN, REGISTRATION_CLOSED -> arguments = List.of("e1",
                    Instant.parse("2019-12-01T00:00:00Z"), Instant.parse("2019-12-05T00:00:00Z"));
            case ALREADY_REGISTERED -> arguments = List.of("Anna Nowak", "e1", "r1", RegistrationState.REGISTERED);
            case ATTENDANCE_MODE_NOT_OFFERED -> arguments = List.of("e1",
                    org.clustermeet.core.participation.AttendanceMode.ONLINE, org.clustermeet.core.participation.AttendanceMode.IN_PERSON);
            case ROLE_KIND_NOT_ADMITTED -> arguments = List.of("Anna Nowak", "Org", Set.of(RoleKind.DEPUTY_MANAGER),
                    Set.of(RoleKind.MANAGER), EventRole.CLUSTER_MANAGER);
            case ROLE_KIND_NOT_STATED -> arguments = List.of("Anna Nowak", "Org", List.of("Manager"),
                    Set.of(RoleKind.MANAGER), EventRole.CLUSTER_MANAGER);
            default -> {
            }
        }
        Refusal refusal = new Refusal(reason, arguments);
        assertThat(refusal.describe()).isNotBlank().doesNotContain("null");
        assertThat(refusal.describe(Locale.forLanguageTag("pl"))).as("every reason has Polish words").isNotBlank()
                .doesNotContain("null").isNotEqualTo(refusal.describe());
        assertThat(refusal.describe(Locale.GERMAN)).as("other languages fall back to English")
                .isEqualTo(refusal.describe());
    }

    @Test
    void aPolishRefusalShowsThePolishNameFromTheData() {
        Refusal r = Refusal.of(Refusal.Reason.LABEL_EXPIRED, LocalizedText.of(Map.of("en", "Silesian Aviation Cluster",
                "pl", "Śląski Klaster Lotniczy")), LabelLevel.GOLD, DAY, LabelLevel.GOLD, LocalDate.of(2019, 2, 28));
        assertThat(r.describe(Locale.forLanguageTag("pl"))).isEqualTo("Śląski Klaster Lotniczy nie ma certyfikatu "
                + "GOLD ważnego w dniu 2019-12-04: jej certyfikat GOLD wygasł 2019-02-28");
        assertThat(r.describe()).startsWith("Silesian Aviation Cluster holds no GOLD label");
    }

    @Test
    void aMissingLocaleIsNamedInTheError() {
        assertThatThrownBy(() -> EventRole.OBSERVER.label(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
        assertThatThrownBy(() -> Refusal.of(Refusal.Reason.EVENT_HELD, "e1", "Title").describe(null))
                .isInstanceOf(NullPointerException.class).hasMessage("locale");
    }

    @Test
    void polishKindsAndRolesAreNamedInPolish() {
        Refusal r = Refusal.of(Refusal.Reason.WRONG_ROLE, "Anna Nowak", EventRole.OBSERVER,
                Set.of(EventRole.CLUSTER_MANAGER));
        assertThat(r.describe(Locale.forLanguageTag("pl")))
                .isEqualTo("Anna Nowak rejestruje się jako obserwator, a nie jako menedżer klastra");
    }

    @Test
    void aDeputyRefusedAsManagerIsToldWhichRoleSheHoldsAndWhichIsTaken() {
        Refusal r = Refusal.of(Refusal.Reason.ROLE_KIND_NOT_ADMITTED, "Zofia Nowak", "Klaster X",
                Set.of(RoleKind.DEPUTY_MANAGER), Set.of(RoleKind.MANAGER), EventRole.CLUSTER_MANAGER);
        assertThat(r.describe()).isEqualTo("Zofia Nowak holds the role 'deputy manager' at Klaster X, not 'manager', "
                + "and so cannot register as cluster manager");
        assertThat(r.describe(Locale.forLanguageTag("pl"))).isEqualTo("osoba Zofia Nowak pełni w: Klaster X funkcję "
                + "„zastępca menedżera”, a nie „menedżer”, więc nie może zarejestrować się jako menedżer klastra");
    }

    @Test
    void aRoleWithoutAStatedKindIsNamedByItsTitle() {
        Refusal r = Refusal.of(Refusal.Reason.ROLE_KIND_NOT_STATED, "Zofia Nowak", "Klaster X",
                List.of("Zastępczyni menedżera klastra"), Set.of(RoleKind.MANAGER), EventRole.CLUSTER_MANAGER);
        assertThat(r.describe()).isEqualTo("the kind of Zofia Nowak's role at Klaster X (\"Zastępczyni menedżera "
                + "klastra\") is not stated, and registering as cluster manager takes the role 'manager'");
        assertThat(r.describe(Locale.forLanguageTag("pl"))).isEqualTo("nie podano rodzaju funkcji osoby Zofia Nowak "
                + "w: Klaster X („Zastępczyni menedżera klastra”), a rejestracja jako menedżer klastra wymaga "
                + "funkcji „menedżer”");
    }

    @Test
    void aRefusalWithTheWrongNumberOfArgumentsIsRefused() {
        assertThatThrownBy(() -> Refusal.of(Refusal.Reason.NO_LABEL_ON_RECORD, "Org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refusal NO_LABEL_ON_RECORD takes 3 arguments, not 1");
    }

    @Test
    void aVisitorTellsEveryKindOfPolicyApart() {
        EligibilityPolicy.Visitor<String> names = new EligibilityPolicy.Visitor<>() {
            @Override
            public String allOf(EligibilityPolicy.AllOf policy) {
                return "all-of";
            }

            @Override
            public String anyOf(EligibilityPolicy.AnyOf policy) {
                return "any-of";
            }

            @Override
            public String not(EligibilityPolicy.Not policy) {
                return "not";
            }

            @Override
            public String holdsLabel(EligibilityPolicy.HoldsLabel policy) {
                return "holds-label";
            }

            @Override
            public String representsKind(EligibilityPolicy.RepresentsKind policy) {
                return "represents-kind";
            }

            @Override
            public String memberOf(EligibilityPolicy.MemberOf policy) {
                return "member-of";
            }

            @Override
            public String hasEventRole(EligibilityPolicy.HasEventRole policy) {
                return "has-event-role";
            }
        };
        EligibilityPolicy role = EligibilityPolicy.hasEventRole(EventRole.SPEAKER);
        assertThat(List.of(EligibilityPolicy.allOf(role), EligibilityPolicy.anyOf(role), EligibilityPolicy.not(role),
                EligibilityPolicy.holdsLabel(LabelLevel.GOLD), EligibilityPolicy.representsKind(OrganisationKind.ALLIANCE),
                EligibilityPolicy.memberOf(OrganisationId.of("eca")), role).stream().map(p -> p.accept(names)))
                .containsExactly("all-of", "any-of", "not", "holds-label", "represents-kind", "member-of",
                        "has-event-role");
    }

    @Test
    void aRuleWrittenInCodeIsNoPolicy() {
        EligibilityRule invited = EligibilityRule.custom("invited", c -> true);
        assertThat(invited.asPolicy()).isEmpty();
        assertThat(EligibilityPolicy.holdsLabel(LabelLevel.GOLD).asPolicy()).isPresent();
    }

    @Test
    void aWrongKindIsNamedInPolishWithEveryKindAccepted() {
        Refusal r = Refusal.of(Refusal.Reason.WRONG_KIND, "ECA", OrganisationKind.ALLIANCE,
                List.of(OrganisationKind.CLUSTER_ASSOCIATION, OrganisationKind.CLUSTER_ORGANISATION));

        assertThat(r.describe(Locale.forLanguageTag("pl"))).isEqualTo("ECA to "
                + OrganisationKind.ALLIANCE.label(Locale.forLanguageTag("pl")) + ", a wymagany rodzaj to: "
                + OrganisationKind.CLUSTER_ASSOCIATION.label(Locale.forLanguageTag("pl")) + " lub "
                + OrganisationKind.CLUSTER_ORGANISATION.label(Locale.forLanguageTag("pl")));
    }

    @Test
    void everyNestedPolicyTellsTheGroupsItNames() {
        OrganisationId zp = OrganisationId.of("zp");
        OrganisationId eca = OrganisationId.of("eca");
        EligibilityPolicy policy = EligibilityPolicy.allOf(EligibilityPolicy.anyOf(
                EligibilityPolicy.not(EligibilityPolicy.memberOf(zp)), EligibilityPolicy.holdsLabel(LabelLevel.GOLD)),
                EligibilityPolicy.memberOf(eca));

        assertThat(policy.referencedGroups()).containsExactlyInAnyOrder(zp, eca);
    }

    @Test
    void aNullAmongTheKindsOrRolesIsRefusedNamingTheArgument() {
        Set<OrganisationKind> kinds = new java.util.HashSet<>();
        kinds.add(null);
        Set<EventRole> roles = new java.util.HashSet<>();
        roles.add(null);

        assertThatThrownBy(() -> new EligibilityPolicy.RepresentsKind(kinds)).isInstanceOf(NullPointerException.class)
                .hasMessage("representsKind element");
        assertThatThrownBy(() -> new EligibilityPolicy.HasEventRole(roles)).isInstanceOf(NullPointerException.class)
                .hasMessage("hasEventRole element");
    }
}
