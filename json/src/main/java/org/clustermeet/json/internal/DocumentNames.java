package org.clustermeet.json.internal;

import java.util.List;
import java.util.Map;

/**
 * Every property name and type name of the registry document, spelled once. The reader and the
 * writer use these constants, and a test checks that each object's property set here is the one
 * the JSON Schema in the jar declares ({@link #OBJECTS}). Enumeration values are not listed: they
 * follow one rule, the constant's name in lower case with hyphens (see the readers' enum tables).
 */
public final class DocumentNames {

    /** The value of the document's {@code format} property. */
    public static final String FORMAT_NAME = "clustermeet-registry";

    /** The document version this library writes and reads. */
    public static final int VERSION_NUMBER = 1;

    // ------------------------------------------------------------------ property names

    /** The property {@code "abstract"}. */
    public static final String ABSTRACT = "abstract";

    /** The property {@code "guid"}. */
    public static final String GUID = "guid";

    /** The property {@code "language"}. */
    public static final String LANGUAGE = "language";

    /** The property {@code "mayOverlap"}. */
    public static final String MAY_OVERLAP = "mayOverlap";

    /** The property {@code "room"}. */
    public static final String ROOM = "room";

    /** The property {@code "rooms"}. */
    public static final String ROOMS = "rooms";

    /** The property {@code "track"}. */
    public static final String TRACK = "track";

    /** The property {@code "acronym"}. */
    public static final String ACRONYM = "acronym";

    /** The property {@code "admittedKinds"}. */
    public static final String ADMITTED_KINDS = "admittedKinds";
    /** The property {@code "affiliationWaivedFor"}. */
    public static final String AFFILIATION_WAIVED_FOR = "affiliationWaivedFor";

    /** The property {@code "amongMostPopular"}. */
    public static final String AMONG_MOST_POPULAR = "amongMostPopular";

    /** The property {@code "aliases"}. */
    public static final String ALIASES = "aliases";

    /** The property {@code "asOf"}. */
    public static final String AS_OF = "asOf";

    /** The property {@code "declared"}. */
    public static final String DECLARED = "declared";

    /** The property {@code "assessedOn"}. */
    public static final String ASSESSED_ON = "assessedOn";

    /** The property {@code "assessors"}. */
    public static final String ASSESSORS = "assessors";

    /** The property {@code "attendanceMode"}. */
    public static final String ATTENDANCE_MODE = "attendanceMode";

    /** The property {@code "attends"}. */
    public static final String ATTENDS = "attends";

    /** The property {@code "author"}. */
    public static final String AUTHOR = "author";

    /** The property {@code "capacity"}. */
    public static final String CAPACITY = "capacity";

    /** The property {@code "chairs"}. */
    public static final String CHAIRS = "chairs";

    /** The property {@code "city"}. */
    public static final String CITY = "city";

    /** The property {@code "closes"}. */
    public static final String CLOSES = "closes";

    /** The property {@code "contributions"}. */
    public static final String CONTRIBUTIONS = "contributions";

    /** The property {@code "country"}. */
    public static final String COUNTRY = "country";

    /** The property {@code "date"}. */
    public static final String DATE = "date";

    /** The property {@code "eccpListing"}. */
    public static final String ECCP_LISTING = "eccpListing";

    /** The property {@code "ecosystems"}. */
    public static final String ECOSYSTEMS = "ecosystems";

    /** The property {@code "eligibility"}. */
    public static final String ELIGIBILITY = "eligibility";

    /** The property {@code "email"}. */
    public static final String EMAIL = "email";

    /** The property {@code "end"}. */
    public static final String END = "end";

    /** The property {@code "event"}. */
    public static final String EVENT = "event";

    /** The property {@code "events"}. */
    public static final String EVENTS = "events";

    /** The property {@code "facts"}. */
    public static final String FACTS = "facts";

    /** The property {@code "familyName"}. */
    public static final String FAMILY_NAME = "familyName";

    /** The property {@code "feedback"}. */
    public static final String FEEDBACK = "feedback";

    /** The property {@code "figure"}. */
    public static final String FIGURE = "figure";

    /** The property {@code "firstDay"}. */
    public static final String FIRST_DAY = "firstDay";

    /** The property {@code "format"}. */
    public static final String FORMAT = "format";

    /** The property {@code "founded"}. */
    public static final String FOUNDED = "founded";

    /** The property {@code "founding"}. */
    public static final String FOUNDING = "founding";

    /** The property {@code "from"}. */
    public static final String FROM = "from";

    /** The property {@code "givenName"}. */
    public static final String GIVEN_NAME = "givenName";

    /** The property {@code "gold"}. */
    public static final String GOLD = "gold";

    /** The property {@code "group"}. */
    public static final String GROUP = "group";

