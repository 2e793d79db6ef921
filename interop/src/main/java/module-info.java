/**
 * clustermeet registries in the formats other tools read: {@code org.clustermeet.interop.ical}
 * writes an event and its sessions as iCalendar for calendars; {@code org.clustermeet.interop.csv}
 * exports and imports spreadsheets; {@code org.clustermeet.interop.frab} writes a programme as the
 * {@code schedule.json} of frab and pretalx; {@code org.clustermeet.interop.schemaorg} writes an
 * event as schema.org JSON-LD; {@code org.clustermeet.interop.programme} reads a frab or pretalx
 * schedule into an event's programme. Every export is a pure function of
 * the registry (no clock, no random ids) and publishes only the public view unless asked.
 */
module org.clustermeet.interop {
    requires transitive org.clustermeet.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.clustermeet.interop.ical;
    exports org.clustermeet.interop.csv;
    exports org.clustermeet.interop.frab;
    exports org.clustermeet.interop.schemaorg;
    exports org.clustermeet.interop.programme;
}
