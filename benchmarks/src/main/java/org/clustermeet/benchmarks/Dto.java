package org.clustermeet.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A mirror of the registry document as plain classes without validation: what a user would write
 * instead of clustermeet, bound by Jackson databind or Gson. Absent values are null.
 */
public final class Dto {

    private Dto() {
    }

    /** The whole document. */
    public static final class Document {
        /** Format name. */
        public String format;
        /** Format version. */
        public int version;
        /** Organisations. */
        public List<Organisation> organisations;
        /** People. */
        public List<Person> people;
        /** Labels. */
        public List<Label> labels;
        /** Memberships. */
        public List<Membership> memberships;
        /** Events. */
        public List<Event> events;
        /** Registrations. */
        public List<Registration> registrations;
        /** Stated facts. */
        public List<Fact> facts;
    }

    /** Any kind of organisation. */
    public static final class Organisation {
        /** Field. */
        public String id;
        /** Field. */
        public String type;
        /** Field. */
        public Map<String, String> name;
        /** Field. */
        public List<Renaming> renamings;
        /** Field. */
        public String nameBegan;
        /** Field. */
        public String nameUnknownBefore;
        /** Field. */
        public List<String> aliases;
        /** Field. */
        public String acronym;
        /** Field. */
        public String country;
        /** Field. */
        public String region;
        /** Field. */
        public List<String> ecosystems;
        /** Field. */
        public String founded;
        /** Field. */
        public Integer totalMembers;
        /** Field. */
        public Integer smeMembers;
        /** Field. */
        public String nace;
        /** Field. */
        public Boolean listedOnEccp;
        /** Field. */
        public Period eccpListing;
        /** Field. */
        public Period issuing;
        /** Field. */
        public List<Count> memberCounts;
        /** Field. */
        public Founding founding;
        /** Field. */
        public String website;
    }

    /** A renaming. */
    public static final class Renaming {
        /** Field. */
        public String on;
        /** Field. */
        public Map<String, String> name;
    }

    /** A founding. */
    public static final class Founding {
        /** Field. */
        public String date;
        /** Field. */
        public String event;
    }

    /** A person. */
    public static final class Person {
        /** Field. */
        public String id;
        /** Field. */
        public String givenName;
        /** Field. */
        public String familyName;
        /** Field. */
        public String namePublication;
        /** Field. */
        public String email;
        /** Field. */
        public String phone;
        /** Field. */
        public List<Role> roles;
    }

    /** A role. */
    public static final class Role {
        /** Field. */
        public String organisation;
        /** Field. */
        public String title;
        /** Field. */
        public String from;
        /** Field. */
        public String until;
        /** Field. */
        public boolean declared;
        /** Field. */
        public String kind;
    }

    /** A label. */
    public static final class Label {
        /** Field. */
        public String id;
        /** Field. */
        public String holder;
        /** Field. */
        public String issuer;
        /** Field. */
        public String level;
        /** Field. */
        public String assessedOn;
        /** Field. */
        public String validUntil;
        /** Field. */
        public Gold gold;
        /** Field. */
        public String renews;
    }

    /** A Gold assessment. */
    public static final class Gold {
        /** Field. */
        public BigDecimal scorePercent;
        /** Field. */
        public int indicatorsAssessed;
        /** Field. */
        public int assessors;
    }

    /** A membership. */
    public static final class Membership {
        /** Field. */
        public String id;
        /** Field. */
        public String member;
        /** Field. */
        public String group;
        /** Field. */
        public String role;
        /** Field. */
        public String from;
        /** Field. */
        public String until;
    }

