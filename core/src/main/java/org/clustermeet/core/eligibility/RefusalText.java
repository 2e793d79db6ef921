package org.clustermeet.core.eligibility;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.value.LocalizedText;

/**
 * Renders refusals in English and in Polish: the one place where their words are chosen. Each
 * language is an exhaustive switch over {@link Refusal.Reason}, so a new reason does not compile
 * until both languages have words for it. Arguments that are {@link LocalizedText} (organisation
 * names, event titles) are shown in the language asked for where the data has it.
 */
final class RefusalText {

    /** The Polish locale. */
    static final Locale POLISH = Locale.forLanguageTag("pl");

    private RefusalText() {
    }

    static String render(Refusal refusal, Locale locale) {
        return Texts.isPolish(locale) ? polish(refusal) : english(refusal);
    }

    static String english(Refusal refusal) {
        Args a = new Args(refusal.arguments(), Locale.ENGLISH);
        return switch (refusal.reason()) {
            case LABEL_EXPIRED -> noLabel(a) + "its " + a.s(3) + " label expired on " + a.s(4);
            case LABEL_NOT_YET_VALID -> noLabel(a) + "its " + a.s(3) + " label is valid only from " + a.s(4);
            case LABEL_BELOW_MINIMUM -> noLabel(a) + "the label in force is its " + a.s(3) + " label assessed on "
                    + a.s(4);
            case NOT_A_LABEL_HOLDER -> noLabel(a) + "it is " + ((OrganisationKind) a.get(3)).withArticle()
                    + ", and only cluster organisations hold labels";
            case NO_LABEL_ON_RECORD -> noLabel(a) + "it has no " + levels((LabelLevel) a.get(1)) + " label on record";
            case WRONG_KIND -> a.s(0) + " is " + ((OrganisationKind) a.get(1)).withArticle() + ", not "
                    + kinds((Collection<?>) a.get(2));
            case NOT_A_MEMBER -> a.s(0) + " is not a member of " + a.s(1) + " on " + a.s(2)
                    + ", directly or through an association";
            case WRONG_ROLE -> a.s(0) + " registers as " + ((EventRole) a.get(1)).label() + ", not as "
                    + roles((Collection<?>) a.get(2), Locale.ENGLISH, " or ");
            case EXCLUDED -> a.s(0) + " (" + a.s(1) + ") is excluded: the rule \"" + a.s(2) + "\" holds";
            case CUSTOM_RULE_FAILED -> a.s(0) + " (" + a.s(1) + ") does not meet the rule: " + a.s(2);
            case EVENT_CANCELLED -> "event " + a.s(0) + " (" + a.s(1) + ") is cancelled";
            case EVENT_HELD -> "event " + a.s(0) + " (" + a.s(1) + ") has already been held";
            case REGISTRATION_NOT_YET_OPEN -> "registration for event " + a.s(0) + " opens at " + a.s(1)
                    + "; the request arrived at " + a.s(2);
            case REGISTRATION_CLOSED -> "registration for event " + a.s(0) + " closed at " + a.s(1)
                    + "; the request arrived at " + a.s(2);
            case ALREADY_REGISTERED -> a.s(0) + " is already registered for event " + a.s(1) + " (registration "
                    + a.s(2) + ", " + a.s(3) + ")";
            case NO_ROLE_AT_ORGANISATION -> a.s(0) + " holds no role at " + a.s(1) + " on " + a.s(2)
                    + " and so cannot represent it";
            case ROLE_KIND_NOT_ADMITTED -> a.s(0) + " holds the role " + roleKinds(a.get(2), Locale.ENGLISH, " and ")
                    + " at " + a.s(1) + ", not " + roleKinds(a.get(3), Locale.ENGLISH, " or ")
                    + ", and so cannot register as " + ((EventRole) a.get(4)).label();
            case ROLE_KIND_NOT_STATED -> "the kind of " + a.s(0) + "'s role at " + a.s(1) + " (" + titles(a.get(2), false)
                    + ") is not stated, and registering as " + ((EventRole) a.get(4)).label() + " takes the role "
                    + roleKinds(a.get(3), Locale.ENGLISH, " or ");
            case ATTENDANCE_MODE_NOT_OFFERED -> "event " + a.s(0) + " cannot be attended " + mode(a.get(1), false)
                    + ": it is " + mode(a.get(2), false);
        };
    }

