package org.clustermeet.json.read;

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
        return r.build(() -> new DateRange(r.date("from"), r.optDate("until")));
    }


    private static Optional<TimeSlot> readSlot(PropertyReader r) {
        if (!r.has("start") && !r.has("end") && !r.has("zone")) {
            return Optional.empty();
        }
        ZoneId zone = r.value("zone", ModelReader::zone);
        ZonedDateTime start = r.zoned("start", zone);
        ZonedDateTime end = r.zoned("end", zone);
        try {
            return Optional.of(new TimeSlot(start, end));
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(r.pointerOf("end"), e.getMessage(), e);
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
        return r.optObject("founding").map(f -> f.build(() -> new Founding(f.date("date"),
                f.optValue("event", EventId::of))));
    }

    /** Returns the type name of an organisation kind: {@code cluster-organisation}, ... */
    public static String typeName(OrganisationKind kind) {
        return PropertyReader.jsonName(kind);
    }

    public static Organisation readOrganisation(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        String type = r.text("type");
        OrganisationKind kind = PropertyReader.toEnum(type, r.pointerOf("type"), OrganisationKind.class);
        return r.build(() -> {
            OrganisationId id = r.value("id", OrganisationId::of);
            NameHistory names = readNames(r);
            List<String> aliases = r.textList("aliases", s -> s);
            Optional<WebLink> website = r.optValue("website", WebLink::of);
            return switch (kind) {
                case CLUSTER_ORGANISATION -> new ClusterOrganisation(id, names, aliases, r.optText("acronym"),
                        r.value("country", CountryCode::of), r.optValue("region", NutsCode::of),
                        java.util.Set.copyOf(r.enumList("ecosystems", IndustrialEcosystem.class)),
                        r.optDate("founded"), r.integer("totalMembers", 0, Integer.MAX_VALUE),
                        r.integer("smeMembers", 0, Integer.MAX_VALUE), r.optValue("nace", NaceCode::of), website,
                        r.bool("listedOnEccp"));
                case CLUSTER_ASSOCIATION -> new ClusterAssociation(id, names, aliases,
                        r.value("country", CountryCode::of), readFounding(r), website);
                case ALLIANCE -> new Alliance(id, names, aliases, readFounding(r), website);
                case PUBLIC_AUTHORITY -> new PublicAuthority(id, names, aliases, r.optValue("country", CountryCode::of),
                        website);
                case LABELLING_BODY -> new LabellingBody(id, names, aliases, r.optValue("country", CountryCode::of),
                        website);
            };
        });
    }

    private static NameHistory readNames(PropertyReader r) {
        LocalizedText original = text(r, "name");
        List<NameHistory.Renaming> renamings = r.list("renamings", (n, p) -> {
            PropertyReader ren = new PropertyReader(n, p);
            return ren.build(() -> new NameHistory.Renaming(ren.date("on"), text(ren, "name")));
        });
        try {
            return new NameHistory(original, renamings);
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(r.pointerOf("renamings"), e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ people


    public static Person readPerson(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Person(r.value("id", PersonId::of), r.text("givenName"), r.text("familyName"),
                r.optValue("email", EmailAddress::of), r.optValue("phone", PhoneNumber::of),
                r.list("roles", (n, p) -> {
                    PropertyReader role = new PropertyReader(n, p);
                    return role.build(() -> new PersonRole(role.value("organisation", OrganisationId::of),
                            role.text("title"), readRange(role)));
                })));
    }

    // ------------------------------------------------------------------ labels and memberships


    public static QualityLabel readLabel(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new QualityLabel(r.value("id", LabelId::of), r.value("holder", OrganisationId::of),
                r.value("issuer", OrganisationId::of), r.enumValue("level", LabelLevel.class), r.date("assessedOn"),
                r.date("validUntil"),
                r.optObject("gold").map(g -> g.build(() -> new GoldAssessment(g.decimal("scorePercent"),
                        g.integer("indicatorsAssessed", 0, Integer.MAX_VALUE), g.integer("assessors", 0, Integer.MAX_VALUE)))),
                r.optValue("renews", LabelId::of)));
    }


    public static Membership readMembership(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Membership(r.value("id", MembershipId::of), r.value("member", OrganisationId::of),
                r.value("group", OrganisationId::of), r.enumValue("role", MembershipRole.class), readRange(r)));
    }

    // ------------------------------------------------------------------ events


    public static Event readEvent(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> {
            EventSchedule schedule;
            if (r.has("start") || r.has("end") || r.has("zone")) {
                if (r.has("firstDay") || r.has("lastDay")) {
                    throw new JsonFailure(r.pointer(), "an event has either start/end/zone or firstDay/lastDay, not both",
                            null);
                }
                schedule = EventSchedule.timed(readSlot(r).orElseThrow());
            } else {
                schedule = build(r.pointerOf("lastDay"), () -> EventSchedule.days(r.date("firstDay"), r.date("lastDay")));
            }
            return new Event(r.value("id", EventId::of), text(r, "title"), r.enumValue("kind", EventKind.class),
                    schedule,
                    r.optObject("venue").map(v -> v.build(() -> new Venue(v.optText("name"), v.text("city"),
                            v.value("country", CountryCode::of)))),
                    r.textList("organisers", OrganisationId::of), r.optValue("parent", EventId::of),
                    r.optInteger("capacity", 1, Integer.MAX_VALUE),
                    r.optObject("eligibility").map(p -> readPolicy(p.rawNode(), p.pointer())),
                    r.enumValue("status", EventStatus.class), r.textList("materials", WebLink::of),
                    r.textList("languages", s -> s), r.list("sessions", ModelReader::readSession));
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
        return r.build(() -> new Session(r.value("id", SessionId::of), r.integer("order", 1, Integer.MAX_VALUE),
                text(r, "title"), r.enumValue("format", SessionFormat.class), readSlot(r),
                r.textList("chairs", PersonId::of),
                r.list("contributions", (n, p) -> {
                    PropertyReader c = new PropertyReader(n, p);
                    return c.build(() -> new Contribution(c.value("speaker", PersonId::of), text(c, "title"),
                            c.textList("materials", WebLink::of)));
                }),
                r.list("topics", (n, p) -> {
                    PropertyReader t = new PropertyReader(n, p);
                    return t.build(() -> new ProposedTopic(text(t, "title"), t.optValue("proposer", PersonId::of),
                            t.optEnum("level", PolicyLevel.class), t.optInteger("interest", 0, Integer.MAX_VALUE)));
                }),
                r.list("feedback", (n, p) -> {
                    PropertyReader f = new PropertyReader(n, p);
                    return f.build(() -> new Feedback(f.optValue("author", PersonId::of), text(f, "text")));
                })));
    }

    // ------------------------------------------------------------------ eligibility


    public static EligibilityPolicy readPolicy(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        String type = r.text("type");
        return r.build(() -> switch (type) {
            case "all-of" -> new EligibilityPolicy.AllOf(r.list("policies", ModelReader::readPolicy));
            case "any-of" -> new EligibilityPolicy.AnyOf(r.list("policies", ModelReader::readPolicy));
            case "not" -> new EligibilityPolicy.Not(readPolicy(r.object("policy").rawNode(), r.pointerOf("policy")));
            case "holds-label" -> new EligibilityPolicy.HoldsLabel(r.enumValue("minimum", LabelLevel.class));
            case "represents-kind" -> new EligibilityPolicy.RepresentsKind(
                    java.util.Set.copyOf(r.enumList("kinds", OrganisationKind.class)));
            case "member-of" -> new EligibilityPolicy.MemberOf(r.value("group", OrganisationId::of));
            case "has-event-role" -> new EligibilityPolicy.HasEventRole(
                    java.util.Set.copyOf(r.enumList("roles", EventRole.class)));
            default -> throw new JsonFailure(r.pointerOf("type"), "unknown eligibility policy type \""
                    + PointerText.abbreviate(type) + "\" (expected one of: all-of, any-of, not, holds-label, "
                    + "represents-kind, member-of, has-event-role)", null);
        });
    }

    // ------------------------------------------------------------------ registrations and facts


    public static Registration readRegistration(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new Registration(r.value("id", RegistrationId::of), r.value("event", EventId::of),
                r.value("person", PersonId::of), r.value("organisation", OrganisationId::of),
                r.enumValue("role", EventRole.class), r.enumValue("state", RegistrationState.class),
                r.instant("registeredAt")));
    }


    public static StatedCount readFact(JsonNode node, PointerPath pointer) {
        PropertyReader r = new PropertyReader(node, pointer);
        return r.build(() -> new StatedCount(r.value("id", FactId::of), r.text("subject"),
                r.enumValue("qualifier", StatedCount.Qualifier.class), r.longInteger("value", 0), r.date("asOf"),
                r.enumValue("precision", StatedCount.Precision.class), r.text("source")));
    }
}