    /** The property {@code "holder"}. */
    public static final String HOLDER = "holder";

    /** The property {@code "id"}. */
    public static final String ID = "id";

    /** The property {@code "indicatorsAssessed"}. */
    public static final String INDICATORS_ASSESSED = "indicatorsAssessed";

    /** The property {@code "interest"}. */
    public static final String INTEREST = "interest";

    /** The property {@code "issuer"}. */
    public static final String ISSUER = "issuer";

    /** The property {@code "issuing"}. */
    public static final String ISSUING = "issuing";

    /** The property {@code "items"}. */
    public static final String ITEMS = "items";

    /** The property {@code "kind"}. */
    public static final String KIND = "kind";

    /** The property {@code "kinds"}. */
    public static final String KINDS = "kinds";

    /** The property {@code "labels"}. */
    public static final String LABELS = "labels";

    /** The property {@code "languages"}. */
    public static final String LANGUAGES = "languages";

    /** The property {@code "lastDay"}. */
    public static final String LAST_DAY = "lastDay";

    /** The property {@code "level"}. */
    public static final String LEVEL = "level";

    /** The property {@code "listedOnEccp"}. */
    public static final String LISTED_ON_ECCP = "listedOnEccp";

    /** The property {@code "materials"}. */
    public static final String MATERIALS = "materials";

    /** The property {@code "member"}. */
    public static final String MEMBER = "member";

    /** The property {@code "memberCounts"}. */
    public static final String MEMBER_COUNTS = "memberCounts";

    /** The property {@code "memberships"}. */
    public static final String MEMBERSHIPS = "memberships";

    /** The property {@code "minimum"}. */
    public static final String MINIMUM = "minimum";

    /** The property {@code "nace"}. */
    public static final String NACE = "nace";

    /** The property {@code "name"}. */
    public static final String NAME = "name";

    /** The property {@code "nameBegan"}. */
    public static final String NAME_BEGAN = "nameBegan";

    /** The property {@code "namePublication"}. */
    public static final String NAME_PUBLICATION = "namePublication";

    /** The property {@code "nameUnknownBefore"}. */
    public static final String NAME_UNKNOWN_BEFORE = "nameUnknownBefore";

    /** The property {@code "on"}. */
    public static final String ON = "on";

    /** The property {@code "openRegistration"}. */
    public static final String OPEN_REGISTRATION = "openRegistration";

    /** The property {@code "onlineCapacity"}. */
    public static final String ONLINE_CAPACITY = "onlineCapacity";

    /** The property {@code "onlineLink"}. */
    public static final String ONLINE_LINK = "onlineLink";

    /** The property {@code "opens"}. */
    public static final String OPENS = "opens";

    /** The property {@code "order"}. */
    public static final String ORDER = "order";

    /** The property {@code "organisation"}. */
    public static final String ORGANISATION = "organisation";

    /** The property {@code "organisations"}. */
    public static final String ORGANISATIONS = "organisations";

    /** The property {@code "organisers"}. */
    public static final String ORGANISERS = "organisers";

    /** The property {@code "parent"}. */
    public static final String PARENT = "parent";

    /** The property {@code "people"}. */
    public static final String PEOPLE = "people";

    /** The property {@code "person"}. */
    public static final String PERSON = "person";

    /** The property {@code "phone"}. */
    public static final String PHONE = "phone";

    /** The property {@code "policies"}. */
    public static final String POLICIES = "policies";

    /** The property {@code "policy"}. */
    public static final String POLICY = "policy";

    /** The property {@code "precision"}. */
    public static final String PRECISION = "precision";

    /** The property {@code "proposer"}. */
    public static final String PROPOSER = "proposer";

    /** The property {@code "qualifier"}. */
    public static final String QUALIFIER = "qualifier";

    /** The property {@code "region"}. */
    public static final String REGION = "region";

    /** The property {@code "registeredAt"}. */
    public static final String REGISTERED_AT = "registeredAt";

    /** The property {@code "registrations"}. */
    public static final String REGISTRATIONS = "registrations";

    /** The property {@code "registrationWindow"}. */
    public static final String REGISTRATION_WINDOW = "registrationWindow";

    /** The property {@code "renamings"}. */
    public static final String RENAMINGS = "renamings";

    /** The property {@code "renews"}. */
    public static final String RENEWS = "renews";

    /** The property {@code "role"}. */
    public static final String ROLE = "role";

    /** The property {@code "roles"}. */
    public static final String ROLES = "roles";

    /** The property {@code "scorePercent"}. */
    public static final String SCORE_PERCENT = "scorePercent";

    /** The property {@code "sessions"}. */
    public static final String SESSIONS = "sessions";

    /** The property {@code "smeMembers"}. */
    public static final String SME_MEMBERS = "smeMembers";

