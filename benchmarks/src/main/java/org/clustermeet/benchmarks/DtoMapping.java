package org.clustermeet.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.AdmittedKinds;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.PolicyLevel;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.RegistrationWindow;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.fact.StatedFigure;
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
import org.clustermeet.core.organisation.EccpListing;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.MemberCount;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.NameStart;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.OtherOrganisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.value.WebLink;

/**
 * The other half of what a user would write to get clustermeet's guarantees with plain Jackson:
 * map the mirror DTOs to clustermeet's domain records, whose constructors check every value, and
 * build a registry, which checks referential integrity. Written the straightforward way, with the
 * public API only. Unlike clustermeet's reader it does not refuse unknown or repeated properties
 * and names no JSON Pointer in its errors.
 */
final class DtoMapping {

    private DtoMapping() {
    }

    /**
     * Maps a document to a registry.
     *
     * @param d the document bound by Jackson
     * @return the registry
     * @throws RuntimeException if a value or the registry is invalid
     */
    static Registry registry(Dto.Document d) {
        RegistryBuilder b = Registry.builder();
        orEmpty(d.organisations).forEach(o -> b.add(organisation(o)));
        orEmpty(d.people).forEach(p -> b.add(person(p)));
        orEmpty(d.labels).forEach(l -> b.add(label(l)));
        orEmpty(d.memberships).forEach(m -> b.add(new Membership(MembershipId.of(m.id), OrganisationId.of(m.member),
                OrganisationId.of(m.group), enumOf(MembershipRole.class, m.role), range(m.from, m.until))));
        orEmpty(d.events).forEach(e -> b.add(event(e)));
        orEmpty(d.registrations).forEach(r -> b.add(new Registration(RegistrationId.of(r.id), EventId.of(r.event),
                PersonId.of(r.person), OrganisationId.of(r.organisation), enumOf(EventRole.class, r.role),
                enumOf(RegistrationState.class, r.state),
                Optional.ofNullable(r.registeredAt).map(Instant::parse),
                r.attends == null ? AttendanceMode.IN_PERSON : enumOf(AttendanceMode.class, r.attends))));
        orEmpty(d.facts).forEach(f -> b.add(new StatedCount(FactId.of(f.id), f.subject,
                enumOf(StatedCount.Qualifier.class, f.qualifier), f.value, LocalDate.parse(f.asOf),
                enumOf(StatedCount.Precision.class, f.precision), f.source)));
        return b.build();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T t : orEmpty(list)) {
            out.add(f.apply(t));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String jsonName) {
        return Enum.valueOf(type, jsonName.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static LocalizedText text(Map<String, String> texts) {
        return LocalizedText.of(new LinkedHashMap<>(texts));
    }

    private static DateRange range(String from, String until) {
        return new DateRange(LocalDate.parse(from), Optional.ofNullable(until).map(LocalDate::parse));
    }

    private static Optional<LocalDate> date(String text) {
        return Optional.ofNullable(text).map(LocalDate::parse);
    }

    private static Organisation organisation(Dto.Organisation o) {
        OrganisationId id = OrganisationId.of(o.id);
        NameHistory names = new NameHistory(text(o.name), map(o.renamings,
                r -> new NameHistory.Renaming(LocalDate.parse(r.on), text(r.name))),
                o.nameBegan != null ? Optional.of(NameStart.began(LocalDate.parse(o.nameBegan)))
                        : Optional.ofNullable(o.nameUnknownBefore).map(d -> NameStart.unknownBefore(LocalDate.parse(d))));
        List<String> aliases = orEmpty(o.aliases);
        Optional<WebLink> site = Optional.ofNullable(o.website).map(WebLink::of);
        Optional<Founding> founding = Optional.ofNullable(o.founding).map(f -> new Founding(LocalDate.parse(f.date),
                Optional.ofNullable(f.event).map(EventId::of)));
        return switch (enumOf(OrganisationKind.class, o.type)) {
            case CLUSTER_ORGANISATION -> new ClusterOrganisation(id, names, aliases, Optional.ofNullable(o.acronym),
                    CountryCode.of(o.country), Optional.ofNullable(o.region).map(NutsCode::of),
                    Set.copyOf(map(o.ecosystems, e -> enumOf(IndustrialEcosystem.class, e))), date(o.founded),
                    o.totalMembers, o.smeMembers, Optional.ofNullable(o.nace).map(NaceCode::of), site,
                    !o.listedOnEccp ? Optional.empty() : Optional.of(o.eccpListing == null ? EccpListing.UNDATED
                            : EccpListing.during(range(o.eccpListing.from, o.eccpListing.until))),
                    map(o.memberCounts, m -> MemberCount.asOf(LocalDate.parse(m.asOf), m.totalMembers, m.smeMembers)));
            case CLUSTER_ASSOCIATION -> new ClusterAssociation(id, names, aliases, CountryCode.of(o.country), founding,
                    site);
            case ALLIANCE -> new Alliance(id, names, aliases, founding, site);
            case PUBLIC_AUTHORITY -> new PublicAuthority(id, names, aliases,
                    Optional.ofNullable(o.country).map(CountryCode::of), site);
            case LABELLING_BODY -> new LabellingBody(id, names, aliases,
                    Optional.ofNullable(o.country).map(CountryCode::of), site,
                    Optional.ofNullable(o.issuing).map(p -> range(p.from, p.until)));
            case OTHER -> new OtherOrganisation(id, names, aliases, Optional.ofNullable(o.country).map(CountryCode::of),
                    site);
        };
    }

    private static Person person(Dto.Person p) {
        return new Person(PersonId.of(p.id), Optional.ofNullable(p.givenName), Optional.ofNullable(p.familyName),
                Optional.ofNullable(p.email).map(EmailAddress::of),
                Optional.ofNullable(p.phone).map(PhoneNumber::of), map(p.roles, r -> new PersonRole(
                        OrganisationId.of(r.organisation), r.title, range(r.from, r.until), r.declared,
                        Optional.ofNullable(r.kind).map(k -> enumOf(RoleKind.class, k)))),
                p.namePublication == null ? NamePublication.NOT_ASKED
                        : enumOf(NamePublication.class, p.namePublication));
    }

    private static QualityLabel label(Dto.Label l) {
        return new QualityLabel(LabelId.of(l.id), OrganisationId.of(l.holder), OrganisationId.of(l.issuer),
                enumOf(LabelLevel.class, l.level), LocalDate.parse(l.assessedOn), LocalDate.parse(l.validUntil),
                Optional.ofNullable(l.gold).map(g -> new GoldAssessment(g.scorePercent, g.indicatorsAssessed, g.assessors)),
                Optional.ofNullable(l.renews).map(LabelId::of));
    }

    private static Optional<TimeSlot> slot(String start, String end, String zone) {
        if (start == null) {
            return Optional.empty();
        }
        ZoneId id = ZoneId.of(zone);
        OffsetDateTime s = OffsetDateTime.parse(start);
        OffsetDateTime e = OffsetDateTime.parse(end);
        return Optional.of(new TimeSlot(ZonedDateTime.ofStrict(s.toLocalDateTime(), s.getOffset(), id),
                ZonedDateTime.ofStrict(e.toLocalDateTime(), e.getOffset(), id)));
    }

    private static Event event(Dto.Event e) {
        EventSchedule schedule = slot(e.start, e.end, e.zone).map(EventSchedule::timed)
                .orElseGet(() -> EventSchedule.days(LocalDate.parse(e.firstDay), LocalDate.parse(e.lastDay)));
        return new Event(EventId.of(e.id), text(e.title), enumOf(EventKind.class, e.kind), schedule,
                Optional.ofNullable(e.venue).map(v -> new Venue(Optional.ofNullable(v.name), v.city,
                        CountryCode.of(v.country))),
                map(e.organisers, OrganisationId::of), Optional.ofNullable(e.parent).map(EventId::of),
                Optional.ofNullable(e.capacity), Optional.ofNullable(e.eligibility).map(DtoMapping::policy),
                enumOf(EventStatus.class, e.status), map(e.materials, WebLink::of), orEmpty(e.languages),
                map(e.sessions, DtoMapping::session),
                e.registrationWindow == null ? RegistrationWindow.UNTIL_START : new RegistrationWindow(
                        Optional.ofNullable(e.registrationWindow.opens).map(Instant::parse),
                        Optional.ofNullable(e.registrationWindow.closes).map(Instant::parse)),
                Set.copyOf(map(e.affiliationWaivedFor, r -> enumOf(EventRole.class, r))),
                map(e.statedFigures, f -> new StatedFigure(enumOf(StatedFigure.Figure.class, f.figure),
                        enumOf(StatedCount.Qualifier.class, f.qualifier), f.value, orEmpty(f.items), f.source)),
                delivery(e.attendanceMode, e.onlineLink), Optional.ofNullable(e.onlineCapacity), e.openRegistration,
                admittedKinds(e.admittedKinds));
    }

    private static AdmittedKinds admittedKinds(Map<String, List<String>> byRole) {
        if (byRole == null) {
            return AdmittedKinds.DEFAULT;
        }
        Map<EventRole, Set<RoleKind>> kinds = new EnumMap<>(EventRole.class);
        byRole.forEach((role, k) -> kinds.put(enumOf(EventRole.class, role),
                Set.copyOf(map(k, kind -> enumOf(RoleKind.class, kind)))));
        return new AdmittedKinds(kinds);
    }

    private static Delivery delivery(String mode, String link) {
        return new Delivery(mode == null ? AttendanceMode.IN_PERSON : enumOf(AttendanceMode.class, mode),
                Optional.ofNullable(link).map(WebLink::of));
    }

    private static Session session(Dto.Session s) {
        return new Session(SessionId.of(s.id), s.order, text(s.title), enumOf(SessionFormat.class, s.format),
                slot(s.start, s.end, s.zone), map(s.chairs, PersonId::of),
                map(s.contributions, c -> new Contribution(PersonId.of(c.speaker), text(c.title),
                        map(c.materials, WebLink::of))),
                map(s.topics, t -> new ProposedTopic(text(t.title), Optional.ofNullable(t.proposer).map(PersonId::of),
                        Optional.ofNullable(t.level).map(level -> enumOf(PolicyLevel.class, level)),
                        Optional.ofNullable(t.interest), t.amongMostPopular)),
                map(s.feedback, f -> new Feedback(Optional.ofNullable(f.author).map(PersonId::of), text(f.text))),
                Optional.ofNullable(s.attendanceMode).map(m -> delivery(m, s.onlineLink)));
    }

    private static EligibilityPolicy policy(Dto.Policy p) {
        return switch (p.type) {
            case "all-of" -> new EligibilityPolicy.AllOf(map(p.policies, DtoMapping::policy));
            case "any-of" -> new EligibilityPolicy.AnyOf(map(p.policies, DtoMapping::policy));
            case "not" -> new EligibilityPolicy.Not(policy(p.policy));
            case "holds-label" -> new EligibilityPolicy.HoldsLabel(enumOf(LabelLevel.class, p.minimum));
            case "represents-kind" -> new EligibilityPolicy.RepresentsKind(Set.copyOf(map(p.kinds,
                    k -> enumOf(OrganisationKind.class, k))));
            case "member-of" -> new EligibilityPolicy.MemberOf(OrganisationId.of(p.group));
            case "has-event-role" -> new EligibilityPolicy.HasEventRole(Set.copyOf(map(p.roles,
                    r -> enumOf(EventRole.class, r))));
            default -> throw new IllegalArgumentException("unknown policy type " + p.type);
        };
    }
}
