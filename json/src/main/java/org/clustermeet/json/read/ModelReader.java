package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.PolicyLevel;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.FactId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;
import org.clustermeet.json.write.ModelWriter;

/**
 * Reads every core type from its JSON form, strictly (see {@link PropertyReader}); the writing side
 * is {@link ModelWriter}.
 */
public final class ModelReader {


    private ModelReader() {
    }

    // ------------------------------------------------------------------ write helpers






    // ------------------------------------------------------------------ values


    public static LocalizedText readText(JsonNode node, PointerPath pointer) {
        if (node == null || !node.isObject()) {
            throw new JsonFailure(pointer, "expected an object of language tag to text, such as {\"en\": \"...\"}, "
                    + "found " + PropertyReader.describe(node), null);
        }
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            texts.put(e.getKey(), PropertyReader.asText(e.getValue(), pointer.child(e.getKey())));
        }
        try {
            return LocalizedText.of(texts);
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(pointer, e.getMessage(), e);
        }
    }

    private static LocalizedText text(PropertyReader r, String name) {
        if (!r.has(name)) {
            throw new JsonFailure(r.pointer(), "missing required property \"" + name + "\"", null);
        }
        return readText(r.object(name).rawNode(), r.pointerOf(name));
    }


    public static DateRange readRange(PropertyReader r) {
        return r.build(() -> new DateRange(r.date(FROM), r.optDate(UNTIL)));
    }


    private static Optional<TimeSlot> readSlot(PropertyReader r) {
        if (!r.has(START) && !r.has(END) && !r.has(ZONE)) {
            return Optional.empty();
        }
        ZoneId zone = r.value(ZONE, ModelReader::zone);
        ZonedDateTime start = r.zoned(START, zone);
        ZonedDateTime end = r.zoned(END, zone);
        try {
            return Optional.of(new TimeSlot(start, end));
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(r.pointerOf(END), e.getMessage(), e);
        }
    }

    public static ZoneId zone(String id) {
        ZoneId zone = ZoneId.of(id);
        if (zone instanceof ZoneOffset) {
            throw new IllegalArgumentException("time zone must be an IANA region such as Europe/Brussels, not \""
                    + id + "\"");
        }
        return zone;
    }

    // ------------------------------------------------------------------ organisations



    private static Optional<Founding> readFounding(PropertyReader r) {
        return r.optObject(FOUNDING).map(f -> f.build(() -> new Founding(f.date(DATE),
                f.optValue(EVENT, EventId::of))));
    }

    /** Returns the type name of an organisation kind: {@code cluster-organisation}, ... */
    public static String typeName(OrganisationKind kind) {
        return PropertyReader.jsonName(kind);
    }

    public static Organisation readOrganisation(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        String type = r.text(TYPE);
        OrganisationKind kind = PropertyReader.toEnum(type, r.pointerOf(TYPE), OrganisationKind.class);
        return r.build(() -> {
            OrganisationId id = r.value(ID, OrganisationId::of);
            NameHistory names = readNames(r);
            List<String> aliases = r.textList(ALIASES, s -> s);
            Optional<WebLink> website = r.optValue(WEBSITE, WebLink::of);
            return switch (kind) {
                case CLUSTER_ORGANISATION -> new ClusterOrganisation(id, names, aliases, r.optText(ACRONYM),
                        r.value(COUNTRY, CountryCode::of), r.optValue(REGION, NutsCode::of),
                        java.util.Set.copyOf(r.enumList(ECOSYSTEMS, IndustrialEcosystem.class)),
                        r.optDate(FOUNDED), r.integer(TOTAL_MEMBERS, 0, Integer.MAX_VALUE),
                        r.integer(SME_MEMBERS, 0, Integer.MAX_VALUE), r.optValue(NACE, NaceCode::of), website,
                        r.bool(LISTED_ON_ECCP));
                case CLUSTER_ASSOCIATION -> new ClusterAssociation(id, names, aliases,
                        r.value(COUNTRY, CountryCode::of), readFounding(r), website);
                case ALLIANCE -> new Alliance(id, names, aliases, readFounding(r), website);
                case PUBLIC_AUTHORITY -> new PublicAuthority(id, names, aliases, r.optValue(COUNTRY, CountryCode::of),
                        website);
                case LABELLING_BODY -> new LabellingBody(id, names, aliases, r.optValue(COUNTRY, CountryCode::of),
                        website);
            };
        });
    }

    private static NameHistory readNames(PropertyReader r) {
        LocalizedText original = text(r, NAME);
        List<NameHistory.Renaming> renamings = r.list(RENAMINGS, (n, p) -> {
            PropertyReader ren = new PropertyReader(n, p);
            return ren.build(() -> new NameHistory.Renaming(ren.date(ON), text(ren, NAME)));
        });
        try {
            return new NameHistory(original, renamings);
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(r.pointerOf(RENAMINGS), e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ people


    public static Person readPerson(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Person(r.value(ID, PersonId::of), r.text(GIVEN_NAME), r.text(FAMILY_NAME),
                r.optValue(EMAIL, EmailAddress::of), r.optValue(PHONE, PhoneNumber::of),
                r.list(ROLES, (n, p) -> {
                    PropertyReader role = new PropertyReader(n, p);
                    return role.build(() -> new PersonRole(role.value(ORGANISATION, OrganisationId::of),
                            role.text(TITLE), readRange(role)));
                })));
    }

    // ------------------------------------------------------------------ labels and memberships


    public static QualityLabel readLabel(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new QualityLabel(r.value(ID, LabelId::of), r.value(HOLDER, OrganisationId::of),
                r.value(ISSUER, OrganisationId::of), r.enumValue(LEVEL, LabelLevel.class), r.date(ASSESSED_ON),
                r.date(VALID_UNTIL),
                r.optObject(GOLD).map(g -> g.build(() -> new GoldAssessment(g.decimal(SCORE_PERCENT),
                        g.integer(INDICATORS_ASSESSED, 0, Integer.MAX_VALUE), g.integer(ASSESSORS, 0, Integer.MAX_VALUE)))),
                r.optValue(RENEWS, LabelId::of)));
    }


    public static Membership readMembership(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Membership(r.value(ID, MembershipId::of), r.value(MEMBER, OrganisationId::of),
                r.value(GROUP, OrganisationId::of), r.enumValue(ROLE, MembershipRole.class), readRange(r)));
    }

    // ------------------------------------------------------------------ events


    public static Event readEvent(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> {
            EventSchedule schedule;
            if (r.has(START) || r.has(END) || r.has(ZONE)) {
                if (r.has(FIRST_DAY) || r.has(LAST_DAY)) {
                    throw new JsonFailure(r.pointer(), "an event has either start/end/zone or firstDay/lastDay, not both",
                            null);
                }
                schedule = EventSchedule.timed(readSlot(r).orElseThrow());
            } else {
                schedule = build(r.pointerOf(LAST_DAY), () -> EventSchedule.days(r.date(FIRST_DAY), r.date(LAST_DAY)));
            }
            return new Event(r.value(ID, EventId::of), text(r, TITLE), r.enumValue(KIND, EventKind.class),
                    schedule,
                    r.optObject(VENUE).map(v -> v.build(() -> new Venue(v.optText(NAME), v.text(CITY),
                            v.value(COUNTRY, CountryCode::of)))),
                    r.textList(ORGANISERS, OrganisationId::of), r.optValue(PARENT, EventId::of),
                    r.optInteger(CAPACITY, 1, Integer.MAX_VALUE),
                    r.optObject(ELIGIBILITY).map(p -> readPolicy(p.rawNode(), p.pointer())),
                    r.enumValue(STATUS, EventStatus.class), r.textList(MATERIALS, WebLink::of),
                    r.textList(LANGUAGES, s -> s), r.list(SESSIONS, ModelReader::readSession));
        });
    }

    private static <T> T build(PointerPath pointer, PropertyReader.Builder<T> builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(pointer, e.getMessage(), e);
        }
    }


    public static Session readSession(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Session(r.value(ID, SessionId::of), r.integer(ORDER, 1, Integer.MAX_VALUE),
                text(r, TITLE), r.enumValue(FORMAT, SessionFormat.class), readSlot(r),
                r.textList(CHAIRS, PersonId::of),
                r.list(CONTRIBUTIONS, (n, p) -> {
                    PropertyReader c = new PropertyReader(n, p);
                    return c.build(() -> new Contribution(c.value(SPEAKER, PersonId::of), text(c, TITLE),
                            c.textList(MATERIALS, WebLink::of)));
                }),
                r.list(TOPICS, (n, p) -> {
                    PropertyReader t = new PropertyReader(n, p);
                    return t.build(() -> new ProposedTopic(text(t, TITLE), t.optValue(PROPOSER, PersonId::of),
                            t.optEnum(LEVEL, PolicyLevel.class), t.optInteger(INTEREST, 0, Integer.MAX_VALUE)));
                }),
                r.list(FEEDBACK, (n, p) -> {
                    PropertyReader f = new PropertyReader(n, p);
                    return f.build(() -> new Feedback(f.optValue(AUTHOR, PersonId::of), text(f, TEXT)));
                })));
    }

    // ------------------------------------------------------------------ eligibility


    public static EligibilityPolicy readPolicy(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        String type = r.text(TYPE);
        return r.build(() -> switch (type) {
            case ALL_OF -> new EligibilityPolicy.AllOf(r.list(POLICIES, ModelReader::readPolicy));
            case ANY_OF -> new EligibilityPolicy.AnyOf(r.list(POLICIES, ModelReader::readPolicy));
            case NOT -> new EligibilityPolicy.Not(readPolicy(r.object(POLICY).rawNode(), r.pointerOf(POLICY)));
            case HOLDS_LABEL -> new EligibilityPolicy.HoldsLabel(r.enumValue(MINIMUM, LabelLevel.class));
            case REPRESENTS_KIND -> new EligibilityPolicy.RepresentsKind(
                    java.util.Set.copyOf(r.enumList(KINDS, OrganisationKind.class)));
            case MEMBER_OF -> new EligibilityPolicy.MemberOf(r.value(GROUP, OrganisationId::of));
            case HAS_EVENT_ROLE -> new EligibilityPolicy.HasEventRole(
                    java.util.Set.copyOf(r.enumList(ROLES, EventRole.class)));
            default -> throw new JsonFailure(r.pointerOf(TYPE), "unknown eligibility policy type \""
                    + PointerText.abbreviate(type) + "\" (expected one of: " + String.join(", ", POLICY_TYPES) + ")", null);
        });
    }

    // ------------------------------------------------------------------ registrations and facts


    public static Registration readRegistration(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Registration(r.value(ID, RegistrationId::of), r.value(EVENT, EventId::of),
                r.value(PERSON, PersonId::of), r.value(ORGANISATION, OrganisationId::of),
                r.enumValue(ROLE, EventRole.class), r.enumValue(STATE, RegistrationState.class),
                r.instant(REGISTERED_AT)));
    }


    public static StatedCount readFact(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new StatedCount(r.value(ID, FactId::of), r.text(SUBJECT),
                r.enumValue(QUALIFIER, StatedCount.Qualifier.class), r.longInteger(VALUE, 0), r.date(AS_OF),
                r.enumValue(PRECISION, StatedCount.Precision.class), r.text(SOURCE)));
    }
}