    /** The property {@code "source"}. */
    public static final String SOURCE = "source";

    /** The property {@code "speaker"}. */
    public static final String SPEAKER = "speaker";

    /** The property {@code "start"}. */
    public static final String START = "start";

    /** The property {@code "state"}. */
    public static final String STATE = "state";

    /** The property {@code "statedFigures"}. */
    public static final String STATED_FIGURES = "statedFigures";

    /** The property {@code "status"}. */
    public static final String STATUS = "status";

    /** The property {@code "subject"}. */
    public static final String SUBJECT = "subject";

    /** The property {@code "text"}. */
    public static final String TEXT = "text";

    /** The property {@code "title"}. */
    public static final String TITLE = "title";

    /** The property {@code "topics"}. */
    public static final String TOPICS = "topics";

    /** The property {@code "totalMembers"}. */
    public static final String TOTAL_MEMBERS = "totalMembers";

    /** The property {@code "type"}. */
    public static final String TYPE = "type";

    /** The property {@code "until"}. */
    public static final String UNTIL = "until";

    /** The property {@code "validUntil"}. */
    public static final String VALID_UNTIL = "validUntil";

    /** The property {@code "value"}. */
    public static final String VALUE = "value";

    /** The property {@code "venue"}. */
    public static final String VENUE = "venue";

    /** The property {@code "version"}. */
    public static final String VERSION = "version";

    /** The property {@code "website"}. */
    public static final String WEBSITE = "website";

    /** The property {@code "zone"}. */
    public static final String ZONE = "zone";

    // ------------------------------------------------------------------ eligibility policy types

    /** The policy type {@code "all-of"}. */
    public static final String ALL_OF = "all-of";

    /** The policy type {@code "any-of"}. */
    public static final String ANY_OF = "any-of";

    /** The policy type {@code "not"}. */
    public static final String NOT = "not";

    /** The policy type {@code "holds-label"}. */
    public static final String HOLDS_LABEL = "holds-label";

    /** The policy type {@code "represents-kind"}. */
    public static final String REPRESENTS_KIND = "represents-kind";

    /** The policy type {@code "member-of"}. */
    public static final String MEMBER_OF = "member-of";

    /** The policy type {@code "has-event-role"}. */
    public static final String HAS_EVENT_ROLE = "has-event-role";

    /** The policy types, in the order the reader lists them in messages. */
    public static final List<String> POLICY_TYPES = List.of(ALL_OF, ANY_OF, NOT, HOLDS_LABEL, REPRESENTS_KIND, MEMBER_OF,
            HAS_EVENT_ROLE);

