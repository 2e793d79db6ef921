package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;
import static org.clustermeet.json.read.TokenReader.build;
import static org.clustermeet.json.read.TokenReader.noUnknown;
import static org.clustermeet.json.read.TokenReader.require;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonToken;

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
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.text.IsoText;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.json.internal.PointerPath;

/**
 * Reads people, labels, memberships, registrations and stated facts straight from the parser
 * (organisations: {@link OrganisationReader}; events: {@link EventReader}). Each object's properties come in any order; after its end, required properties are
 * checked, the core record is built (its own rules apply, and a refusal points at the object),
 * and then a property the object does not have is refused.
 */
final class EntityReader {

    private final TokenReader in;

    EntityReader(TokenReader in) {
        this.in = in;
    }

    // ------------------------------------------------------------------ people

    Person person(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        PersonId id = null;
        String given = null;
        String family = null;
        EmailAddress email = null;
        PhoneNumber phone = null;
        List<PersonRole> roles = null;
        NamePublication publication = NamePublication.NOT_ASKED;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case NAME_PUBLICATION -> publication = in.nonDefault(at, NAME_PUBLICATION, NamePublication.class,
                        NamePublication.NOT_ASKED, "when the person was not asked; it is \"yes\" or \"no\"");
                case ID -> id = in.id(at, ID, in.personIds);
                case GIVEN_NAME -> given = in.string(at, GIVEN_NAME);
                case FAMILY_NAME -> family = in.string(at, FAMILY_NAME);
                case EMAIL -> email = in.parsed(at, EMAIL, EmailAddress::of);
                case PHONE -> phone = in.parsed(at, PHONE, PhoneNumber::of);
                case ROLES -> roles = in.array(at, ROLES, this::role);
                default -> unknown = skip(unknown, f);
            }
        }
        PersonId pid = require(id, at, ID);
        Optional<String> g = Optional.ofNullable(given);
        Optional<String> fam = Optional.ofNullable(family);
        if (given == null && family != null) {
            require(given, at, GIVEN_NAME);
        }
        if (given != null && family == null) {
            require(family, at, FAMILY_NAME);
        }
        Optional<EmailAddress> e = Optional.ofNullable(email);
        Optional<PhoneNumber> ph = Optional.ofNullable(phone);
        List<PersonRole> r = orEmpty(roles);
        NamePublication np = publication;
        Person person = build(at, () -> new Person(pid, g, fam, e, ph, r, np));
        noUnknown(at, unknown);
        return person;
    }

    private PersonRole role(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        OrganisationId organisation = null;
        String title = null;
        LocalDate from = null;
        LocalDate until = null;
        boolean declared = false;
        RoleKind kind = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ORGANISATION -> organisation = in.id(at, ORGANISATION, in.organisationIds);
                case DECLARED -> declared = in.bool(at, DECLARED);
                case KIND -> kind = in.enumValue(at, KIND, RoleKind.class);
                case TITLE -> title = in.string(at, TITLE);
                case FROM -> from = in.parsed(at, FROM, IsoText::date);
                case UNTIL -> until = in.parsed(at, UNTIL, IsoText::date);
                default -> unknown = skip(unknown, f);
            }
        }
        OrganisationId o = require(organisation, at, ORGANISATION);
        String t = require(title, at, TITLE);
        DateRange period = range(at, from, until);
        boolean d = declared;
        Optional<RoleKind> k = Optional.ofNullable(kind);
        PersonRole role = build(at, () -> new PersonRole(o, t, period, d, k));
        noUnknown(at, unknown);
        return role;
    }

    /** A period from its {@code from} (required, else refused at {@code object}) and {@code until}. */
    static DateRange range(PointerPath object, LocalDate from, LocalDate until) {
        return range(object, object, from, until);
    }

    /** As {@link #range(PointerPath, LocalDate, LocalDate)}, with a rule failure pointed at {@code failure}. */
    static DateRange range(PointerPath object, PointerPath failure, LocalDate from, LocalDate until) {
        LocalDate start = require(from, object, FROM);
        return build(failure, () -> new DateRange(start, Optional.ofNullable(until)));
    }

    // ------------------------------------------------------------------ labels and memberships

    QualityLabel label(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        LabelId id = null;
        OrganisationId holder = null;
        OrganisationId issuer = null;
        LabelLevel level = null;
        LocalDate assessed = null;
        LocalDate until = null;
        GoldAssessment gold = null;
        LabelId renews = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ID -> id = in.id(at, ID, in.labelIds);
                case HOLDER -> holder = in.id(at, HOLDER, in.organisationIds);
                case ISSUER -> issuer = in.id(at, ISSUER, in.organisationIds);
                case LEVEL -> level = in.enumValue(at, LEVEL, LabelLevel.class);
                case ASSESSED_ON -> assessed = in.parsed(at, ASSESSED_ON, IsoText::date);
                case VALID_UNTIL -> until = in.parsed(at, VALID_UNTIL, IsoText::date);
                case GOLD -> gold = gold(at);
                case RENEWS -> renews = in.id(at, RENEWS, in.labelIds);
                default -> unknown = skip(unknown, f);
            }
        }
        LabelId lid = require(id, at, ID);
        OrganisationId h = require(holder, at, HOLDER);
        OrganisationId i = require(issuer, at, ISSUER);
        LabelLevel l = require(level, at, LEVEL);
        LocalDate a = require(assessed, at, ASSESSED_ON);
        // left out: computed as the model computes it (the last day of the month 24 months later)
        LocalDate u = until != null ? until : QualityLabel.defaultValidUntil(a);
        Optional<GoldAssessment> g = Optional.ofNullable(gold);
        Optional<LabelId> r = Optional.ofNullable(renews);
        QualityLabel label = build(at, () -> new QualityLabel(lid, h, i, l, a, u, g, r));
        noUnknown(at, unknown);
        return label;
    }

    private GoldAssessment gold(PointerPath label) throws IOException {
        in.object(label, GOLD);
        PointerPath at = label.child(GOLD);
        BigDecimal score = null;
        Integer indicators = null;
        Integer assessors = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case SCORE_PERCENT -> score = in.decimal(at, SCORE_PERCENT);
                case INDICATORS_ASSESSED -> indicators = in.integer(at, INDICATORS_ASSESSED, 0, Integer.MAX_VALUE);
                case ASSESSORS -> assessors = in.integer(at, ASSESSORS, 0, Integer.MAX_VALUE);
                default -> unknown = skip(unknown, f);
            }
        }
        BigDecimal s = require(score, at, SCORE_PERCENT);
        int i = require(indicators, at, INDICATORS_ASSESSED);
        int a = require(assessors, at, ASSESSORS);
        GoldAssessment gold = build(at, () -> new GoldAssessment(s, i, a));
        noUnknown(at, unknown);
        return gold;
    }

    Membership membership(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        MembershipId id = null;
        OrganisationId member = null;
        OrganisationId group = null;
        MembershipRole role = null;
        LocalDate from = null;
        LocalDate until = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ID -> id = in.parsed(at, ID, MembershipId::of);
                case MEMBER -> member = in.id(at, MEMBER, in.organisationIds);
                case GROUP -> group = in.id(at, GROUP, in.organisationIds);
                case ROLE -> role = in.enumValue(at, ROLE, MembershipRole.class);
                case FROM -> from = in.parsed(at, FROM, IsoText::date);
                case UNTIL -> until = in.parsed(at, UNTIL, IsoText::date);
                default -> unknown = skip(unknown, f);
            }
        }
        MembershipId mid = require(id, at, ID);
        OrganisationId m = require(member, at, MEMBER);
        OrganisationId g = require(group, at, GROUP);
        MembershipRole r = require(role, at, ROLE);
        DateRange period = range(at, from, until);
        Membership membership = build(at, () -> new Membership(mid, m, g, r, period));
        noUnknown(at, unknown);
        return membership;
    }

    // ------------------------------------------------------------------ registrations and facts

    Registration registration(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        RegistrationId id = null;
        EventId event = null;
        PersonId person = null;
        OrganisationId organisation = null;
        EventRole role = null;
        RegistrationState state = null;
        Instant registeredAt = null;
        AttendanceMode attends = AttendanceMode.IN_PERSON;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ID -> id = in.parsed(at, ID, RegistrationId::of);
                case EVENT -> event = in.id(at, EVENT, in.eventIds);
                case PERSON -> person = in.id(at, PERSON, in.personIds);
                case ORGANISATION -> organisation = in.id(at, ORGANISATION, in.organisationIds);
                case ROLE -> role = in.enumValue(at, ROLE, EventRole.class);
                case STATE -> state = in.enumValue(at, STATE, RegistrationState.class);
                case REGISTERED_AT -> registeredAt = in.parsed(at, REGISTERED_AT, IsoText::instant);
                case ATTENDS -> attends = in.nonDefault(at, ATTENDS, AttendanceMode.class, AttendanceMode.IN_PERSON,
                        "for a person attending in person");
                default -> unknown = skip(unknown, f);
            }
        }
        RegistrationId rid = require(id, at, ID);
        EventId e = require(event, at, EVENT);
        PersonId p = require(person, at, PERSON);
        OrganisationId o = require(organisation, at, ORGANISATION);
        EventRole r = require(role, at, ROLE);
        RegistrationState s = require(state, at, STATE);
        Optional<Instant> when = Optional.ofNullable(registeredAt);
        AttendanceMode mode = attends;
        Registration registration = build(at, () -> new Registration(rid, e, p, o, r, s, when, mode));
        noUnknown(at, unknown);
        return registration;
    }

    StatedCount fact(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        FactId id = null;
        String subject = null;
        StatedCount.Qualifier qualifier = null;
        Long value = null;
        LocalDate asOf = null;
        StatedCount.Precision precision = null;
        String source = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ID -> id = in.parsed(at, ID, FactId::of);
                case SUBJECT -> subject = in.string(at, SUBJECT);
                case QUALIFIER -> qualifier = in.enumValue(at, QUALIFIER, StatedCount.Qualifier.class);
                case VALUE -> value = in.longInteger(at, VALUE, 0);
                case AS_OF -> asOf = in.parsed(at, AS_OF, IsoText::date);
                case PRECISION -> precision = in.enumValue(at, PRECISION, StatedCount.Precision.class);
                case SOURCE -> source = in.string(at, SOURCE);
                default -> unknown = skip(unknown, f);
            }
        }
        FactId fid = require(id, at, ID);
        String s = require(subject, at, SUBJECT);
        StatedCount.Qualifier q = require(qualifier, at, QUALIFIER);
        long v = require(value, at, VALUE);
        LocalDate d = require(asOf, at, AS_OF);
        StatedCount.Precision p = require(precision, at, PRECISION);
        String src = require(source, at, SOURCE);
        StatedCount fact = build(at, () -> new StatedCount(fid, s, q, v, d, p, src));
        noUnknown(at, unknown);
        return fact;
    }

    // ------------------------------------------------------------------ helpers

    /** Skips an unknown property's value and remembers the first unknown name. */
    String skip(String firstUnknown, String name) throws IOException {
        in.skipValue();
        return firstUnknown == null ? name : firstUnknown;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
