package org.clustermeet.core.eligibility;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.registration.EventRole;

/** Renders refusals in English: the one place where their words are chosen. */
final class RefusalText {

    private RefusalText() {
    }

    static String english(Refusal refusal) {
        List<Object> a = refusal.arguments();
        return switch (refusal.reason()) {
            case LABEL_EXPIRED -> noLabel(a) + "its " + a.get(3) + " label expired on " + a.get(4);
            case LABEL_BELOW_MINIMUM -> noLabel(a) + "the label in force is its " + a.get(3) + " label assessed on "
                    + a.get(4);
            case LABEL_NOT_YET_VALID -> noLabel(a) + "its " + a.get(3) + " label is valid only from " + a.get(4);
            case NOT_A_LABEL_HOLDER -> noLabel(a) + "it is " + ((OrganisationKind) a.get(3)).withArticle()
                    + ", and only cluster organisations hold labels";
            case NO_LABEL_ON_RECORD -> noLabel(a) + "it has no " + levels((LabelLevel) a.get(1)) + " label on record";
            case WRONG_KIND -> a.get(0) + " is " + ((OrganisationKind) a.get(1)).withArticle() + ", not "
                    + kinds((Collection<?>) a.get(2));
            case NOT_A_MEMBER -> a.get(0) + " is not a member of " + a.get(1) + " on " + a.get(2)
                    + ", directly or through an association";
            case WRONG_ROLE -> a.get(0) + " registers as " + ((EventRole) a.get(1)).label() + ", not as "
                    + roles((Collection<?>) a.get(2));
            case EXCLUDED -> a.get(0) + " (" + a.get(1) + ") is excluded: the rule \"" + a.get(2) + "\" holds";
            case CUSTOM_RULE_FAILED -> a.get(0) + " (" + a.get(1) + ") does not meet the rule: " + a.get(2);
            case EVENT_CANCELLED -> "event " + a.get(0) + " (" + a.get(1) + ") is cancelled";
            case EVENT_HELD -> "event " + a.get(0) + " (" + a.get(1) + ") has already been held";
            case REGISTRATION_NOT_YET_OPEN -> "registration for event " + a.get(0) + " opens at " + a.get(1)
                    + "; the request arrived at " + a.get(2);
            case REGISTRATION_CLOSED -> "registration for event " + a.get(0) + " closed at " + a.get(1)
                    + "; the request arrived at " + a.get(2);
            case ALREADY_REGISTERED -> a.get(0) + " is already registered for event " + a.get(1) + " (registration "
                    + a.get(2) + ", " + a.get(3) + ")";
            case NO_ROLE_AT_ORGANISATION -> a.get(0) + " holds no role at " + a.get(1) + " on " + a.get(2)
                    + " and so cannot represent it";
        };
    }

    /** "GOLD", or "SILVER or higher". */
    static String levels(LabelLevel minimum) {
        return minimum == LabelLevel.GOLD ? "GOLD" : minimum + " or higher";
    }

    /** "a cluster association or a labelling body". */
    static String kinds(Collection<?> kinds) {
        return kinds.stream().map(k -> ((OrganisationKind) k).withArticle()).collect(Collectors.joining(" or "));
    }

    /** "cluster manager or speaker". */
    static String roles(Collection<?> roles) {
        return roles.stream().map(r -> ((EventRole) r).label()).collect(Collectors.joining(" or "));
    }

    private static String noLabel(List<Object> a) {
        return a.get(0) + " holds no " + levels((LabelLevel) a.get(1)) + " label valid on " + a.get(2) + ": ";
    }
}
