package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

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
 * The fast path for reading: binds a valid document straight from the parser's tokens into the
 * domain records, without a tree. It accepts only what the strict tree reader accepts; at the
 * first thing it does not expect (an error, an unusual property order, anything doubtful) it gives
 * up and the caller reads the document again with the tree reader, which reports the problem with
 * its JSON Pointer, line and column. Valid documents written by this library never fall back.
 */
public final class FastDocumentReader {

    /** Thrown to give up; carries no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final JsonParser p;
    private final IdTable<OrganisationId> organisationIds = new IdTable<>(OrganisationId.class, OrganisationId::of);
    private final IdTable<PersonId> personIds = new IdTable<>(PersonId.class, PersonId::of);
    private final IdTable<EventId> eventIds = new IdTable<>(EventId.class, EventId::of);
    private final IdTable<LabelId> labelIds = new IdTable<>(LabelId.class, LabelId::of);

    private FastDocumentReader(JsonParser p) {
        this.p = p;
    }

    /**
     * Reads a document the fast way.
     *
     * @return the registry, or empty when the tree reader must decide
     */
    public static Optional<Registry> tryRead(JsonFactory factory, byte[] document) {
        return tryRead(factory, document, document.length);
    }

    /**
     * Reads the first {@code length} bytes of a buffer as a document, the fast way.
     *
     * @return the registry, or empty when the tree reader must decide
     */
    public static Optional<Registry> tryRead(JsonFactory factory, byte[] document, int length) {
        try (JsonParser parser = factory.createParser(document, 0, length)) {
            // every object below checks its own fields for duplicates, more cheaply than the parser
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return Optional.of(new FastDocumentReader(parser).document());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ tokens

    private static GiveUp giveUp() {
        return GIVE_UP;
    }

    private void expect(JsonToken token) throws IOException {
        if (p.nextToken() != token) {
            throw giveUp();
        }
    }

    /** Moves to the next field of the current object; returns null at its end. */
    private String nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw giveUp();
        }
        return p.currentName();
    }