    /**
     * The properties of each kind of object, by the JSON Pointer of its definition in the schema
     * ("" for the document itself).
     */
    public static final Map<String, List<String>> OBJECTS = Map.ofEntries(
            // the document
            Map.entry("", List.of(FORMAT, VERSION, ORGANISATIONS, PEOPLE, LABELS, MEMBERSHIPS, EVENTS, REGISTRATIONS, FACTS)),
            // a renaming
            Map.entry("/$defs/renaming", List.of(ON, NAME)),
            // a founding
            Map.entry("/$defs/founding", List.of(DATE, EVENT)),
            // a cluster organisation
            Map.entry("/$defs/organisation/oneOf/0", List.of(ID, TYPE, NAME, RENAMINGS, NAME_BEGAN, NAME_UNKNOWN_BEFORE, ALIASES, ACRONYM, COUNTRY, REGION, ECOSYSTEMS, FOUNDED, TOTAL_MEMBERS, SME_MEMBERS, NACE, WEBSITE, LISTED_ON_ECCP, ECCP_LISTING, MEMBER_COUNTS)),
            // a dated member count
            Map.entry("/$defs/organisation/oneOf/0/properties/memberCounts/items", List.of(AS_OF, TOTAL_MEMBERS, SME_MEMBERS)),
            // a dated ECCP listing
            Map.entry("/$defs/organisation/oneOf/0/properties/eccpListing", List.of(FROM, UNTIL)),
            // a cluster association
            Map.entry("/$defs/organisation/oneOf/1", List.of(ID, TYPE, NAME, RENAMINGS, NAME_BEGAN, NAME_UNKNOWN_BEFORE, ALIASES, COUNTRY, FOUNDING, WEBSITE)),
            // an alliance
            Map.entry("/$defs/organisation/oneOf/2", List.of(ID, TYPE, NAME, RENAMINGS, NAME_BEGAN, NAME_UNKNOWN_BEFORE, ALIASES, FOUNDING, WEBSITE)),
            // a public authority
            Map.entry("/$defs/organisation/oneOf/3", List.of(ID, TYPE, NAME, RENAMINGS, NAME_BEGAN, NAME_UNKNOWN_BEFORE, ALIASES, COUNTRY, WEBSITE)),
            // a labelling body
            Map.entry("/$defs/organisation/oneOf/4", List.of(ID, TYPE, NAME, RENAMINGS, NAME_BEGAN, NAME_UNKNOWN_BEFORE, ALIASES, COUNTRY, WEBSITE, ISSUING)),
            // a labelling body's issuing period
            Map.entry("/$defs/organisation/oneOf/4/properties/issuing", List.of(FROM, UNTIL)),
            // any other organisation
            Map.entry("/$defs/organisation/oneOf/5", List.of(ID, TYPE, NAME, RENAMINGS, NAME_BEGAN, NAME_UNKNOWN_BEFORE, ALIASES, COUNTRY, WEBSITE)),
            // a person's role
            Map.entry("/$defs/role", List.of(ORGANISATION, TITLE, FROM, UNTIL, DECLARED, KIND)),
            // a person
            Map.entry("/$defs/person", List.of(ID, GIVEN_NAME, FAMILY_NAME, NAME_PUBLICATION, EMAIL, PHONE, ROLES)),
            // a label
            Map.entry("/$defs/label", List.of(ID, HOLDER, ISSUER, LEVEL, ASSESSED_ON, VALID_UNTIL, GOLD, RENEWS)),
            // a Gold assessment
            Map.entry("/$defs/label/properties/gold", List.of(SCORE_PERCENT, INDICATORS_ASSESSED, ASSESSORS)),
            // a membership
            Map.entry("/$defs/membership", List.of(ID, MEMBER, GROUP, ROLE, FROM, UNTIL)),
            // an all-of policy
            Map.entry("/$defs/policy/oneOf/0", List.of(TYPE, POLICIES)),
            // an any-of policy
            Map.entry("/$defs/policy/oneOf/1", List.of(TYPE, POLICIES)),
            // a not policy
            Map.entry("/$defs/policy/oneOf/2", List.of(TYPE, POLICY)),
            // a holds-label policy
            Map.entry("/$defs/policy/oneOf/3", List.of(TYPE, MINIMUM)),
            // a represents-kind policy
            Map.entry("/$defs/policy/oneOf/4", List.of(TYPE, KINDS)),
            // a member-of policy
            Map.entry("/$defs/policy/oneOf/5", List.of(TYPE, GROUP)),
            // a has-event-role policy
            Map.entry("/$defs/policy/oneOf/6", List.of(TYPE, ROLES)),
            // a session
            Map.entry("/$defs/session", List.of(ID, ORDER, TITLE, FORMAT, START, END, ZONE, ROOM, MAY_OVERLAP, TRACK, ABSTRACT, LANGUAGE, GUID, CHAIRS, CONTRIBUTIONS, TOPICS, FEEDBACK, ATTENDANCE_MODE, ONLINE_LINK)),
            // a contribution
            Map.entry("/$defs/session/properties/contributions/items", List.of(SPEAKER, TITLE, MATERIALS)),
            // a proposed topic
            Map.entry("/$defs/session/properties/topics/items", List.of(TITLE, PROPOSER, LEVEL, INTEREST, AMONG_MOST_POPULAR)),
            // feedback
            Map.entry("/$defs/session/properties/feedback/items", List.of(AUTHOR, TEXT)),
            // an event
            Map.entry("/$defs/event", List.of(ID, TITLE, KIND, START, END, ZONE, FIRST_DAY, LAST_DAY, VENUE, ORGANISERS, PARENT, CAPACITY, ELIGIBILITY, STATUS, MATERIALS, LANGUAGES, SESSIONS, REGISTRATION_WINDOW, AFFILIATION_WAIVED_FOR, STATED_FIGURES, ATTENDANCE_MODE, ONLINE_LINK, ONLINE_CAPACITY, OPEN_REGISTRATION, ADMITTED_KINDS)),
            // a stated figure
            Map.entry("/$defs/event/properties/statedFigures/items", List.of(FIGURE, QUALIFIER, VALUE, ITEMS, SOURCE)),
            // a registration window
            Map.entry("/$defs/event/properties/registrationWindow", List.of(OPENS, CLOSES)),
            // a venue
            Map.entry("/$defs/event/properties/venue", List.of(NAME, CITY, COUNTRY, ROOMS)),
            // a room of a venue
            Map.entry("/$defs/event/properties/venue/properties/rooms/items", List.of(NAME, CAPACITY)),
            // a registration
            Map.entry("/$defs/registration", List.of(ID, EVENT, PERSON, ORGANISATION, ROLE, STATE, REGISTERED_AT, ATTENDS)),
            // a stated fact
            Map.entry("/$defs/fact", List.of(ID, SUBJECT, QUALIFIER, VALUE, AS_OF, PRECISION, SOURCE)));

    private DocumentNames() {
    }
}