    static String polish(Refusal refusal) {
        Args a = new Args(refusal.arguments(), POLISH);
        return switch (refusal.reason()) {
            case LABEL_EXPIRED -> noLabelPl(a) + "jej certyfikat " + a.s(3) + " wygasł " + a.s(4);
            case LABEL_NOT_YET_VALID -> noLabelPl(a) + "jej certyfikat " + a.s(3) + " jest ważny dopiero od " + a.s(4);
            case LABEL_BELOW_MINIMUM -> noLabelPl(a) + "obowiązuje jej certyfikat " + a.s(3) + " z oceny z dnia "
                    + a.s(4);
            case NOT_A_LABEL_HOLDER -> noLabelPl(a) + "jest to " + ((OrganisationKind) a.get(3)).label(POLISH)
                    + ", a certyfikaty mają tylko organizacje klastrowe";
            case NO_LABEL_ON_RECORD -> noLabelPl(a) + "w rejestrze nie ma jej certyfikatu "
                    + levelsPl((LabelLevel) a.get(1));
            case WRONG_KIND -> a.s(0) + " to " + ((OrganisationKind) a.get(1)).label(POLISH) + ", a wymagany rodzaj to: "
                    + ((Collection<?>) a.get(2)).stream().map(k -> ((OrganisationKind) k).label(POLISH))
                    .collect(Collectors.joining(" lub "));
            case NOT_A_MEMBER -> a.s(0) + " nie należy w dniu " + a.s(2) + " do: " + a.s(1)
                    + " (ani bezpośrednio, ani przez stowarzyszenie)";
            case WRONG_ROLE -> a.s(0) + " rejestruje się jako " + ((EventRole) a.get(1)).label(POLISH)
                    + ", a nie jako " + roles((Collection<?>) a.get(2), POLISH, " lub ");
            case EXCLUDED -> a.s(0) + " (" + a.s(1) + ") jest wykluczona: zachodzi reguła „" + a.s(2) + "”";
            case CUSTOM_RULE_FAILED -> a.s(0) + " (" + a.s(1) + ") nie spełnia reguły: " + a.s(2);
            case EVENT_CANCELLED -> "wydarzenie " + a.s(0) + " (" + a.s(1) + ") zostało odwołane";
            case EVENT_HELD -> "wydarzenie " + a.s(0) + " (" + a.s(1) + ") już się odbyło";
            case REGISTRATION_NOT_YET_OPEN -> "rejestracja na wydarzenie " + a.s(0) + " otwiera się " + a.s(1)
                    + "; zgłoszenie wpłynęło " + a.s(2);
            case REGISTRATION_CLOSED -> "rejestracja na wydarzenie " + a.s(0) + " została zamknięta " + a.s(1)
                    + "; zgłoszenie wpłynęło " + a.s(2);
            case ALREADY_REGISTERED -> "osoba " + a.s(0) + " jest już zarejestrowana na wydarzenie " + a.s(1)
                    + " (rejestracja " + a.s(2) + ", " + a.s(3) + ")";
            case NO_ROLE_AT_ORGANISATION -> "osoba " + a.s(0) + " nie pełni w dniu " + a.s(2) + " żadnej funkcji w: "
                    + a.s(1) + ", więc nie może jej reprezentować";
            case ROLE_KIND_NOT_ADMITTED -> "osoba " + a.s(0) + " pełni w: " + a.s(1) + " funkcję "
                    + roleKinds(a.get(2), POLISH, " i ") + ", a nie " + roleKinds(a.get(3), POLISH, " lub ")
                    + ", więc nie może zarejestrować się jako " + ((EventRole) a.get(4)).label(POLISH);
            case ROLE_KIND_NOT_STATED -> "nie podano rodzaju funkcji osoby " + a.s(0) + " w: " + a.s(1) + " ("
                    + titles(a.get(2), true) + "), a rejestracja jako " + ((EventRole) a.get(4)).label(POLISH)
                    + " wymaga funkcji " + roleKinds(a.get(3), POLISH, " lub ");
            case ATTENDANCE_MODE_NOT_OFFERED -> "w wydarzeniu " + a.s(0) + " nie można uczestniczyć "
                    + mode(a.get(1), true) + ": odbywa się ono " + mode(a.get(2), true);
        };
    }

    /** "in person", "online", "hybrid" (Polish: "stacjonarnie", "online", "hybrydowo"). */
    private static String mode(Object mode, boolean polish) {
        return switch ((AttendanceMode) mode) {
            case IN_PERSON -> polish ? "stacjonarnie" : "in person";
            case ONLINE -> "online";
            case HYBRID -> polish ? "hybrydowo" : "hybrid";
        };
    }

    /** "'manager' or 'deputy manager'" (Polish: "„menedżer” lub „zastępca menedżera”"). */
    private static String roleKinds(Object kinds, Locale locale, String joiner) {
        boolean polish = Texts.isPolish(locale);
        return ((Collection<?>) kinds).stream().map(k -> ((RoleKind) k).label(locale))
                .map(k -> polish ? "„" + k + "”" : "'" + k + "'").collect(Collectors.joining(joiner));
    }

    /** "\"Zastępczyni menedżera klastra\", \"Board\"": titles as the data has them, quoted. */
    private static String titles(Object titles, boolean polish) {
        return ((Collection<?>) titles).stream().map(t -> polish ? "„" + t + "”" : "\"" + t + "\"")
                .collect(Collectors.joining(", "));
    }

    /** "GOLD", or "SILVER or higher". */
    static String levels(LabelLevel minimum) {
        return minimum == LabelLevel.GOLD ? "GOLD" : minimum + " or higher";
    }

    /** "GOLD", or "SILVER lub wyższego". */
    private static String levelsPl(LabelLevel minimum) {
        return minimum == LabelLevel.GOLD ? "GOLD" : minimum + " lub wyższego";
    }

    /** "a cluster association or a labelling body". */
    static String kinds(Collection<?> kinds) {
        return kinds.stream().map(k -> ((OrganisationKind) k).withArticle()).collect(Collectors.joining(" or "));
    }

    /** "cluster manager or speaker". */
    static String roles(Collection<?> roles) {
        return roles(roles, Locale.ENGLISH, " or ");
    }

    private static String roles(Collection<?> roles, Locale locale, String or) {
        return roles.stream().map(r -> ((EventRole) r).label(locale)).collect(Collectors.joining(or));
    }

    private static String noLabel(Args a) {
        return a.s(0) + " holds no " + levels((LabelLevel) a.get(1)) + " label valid on " + a.s(2) + ": ";
    }

    private static String noLabelPl(Args a) {
        return a.s(0) + " nie ma certyfikatu " + levelsPl((LabelLevel) a.get(1)) + " ważnego w dniu " + a.s(2) + ": ";
    }

    /** A refusal's arguments, with localized texts shown in one language. */
    private record Args(List<Object> values, Locale locale) {

        Object get(int i) {
            return values.get(i);
        }

        String s(int i) {
            Object v = values.get(i);
            return v instanceof LocalizedText t ? t.get(locale) : String.valueOf(v);
        }
    }
}
