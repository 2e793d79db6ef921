/**
 * The clustermeet domain model and registry: cluster organisations and their quality labels,
 * associations and memberships, people and roles, events, sessions and registrations. It has no
 * dependency beyond {@code java.base}.
 */
module org.clustermeet.core {
    exports org.clustermeet.core.id;
    exports org.clustermeet.core.value;
    exports org.clustermeet.core.organisation;
    exports org.clustermeet.core.person;
    exports org.clustermeet.core.label;
    exports org.clustermeet.core.membership;
    exports org.clustermeet.core.event;
    exports org.clustermeet.core.participation;
    exports org.clustermeet.core.registration;
    exports org.clustermeet.core.eligibility;
    exports org.clustermeet.core.fact;
    exports org.clustermeet.core.registry;
    exports org.clustermeet.core.workflow;
    exports org.clustermeet.core.query;
    exports org.clustermeet.core.report;
    exports org.clustermeet.core.publication;
    exports org.clustermeet.core.text;
    exports org.clustermeet.core.duplicate;
}