    private String str() throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        return p.getText();
    }

    /** Reads an identifier through its table: a text read before gives the same identifier. */
    private <I> I id(IdTable<I> table) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        return table.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private <I> List<I> ids(IdTable<I> table) throws IOException {
        return array(t -> {
            if (t != JsonToken.VALUE_STRING) {
                throw giveUp();
            }
            return table.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        });
    }

    private int integer(int min) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() < min) {
            throw giveUp();
        }
        return p.getIntValue();
    }

    private long longInteger(long min) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || p.getLongValue() < min) {
            throw giveUp();
        }
        return p.getLongValue();
    }

    private BigDecimal decimal() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw giveUp();
        }
        return p.getDecimalValue();
    }

    private boolean bool() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw giveUp();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
        E e = PropertyReader.enumOrNull(str(), type);
        if (e == null) {
            throw giveUp();
        }
        return e;
    }

    private LocalDate date() throws IOException {
        return IsoText.date(str());
    }

    /** Reads an array of elements; an element reader starts on the element's first token. */
    private <T> List<T> array(Element<T> element) throws IOException {
        expect(JsonToken.START_ARRAY);
        List<T> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw giveUp();
            }
            out.add(element.read(t));
        }
        return out;
    }

    /** Reads an array of elements, handing each on as soon as it is read. */
    private <T> void each(Element<T> element, Consumer<T> sink) throws IOException {
        expect(JsonToken.START_ARRAY);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw giveUp();
            }
            sink.accept(element.read(t));
        }
    }

    private List<String> strings() throws IOException {
        return array(t -> {
            if (t != JsonToken.VALUE_STRING) {
                throw giveUp();
            }
            return p.getText();
        });
    }

    /** Reads one element that starts with the given token. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonToken first) throws IOException;
    }

    private void startObject(JsonToken first) {
        if (first != JsonToken.START_OBJECT) {
            throw giveUp();
        }
    }

    private LocalizedText text() throws IOException {
        expect(JsonToken.START_OBJECT);
        return textBody();
    }

    private LocalizedText textBody() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        String name;
        while ((name = nextField()) != null) {
            if (texts.put(name, str()) != null) {
                throw giveUp();
            }
        }
        return LocalizedText.of(texts);
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw giveUp();
        }
        return value;
    }

    /** A field's value, unless the field was already read: duplicates are for the tree reader to report. */
    private static <T> T once(T previous, T value) {
        if (previous != null) {
            throw giveUp();
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void absent(Object... values) {
        for (Object v : values) {
            if (v != null) {
                throw giveUp();
            }
        }
    }

    // ------------------------------------------------------------------ document

    private Registry document() throws IOException {
        expect(JsonToken.START_OBJECT);
        if (!FORMAT.equals(nextField()) || !FORMAT_NAME.equals(str())) {
            throw giveUp();
        }
        if (!VERSION.equals(nextField()) || integer(0) != VERSION_NUMBER) {
            throw giveUp();
        }
        RegistryBuilder b = Registry.builder();
        Set<String> sections = new HashSet<>();
        String name;
        while ((name = nextField()) != null) {
            if (!sections.add(name)) {
                throw giveUp();
            }
            switch (name) {
                case ORGANISATIONS -> each(this::organisation, b::add);
                case PEOPLE -> each(this::person, b::add);
                case LABELS -> each(this::label, b::add);
                case MEMBERSHIPS -> each(this::membership, b::add);
                case EVENTS -> each(this::event, b::add);
                case REGISTRATIONS -> each(this::registration, b::add);
                case FACTS -> each(this::fact, b::add);
                default -> throw giveUp();
            }
        }
        if (p.nextToken() != null) {
            throw giveUp();
        }
        return b.build();
    }

    private Organisation organisation(JsonToken first) throws IOException {
        startObject(first);
        OrganisationId oid = null;
        String type = null;
        LocalizedText name = null;
        List<NameHistory.Renaming> renamings = null;
        List<String> aliases = null;
        String acronym = null;
        String country = null;
        String region = null;
        List<String> ecosystems = null;
        LocalDate founded = null;
        Integer total = null;
        Integer smes = null;
        String nace = null;
        Boolean listed = null;
        Founding founding = null;
        String website = null;
        String field;
        while ((field = nextField()) != null) {
            switch (field) {
                case ID -> oid = once(oid, id(organisationIds));
                case TYPE -> type = once(type, str());
                case NAME -> name = once(name, text());
                case RENAMINGS -> renamings = once(renamings, array(t -> {
                    startObject(t);
                    LocalDate on = null;
                    LocalizedText renamed = null;
                    String f;
                    while ((f = nextField()) != null) {
                        switch (f) {
                            case ON -> on = once(on, date());
                            case NAME -> renamed = once(renamed, text());
                            default -> throw giveUp();
                        }
                    }
                    return new NameHistory.Renaming(required(on), required(renamed));
                }));
                case ALIASES -> aliases = once(aliases, strings());
                case ACRONYM -> acronym = once(acronym, str());
                case COUNTRY -> country = once(country, str());
                case REGION -> region = once(region, str());
                case ECOSYSTEMS -> ecosystems = once(ecosystems, strings());
                case FOUNDED -> founded = once(founded, date());
                case TOTAL_MEMBERS -> total = once(total, integer(0));
                case SME_MEMBERS -> smes = once(smes, integer(0));
                case NACE -> nace = once(nace, str());
                case LISTED_ON_ECCP -> listed = once(listed, bool());
                case FOUNDING -> founding = once(founding, founding());
                case WEBSITE -> website = once(website, str());
                default -> throw giveUp();
            }
        }
        OrganisationKind kind = PropertyReader.enumOrNull(required(type), OrganisationKind.class);
        required(oid);
        aliases = orEmpty(aliases);
        NameHistory names = new NameHistory(required(name), orEmpty(renamings));
        Optional<WebLink> site = Optional.ofNullable(website).map(WebLink::of);
        switch (required(kind)) {
            case CLUSTER_ORGANISATION -> {
                absent(founding);
                List<IndustrialEcosystem> covered = new ArrayList<>();
                for (String e : ecosystems == null ? List.<String>of() : ecosystems) {
                    covered.add(required(PropertyReader.enumOrNull(e, IndustrialEcosystem.class)));
                }
                return new ClusterOrganisation(oid, names, aliases, Optional.ofNullable(acronym),
                        CountryCode.of(required(country)), Optional.ofNullable(region).map(NutsCode::of),
                        Set.copyOf(covered), Optional.ofNullable(founded), required(total), required(smes),
                        Optional.ofNullable(nace).map(NaceCode::of), site, required(listed));
            }
            case CLUSTER_ASSOCIATION -> {
                absent(acronym, region, ecosystems, founded, total, smes, nace, listed);
                return new ClusterAssociation(oid, names, aliases, CountryCode.of(required(country)),
                        Optional.ofNullable(founding), site);
            }
            case ALLIANCE -> {
                absent(acronym, country, region, ecosystems, founded, total, smes, nace, listed);
                return new Alliance(oid, names, aliases, Optional.ofNullable(founding), site);
            }
            case PUBLIC_AUTHORITY -> {
                absent(acronym, region, ecosystems, founded, total, smes, nace, listed, founding);
                return new PublicAuthority(oid, names, aliases, Optional.ofNullable(country).map(CountryCode::of), site);
            }
            default -> {
                absent(acronym, region, ecosystems, founded, total, smes, nace, listed, founding);
                return new LabellingBody(oid, names, aliases, Optional.ofNullable(country).map(CountryCode::of), site);
            }
        }
    }

    private Founding founding() throws IOException {
        expect(JsonToken.START_OBJECT);
        LocalDate date = null;
        EventId event = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case DATE -> date = once(date, date());
                case EVENT -> event = once(event, id(eventIds));
                default -> throw giveUp();
            }
        }
        return new Founding(required(date), Optional.ofNullable(event));
    }

    private Person person(JsonToken first) throws IOException {
        startObject(first);
        PersonId id = null;
        String given = null;
        String family = null;
        String email = null;
        String phone = null;
        List<PersonRole> roles = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, id(personIds));
                case GIVEN_NAME -> given = once(given, str());
                case FAMILY_NAME -> family = once(family, str());
                case EMAIL -> email = once(email, str());
                case PHONE -> phone = once(phone, str());
                case ROLES -> roles = once(roles, array(this::role));
                default -> throw giveUp();
            }
        }
        return new Person(required(id), required(given), required(family),
                Optional.ofNullable(email).map(EmailAddress::of), Optional.ofNullable(phone).map(PhoneNumber::of), orEmpty(roles));
    }

    private PersonRole role(JsonToken first) throws IOException {
        startObject(first);
        OrganisationId organisation = null;
        String title = null;
        LocalDate from = null;
        LocalDate until = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ORGANISATION -> organisation = once(organisation, id(organisationIds));
                case TITLE -> title = once(title, str());
                case FROM -> from = once(from, date());
                case UNTIL -> until = once(until, date());
                default -> throw giveUp();
            }
        }
        return new PersonRole(required(organisation), required(title),
                new DateRange(required(from), Optional.ofNullable(until)));
    }

    private QualityLabel label(JsonToken first) throws IOException {
        startObject(first);
        LabelId id = null;
        OrganisationId holder = null;
        OrganisationId issuer = null;
        LabelLevel level = null;
        LocalDate assessed = null;
        LocalDate until = null;
        GoldAssessment gold = null;
        LabelId renews = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, id(labelIds));
                case HOLDER -> holder = once(holder, id(organisationIds));
                case ISSUER -> issuer = once(issuer, id(organisationIds));
                case LEVEL -> level = once(level, enumValue(LabelLevel.class));
                case ASSESSED_ON -> assessed = once(assessed, date());
                case VALID_UNTIL -> until = once(until, date());
                case GOLD -> gold = once(gold, gold());
                case RENEWS -> renews = once(renews, id(labelIds));
                default -> throw giveUp();
            }
        }
        return new QualityLabel(required(id), required(holder),
                required(issuer), required(level), required(assessed), required(until),
                Optional.ofNullable(gold), Optional.ofNullable(renews));
    }

    private GoldAssessment gold() throws IOException {
        expect(JsonToken.START_OBJECT);
        BigDecimal score = null;
        Integer indicators = null;
        Integer assessors = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case SCORE_PERCENT -> score = once(score, decimal());
                case INDICATORS_ASSESSED -> indicators = once(indicators, integer(0));
                case ASSESSORS -> assessors = once(assessors, integer(0));
                default -> throw giveUp();
            }
        }
        return new GoldAssessment(required(score), required(indicators), required(assessors));
    }

    private Membership membership(JsonToken first) throws IOException {
        startObject(first);
        String id = null;
        OrganisationId member = null;
        OrganisationId group = null;
        MembershipRole role = null;
        LocalDate from = null;
        LocalDate until = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, str());
                case MEMBER -> member = once(member, id(organisationIds));
                case GROUP -> group = once(group, id(organisationIds));
                case ROLE -> role = once(role, enumValue(MembershipRole.class));
                case FROM -> from = once(from, date());
                case UNTIL -> until = once(until, date());
                default -> throw giveUp();
            }
        }
        return new Membership(MembershipId.of(required(id)), required(member),
                required(group), required(role), new DateRange(required(from), Optional.ofNullable(until)));
    }

    /** Start, end and zone of a slot, read as text. */
    private static final class SlotText {
        String start;
        String end;
        String zone;

        boolean any() {
            return start != null || end != null || zone != null;
        }

        TimeSlot toSlot() {
            ZoneId id = ModelReader.zone(required(zone));
            OffsetDateTime s = IsoText.offsetDateTime(required(start));
            OffsetDateTime e = IsoText.offsetDateTime(required(end));
            return new TimeSlot(ZonedDateTime.ofStrict(s.toLocalDateTime(), s.getOffset(), id),
                    ZonedDateTime.ofStrict(e.toLocalDateTime(), e.getOffset(), id));
        }
    }

    private Event event(JsonToken first) throws IOException {
        startObject(first);
        EventId id = null;
        LocalizedText title = null;
        EventKind kind = null;
        SlotText slot = new SlotText();
        LocalDate firstDay = null;
        LocalDate lastDay = null;
        Venue venue = null;
        List<OrganisationId> organisers = null;
        EventId parent = null;
        Integer capacity = null;
        EligibilityPolicy eligibility = null;
        EventStatus status = null;
        List<String> materials = null;
        List<String> languages = null;
        List<Session> sessions = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, id(eventIds));
                case TITLE -> title = once(title, text());
                case KIND -> kind = once(kind, enumValue(EventKind.class));
                case START -> slot.start = once(slot.start, str());
                case END -> slot.end = once(slot.end, str());
                case ZONE -> slot.zone = once(slot.zone, str());
                case FIRST_DAY -> firstDay = once(firstDay, date());
                case LAST_DAY -> lastDay = once(lastDay, date());
                case VENUE -> venue = once(venue, venue());
                case ORGANISERS -> organisers = once(organisers, ids(organisationIds));
                case PARENT -> parent = once(parent, id(eventIds));
                case CAPACITY -> capacity = once(capacity, integer(1));
                case ELIGIBILITY -> {
                    expect(JsonToken.START_OBJECT);
                    eligibility = once(eligibility, policyBody());
                }
                case STATUS -> status = once(status, enumValue(EventStatus.class));
                case MATERIALS -> materials = once(materials, strings());
                case LANGUAGES -> languages = once(languages, strings());
                case SESSIONS -> sessions = once(sessions, array(this::session));
                default -> throw giveUp();
            }
        }
        EventSchedule schedule;
        if (slot.any()) {
            absent(firstDay, lastDay);
            schedule = EventSchedule.timed(slot.toSlot());
        } else {
            schedule = EventSchedule.days(required(firstDay), required(lastDay));
        }
        return new Event(required(id), required(title), required(kind), schedule, Optional.ofNullable(venue),
                orEmpty(organisers), Optional.ofNullable(parent),
                Optional.ofNullable(capacity), Optional.ofNullable(eligibility), required(status),
                orEmpty(materials).stream().map(WebLink::of).toList(), orEmpty(languages),
                orEmpty(sessions));
    }

    private Venue venue() throws IOException {
        expect(JsonToken.START_OBJECT);
        String name = null;
        String city = null;
        String country = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case NAME -> name = once(name, str());
                case CITY -> city = once(city, str());
                case COUNTRY -> country = once(country, str());
                default -> throw giveUp();
            }
        }
        return new Venue(Optional.ofNullable(name), required(city), CountryCode.of(required(country)));
    }

    private EligibilityPolicy policyBody() throws IOException {
        String type = null;
        List<EligibilityPolicy> policies = null;
        EligibilityPolicy policy = null;
        LabelLevel minimum = null;
        List<String> kinds = null;
        OrganisationId group = null;
        List<String> roles = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case TYPE -> type = once(type, str());
                case POLICIES -> policies = once(policies, array(t -> {
                    startObject(t);
                    return policyBody();
                }));
                case POLICY -> {
                    expect(JsonToken.START_OBJECT);
                    policy = once(policy, policyBody());
                }
                case MINIMUM -> minimum = once(minimum, enumValue(LabelLevel.class));
                case KINDS -> kinds = once(kinds, strings());
                case GROUP -> group = once(group, id(organisationIds));
                case ROLES -> roles = once(roles, strings());
                default -> throw giveUp();
            }
        }
        switch (required(type)) {
            case ALL_OF -> {
                absent(policy, minimum, kinds, group, roles);
                return new EligibilityPolicy.AllOf(policies == null ? List.of() : policies);
            }
            case ANY_OF -> {
                absent(policy, minimum, kinds, group, roles);
                return new EligibilityPolicy.AnyOf(policies == null ? List.of() : policies);
            }
            case NOT -> {
                absent(policies, minimum, kinds, group, roles);
                return new EligibilityPolicy.Not(required(policy));
            }
            case HOLDS_LABEL -> {
                absent(policies, policy, kinds, group, roles);
                return new EligibilityPolicy.HoldsLabel(required(minimum));
            }
            case REPRESENTS_KIND -> {
                absent(policies, policy, minimum, group, roles);
                return new EligibilityPolicy.RepresentsKind(Set.copyOf(enums(kinds == null ? List.of() : kinds,
                        OrganisationKind.class)));
            }
            case MEMBER_OF -> {
                absent(policies, policy, minimum, kinds, roles);
                return new EligibilityPolicy.MemberOf(required(group));
            }
            case HAS_EVENT_ROLE -> {
                absent(policies, policy, minimum, kinds, group);
                return new EligibilityPolicy.HasEventRole(Set.copyOf(enums(roles == null ? List.of() : roles,
                        EventRole.class)));
            }
            default -> throw giveUp();
        }
    }

    private static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        List<E> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(required(PropertyReader.enumOrNull(n, type)));
        }
        return out;
    }

    private Session session(JsonToken first) throws IOException {
        startObject(first);
        String id = null;
        Integer order = null;
        LocalizedText title = null;
        SessionFormat format = null;
        SlotText slot = new SlotText();
        List<PersonId> chairs = null;
        List<Contribution> contributions = null;
        List<ProposedTopic> topics = null;
        List<Feedback> feedback = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, str());
                case ORDER -> order = once(order, integer(1));
                case TITLE -> title = once(title, text());
                case FORMAT -> format = once(format, enumValue(SessionFormat.class));
                case START -> slot.start = once(slot.start, str());
                case END -> slot.end = once(slot.end, str());
                case ZONE -> slot.zone = once(slot.zone, str());
                case CHAIRS -> chairs = once(chairs, ids(personIds));
                case CONTRIBUTIONS -> contributions = once(contributions, array(this::contribution));
                case TOPICS -> topics = once(topics, array(this::topic));
                case FEEDBACK -> feedback = once(feedback, array(this::feedback));
                default -> throw giveUp();
            }
        }
        return new Session(SessionId.of(required(id)), required(order), required(title), required(format),
                slot.any() ? Optional.of(slot.toSlot()) : Optional.empty(),
                orEmpty(chairs), orEmpty(contributions), orEmpty(topics),
                orEmpty(feedback));
    }

    private Contribution contribution(JsonToken first) throws IOException {
        startObject(first);
        PersonId speaker = null;
        LocalizedText title = null;
        List<String> materials = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case SPEAKER -> speaker = once(speaker, id(personIds));
                case TITLE -> title = once(title, text());
                case MATERIALS -> materials = once(materials, strings());
                default -> throw giveUp();
            }
        }
        return new Contribution(required(speaker), required(title),
                orEmpty(materials).stream().map(WebLink::of).toList());
    }

    private ProposedTopic topic(JsonToken first) throws IOException {
        startObject(first);
        LocalizedText title = null;
        PersonId proposer = null;
        PolicyLevel level = null;
        Integer interest = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case TITLE -> title = once(title, text());
                case PROPOSER -> proposer = once(proposer, id(personIds));
                case LEVEL -> level = once(level, enumValue(PolicyLevel.class));
                case INTEREST -> interest = once(interest, integer(0));
                default -> throw giveUp();
            }
        }
        return new ProposedTopic(required(title), Optional.ofNullable(proposer),
                Optional.ofNullable(level), Optional.ofNullable(interest));
    }

    private Feedback feedback(JsonToken first) throws IOException {
        startObject(first);
        PersonId author = null;
        LocalizedText text = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case AUTHOR -> author = once(author, id(personIds));
                case TEXT -> text = once(text, text());
                default -> throw giveUp();
            }
        }
        return new Feedback(Optional.ofNullable(author), required(text));
    }

    private Registration registration(JsonToken first) throws IOException {
        startObject(first);
        String id = null;
        EventId event = null;
        PersonId person = null;
        OrganisationId organisation = null;
        EventRole role = null;
        RegistrationState state = null;
        Instant at = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, str());
                case EVENT -> event = once(event, id(eventIds));
                case PERSON -> person = once(person, id(personIds));
                case ORGANISATION -> organisation = once(organisation, id(organisationIds));
                case ROLE -> role = once(role, enumValue(EventRole.class));
                case STATE -> state = once(state, enumValue(RegistrationState.class));
                case REGISTERED_AT -> at = once(at, IsoText.instant(str()));
                default -> throw giveUp();
            }
        }
        return new Registration(RegistrationId.of(required(id)), required(event),
                required(person), required(organisation), required(role), required(state),
                required(at));
    }

    private StatedCount fact(JsonToken first) throws IOException {
        startObject(first);
        String id = null;
        String subject = null;
        StatedCount.Qualifier qualifier = null;
        Long value = null;
        LocalDate asOf = null;
        StatedCount.Precision precision = null;
        String source = null;
        String f;
        while ((f = nextField()) != null) {
            switch (f) {
                case ID -> id = once(id, str());
                case SUBJECT -> subject = once(subject, str());
                case QUALIFIER -> qualifier = once(qualifier, enumValue(StatedCount.Qualifier.class));
                case VALUE -> value = once(value, longInteger(0));
                case AS_OF -> asOf = once(asOf, date());
                case PRECISION -> precision = once(precision, enumValue(StatedCount.Precision.class));
                case SOURCE -> source = once(source, str());
                default -> throw giveUp();
            }
        }
        return new StatedCount(FactId.of(required(id)), required(subject), required(qualifier), required(value),
                required(asOf), required(precision), required(source));
    }
}
