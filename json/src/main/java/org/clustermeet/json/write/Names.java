package org.clustermeet.json.write;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import org.clustermeet.json.internal.DocumentNames;

/** The document's property names, encoded once: names are a good part of every document. */
final class Names {

    static final SerializableString ACRONYM = new SerializedString(DocumentNames.ACRONYM);
    static final SerializableString ALIASES = new SerializedString(DocumentNames.ALIASES);
    static final SerializableString AS_OF = new SerializedString(DocumentNames.AS_OF);
    static final SerializableString ASSESSED_ON = new SerializedString(DocumentNames.ASSESSED_ON);
    static final SerializableString ASSESSORS = new SerializedString(DocumentNames.ASSESSORS);
    static final SerializableString AUTHOR = new SerializedString(DocumentNames.AUTHOR);
    static final SerializableString AFFILIATION_WAIVED_FOR = new SerializedString(DocumentNames.AFFILIATION_WAIVED_FOR);
    static final SerializableString REGISTRATION_WINDOW = new SerializedString(DocumentNames.REGISTRATION_WINDOW);
    static final SerializableString OPENS = new SerializedString(DocumentNames.OPENS);
    static final SerializableString CLOSES = new SerializedString(DocumentNames.CLOSES);
    static final SerializableString ECCP_LISTING = new SerializedString(DocumentNames.ECCP_LISTING);
    static final SerializableString ISSUING = new SerializedString(DocumentNames.ISSUING);
    static final SerializableString CAPACITY = new SerializedString(DocumentNames.CAPACITY);
    static final SerializableString CHAIRS = new SerializedString(DocumentNames.CHAIRS);
    static final SerializableString CITY = new SerializedString(DocumentNames.CITY);
    static final SerializableString CONTRIBUTIONS = new SerializedString(DocumentNames.CONTRIBUTIONS);
    static final SerializableString COUNTRY = new SerializedString(DocumentNames.COUNTRY);
    static final SerializableString DATE = new SerializedString(DocumentNames.DATE);
    static final SerializableString ECOSYSTEMS = new SerializedString(DocumentNames.ECOSYSTEMS);
    static final SerializableString ELIGIBILITY = new SerializedString(DocumentNames.ELIGIBILITY);
    static final SerializableString EMAIL = new SerializedString(DocumentNames.EMAIL);
    static final SerializableString END = new SerializedString(DocumentNames.END);
    static final SerializableString EVENT = new SerializedString(DocumentNames.EVENT);
    static final SerializableString EVENTS = new SerializedString(DocumentNames.EVENTS);
    static final SerializableString FACTS = new SerializedString(DocumentNames.FACTS);
    static final SerializableString FAMILY_NAME = new SerializedString(DocumentNames.FAMILY_NAME);
    static final SerializableString FEEDBACK = new SerializedString(DocumentNames.FEEDBACK);
    static final SerializableString FIRST_DAY = new SerializedString(DocumentNames.FIRST_DAY);
    static final SerializableString FORMAT = new SerializedString(DocumentNames.FORMAT);
    static final SerializableString FOUNDED = new SerializedString(DocumentNames.FOUNDED);
    static final SerializableString FOUNDING = new SerializedString(DocumentNames.FOUNDING);
    static final SerializableString FROM = new SerializedString(DocumentNames.FROM);
    static final SerializableString GIVEN_NAME = new SerializedString(DocumentNames.GIVEN_NAME);
    static final SerializableString GOLD = new SerializedString(DocumentNames.GOLD);
    static final SerializableString GROUP = new SerializedString(DocumentNames.GROUP);
    static final SerializableString HOLDER = new SerializedString(DocumentNames.HOLDER);
    static final SerializableString ID = new SerializedString(DocumentNames.ID);
    static final SerializableString INDICATORS_ASSESSED = new SerializedString(DocumentNames.INDICATORS_ASSESSED);
    static final SerializableString INTEREST = new SerializedString(DocumentNames.INTEREST);
    static final SerializableString ISSUER = new SerializedString(DocumentNames.ISSUER);
    static final SerializableString KIND = new SerializedString(DocumentNames.KIND);
    static final SerializableString KINDS = new SerializedString(DocumentNames.KINDS);
    static final SerializableString LABELS = new SerializedString(DocumentNames.LABELS);
    static final SerializableString LANGUAGES = new SerializedString(DocumentNames.LANGUAGES);
    static final SerializableString LAST_DAY = new SerializedString(DocumentNames.LAST_DAY);
    static final SerializableString LEVEL = new SerializedString(DocumentNames.LEVEL);
    static final SerializableString LISTED_ON_ECCP = new SerializedString(DocumentNames.LISTED_ON_ECCP);
    static final SerializableString MATERIALS = new SerializedString(DocumentNames.MATERIALS);
    static final SerializableString MEMBER = new SerializedString(DocumentNames.MEMBER);
    static final SerializableString MEMBERSHIPS = new SerializedString(DocumentNames.MEMBERSHIPS);
    static final SerializableString MINIMUM = new SerializedString(DocumentNames.MINIMUM);
    static final SerializableString NACE = new SerializedString(DocumentNames.NACE);
    static final SerializableString NAME = new SerializedString(DocumentNames.NAME);
    static final SerializableString ON = new SerializedString(DocumentNames.ON);
    static final SerializableString ORDER = new SerializedString(DocumentNames.ORDER);
    static final SerializableString ORGANISATION = new SerializedString(DocumentNames.ORGANISATION);
    static final SerializableString ORGANISATIONS = new SerializedString(DocumentNames.ORGANISATIONS);
    static final SerializableString ORGANISERS = new SerializedString(DocumentNames.ORGANISERS);
    static final SerializableString PARENT = new SerializedString(DocumentNames.PARENT);
    static final SerializableString PEOPLE = new SerializedString(DocumentNames.PEOPLE);
    static final SerializableString PERSON = new SerializedString(DocumentNames.PERSON);
    static final SerializableString PHONE = new SerializedString(DocumentNames.PHONE);
    static final SerializableString POLICIES = new SerializedString(DocumentNames.POLICIES);
    static final SerializableString POLICY = new SerializedString(DocumentNames.POLICY);
    static final SerializableString PRECISION = new SerializedString(DocumentNames.PRECISION);
    static final SerializableString PROPOSER = new SerializedString(DocumentNames.PROPOSER);
    static final SerializableString QUALIFIER = new SerializedString(DocumentNames.QUALIFIER);
    static final SerializableString REGION = new SerializedString(DocumentNames.REGION);
    static final SerializableString REGISTERED_AT = new SerializedString(DocumentNames.REGISTERED_AT);
    static final SerializableString REGISTRATIONS = new SerializedString(DocumentNames.REGISTRATIONS);
    static final SerializableString RENAMINGS = new SerializedString(DocumentNames.RENAMINGS);
    static final SerializableString RENEWS = new SerializedString(DocumentNames.RENEWS);
    static final SerializableString ROLE = new SerializedString(DocumentNames.ROLE);
    static final SerializableString ROLES = new SerializedString(DocumentNames.ROLES);
    static final SerializableString SCORE_PERCENT = new SerializedString(DocumentNames.SCORE_PERCENT);
    static final SerializableString SESSIONS = new SerializedString(DocumentNames.SESSIONS);
    static final SerializableString SME_MEMBERS = new SerializedString(DocumentNames.SME_MEMBERS);
    static final SerializableString SOURCE = new SerializedString(DocumentNames.SOURCE);
    static final SerializableString SPEAKER = new SerializedString(DocumentNames.SPEAKER);
    static final SerializableString START = new SerializedString(DocumentNames.START);
    static final SerializableString STATE = new SerializedString(DocumentNames.STATE);
    static final SerializableString STATUS = new SerializedString(DocumentNames.STATUS);
    static final SerializableString SUBJECT = new SerializedString(DocumentNames.SUBJECT);
    static final SerializableString TEXT = new SerializedString(DocumentNames.TEXT);
    static final SerializableString TITLE = new SerializedString(DocumentNames.TITLE);
    static final SerializableString TOPICS = new SerializedString(DocumentNames.TOPICS);
    static final SerializableString TOTAL_MEMBERS = new SerializedString(DocumentNames.TOTAL_MEMBERS);
    static final SerializableString TYPE = new SerializedString(DocumentNames.TYPE);
    static final SerializableString UNTIL = new SerializedString(DocumentNames.UNTIL);
    static final SerializableString VALID_UNTIL = new SerializedString(DocumentNames.VALID_UNTIL);
    static final SerializableString VALUE = new SerializedString(DocumentNames.VALUE);
    static final SerializableString VENUE = new SerializedString(DocumentNames.VENUE);
    static final SerializableString VERSION = new SerializedString(DocumentNames.VERSION);
    static final SerializableString WEBSITE = new SerializedString(DocumentNames.WEBSITE);
    static final SerializableString ZONE = new SerializedString(DocumentNames.ZONE);

    private Names() {
    }
}