    /** An event. */
    public static final class Event {
        /** Field. */
        public String id;
        /** Field. */
        public Map<String, String> title;
        /** Field. */
        public String kind;
        /** Field. */
        public String start;
        /** Field. */
        public String end;
        /** Field. */
        public String zone;
        /** Field. */
        public String firstDay;
        /** Field. */
        public String lastDay;
        /** Field. */
        public Venue venue;
        /** Field. */
        public List<String> organisers;
        /** Field. */
        public String parent;
        /** Field. */
        public Integer capacity;
        /** Field. */
        public Policy eligibility;
        /** Field. */
        public String status;
        /** Field. */
        public List<String> materials;
        /** Field. */
        public List<String> languages;
        /** Field. */
        public List<Session> sessions;
        /** Field. */
        public String attendanceMode;
        /** Field. */
        public String onlineLink;
        /** Field. */
        public Integer onlineCapacity;
        /** Field. */
        public boolean openRegistration;
        /** Field. */
        public Window registrationWindow;
        /** Field. */
        public List<String> affiliationWaivedFor;
        /** Field. */
        public Map<String, List<String>> admittedKinds;
        /** Field. */
        public List<Figure> statedFigures;
    }

    /** A stated figure. */
    public static final class Figure {
        /** Field. */
        public String figure;
        /** Field. */
        public String qualifier;
        /** Field. */
        public long value;
        /** Field. */
        public List<String> items;
        /** Field. */
        public String source;
    }

    /** A dated member count. */
    public static final class Count {
        /** Field. */
        public String asOf;
        /** Field. */
        public int totalMembers;
        /** Field. */
        public int smeMembers;
    }

    /** A period of days. */
    public static final class Period {
        /** Field. */
        public String from;
        /** Field. */
        public String until;
    }

    /** A registration window. */
    public static final class Window {
        /** Field. */
        public String opens;
        /** Field. */
        public String closes;
    }

    /** A venue. */
    public static final class Venue {
        /** Field. */
        public String name;
        /** Field. */
        public String city;
        /** Field. */
        public String country;
    }

    /** An eligibility policy of any type. */
    public static final class Policy {
        /** Field. */
        public String type;
        /** Field. */
        public List<Policy> policies;
        /** Field. */
        public Policy policy;
        /** Field. */
        public String minimum;
        /** Field. */
        public List<String> kinds;
        /** Field. */
        public String group;
        /** Field. */
        public List<String> roles;
    }

    /** A session. */
    public static final class Session {
        /** Field. */
        public String id;
        /** Field. */
        public int order;
        /** Field. */
        public Map<String, String> title;
        /** Field. */
        public String format;
        /** Field. */
        public String start;
        /** Field. */
        public String end;
        /** Field. */
        public String zone;
        /** Field. */
        public List<String> chairs;
        /** Field. */
        public List<Contribution> contributions;
        /** Field. */
        public List<Topic> topics;
        /** Field. */
        public List<Feedback> feedback;
        /** Field. */
        public String attendanceMode;
        /** Field. */
        public String onlineLink;
    }

    /** A talk. */
    public static final class Contribution {
        /** Field. */
        public String speaker;
        /** Field. */
        public Map<String, String> title;
        /** Field. */
        public List<String> materials;
    }

    /** A proposed topic. */
    public static final class Topic {
        /** Field. */
        public Map<String, String> title;
        /** Field. */
        public String proposer;
        /** Field. */
        public String level;
        /** Field. */
        public Integer interest;
        /** Field. */
        public boolean amongMostPopular;
    }

    /** A feedback entry. */
    public static final class Feedback {
        /** Field. */
        public String author;
        /** Field. */
        public Map<String, String> text;
    }

    /** A registration. */
    public static final class Registration {
        /** Field. */
        public String id;
        /** Field. */
        public String event;
        /** Field. */
        public String person;
        /** Field. */
        public String organisation;
        /** Field. */
        public String role;
        /** Field. */
        public String state;
        /** Field. */
        public String registeredAt;
        /** Field. */
        public String attends;
    }

    /** A stated fact. */
    public static final class Fact {
        /** Field. */
        public String id;
        /** Field. */
        public String subject;
        /** Field. */
        public String qualifier;
        /** Field. */
        public long value;
        /** Field. */
        public String asOf;
        /** Field. */
        public String precision;
        /** Field. */
        public String source;
    }
}
