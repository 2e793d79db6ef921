/**
 * clustermeet registries in the formats other tools read: {@code org.clustermeet.interop.ical}
 * writes an event and its sessions as iCalendar for calendars. Every export is a pure function of
 * the registry (no clock, no random ids) and publishes only the public view unless asked.
 */
module org.clustermeet.interop {
    requires transitive org.clustermeet.core;

    exports org.clustermeet.interop.ical;
}
